-- Agreement Desk schema, version 2: the rules of docs/rules.md enforced by the database itself
-- (SQLite). agreement_line.in_use is maintained here, and the CHECK constraint
-- agreement_line_quota refuses any change that would take it past the quantity (rule 3),
-- or a quantity below it (rule 4). SQLite serialises writers per database file, which is a
-- stronger form of the per-customer serialisation rule 3 asks for.
CREATE TRIGGER account_insert AFTER INSERT ON account
WHEN NEW.status <> 'closed'
BEGIN
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE (SELECT kind FROM product WHERE i_product = NEW.i_product) IS NOT 'main';
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE i_customer = NEW.i_customer AND i_product = NEW.i_product;
    -- No agreement line was counted: the product is not in the customer's agreement.
    SELECT RAISE(ABORT, 'product_not_in_agreement') WHERE changes() = 0;
END
-- @@
CREATE TRIGGER account_gate_update BEFORE UPDATE OF status, i_product, i_customer ON account
WHEN NEW.status <> 'closed'
 AND (OLD.status = 'closed' OR NEW.i_product <> OLD.i_product OR NEW.i_customer <> OLD.i_customer)
BEGIN
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE (SELECT kind FROM product WHERE i_product = NEW.i_product) IS NOT 'main';
    SELECT RAISE(ABORT, 'product_not_in_agreement')
     WHERE NOT EXISTS (SELECT 1 FROM agreement_line
                        WHERE i_customer = NEW.i_customer AND i_product = NEW.i_product)
        OR EXISTS (SELECT 1 FROM account_addon x
                    WHERE x.i_account = NEW.i_account
                      AND NOT EXISTS (SELECT 1 FROM agreement_line l
                                       WHERE l.i_customer = NEW.i_customer
                                         AND l.i_product = x.i_product));
END
-- @@
CREATE TRIGGER account_count_update AFTER UPDATE OF status, i_product, i_customer ON account
WHEN (OLD.status <> 'closed') <> (NEW.status <> 'closed')
  OR NEW.i_product <> OLD.i_product OR NEW.i_customer <> OLD.i_customer
BEGIN
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE OLD.status <> 'closed' AND i_customer = OLD.i_customer AND i_product = OLD.i_product;
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE OLD.status <> 'closed' AND i_customer = OLD.i_customer
       AND i_product IN (SELECT i_product FROM account_addon WHERE i_account = OLD.i_account);
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE NEW.status <> 'closed' AND i_customer = NEW.i_customer AND i_product = NEW.i_product;
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE NEW.status <> 'closed' AND i_customer = NEW.i_customer
       AND i_product IN (SELECT i_product FROM account_addon WHERE i_account = NEW.i_account);
END
-- @@
CREATE TRIGGER account_count_delete AFTER DELETE ON account
WHEN OLD.status <> 'closed'
BEGIN
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE i_customer = OLD.i_customer AND i_product = OLD.i_product;
END
-- @@
CREATE TRIGGER addon_gate_insert BEFORE INSERT ON account_addon
BEGIN
    SELECT RAISE(ABORT, 'product_not_addon')
     WHERE (SELECT kind FROM product WHERE i_product = NEW.i_product) IS NOT 'addon';
    SELECT RAISE(ABORT, 'product_not_in_agreement')
     WHERE (SELECT status FROM account WHERE i_account = NEW.i_account) <> 'closed'
       AND NOT EXISTS (SELECT 1 FROM agreement_line l JOIN account a ON a.i_customer = l.i_customer
                        WHERE a.i_account = NEW.i_account AND l.i_product = NEW.i_product);
END
-- @@
CREATE TRIGGER addon_count_insert AFTER INSERT ON account_addon
BEGIN
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE i_product = NEW.i_product
       AND i_customer = (SELECT i_customer FROM account
                          WHERE i_account = NEW.i_account AND status <> 'closed');
END
-- @@
CREATE TRIGGER addon_count_delete AFTER DELETE ON account_addon
BEGIN
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE i_product = OLD.i_product
       AND i_customer = (SELECT i_customer FROM account
                          WHERE i_account = OLD.i_account AND status <> 'closed');
END
-- @@
CREATE TRIGGER addon_no_update BEFORE UPDATE ON account_addon
BEGIN
    SELECT RAISE(ABORT, 'account_addon rows are added or removed, never changed');
END
-- @@
CREATE TRIGGER agreement_line_insert BEFORE INSERT ON agreement_line
WHEN NEW.in_use <> 0
BEGIN
    SELECT RAISE(ABORT, 'agreement_line.in_use is maintained by the database; insert 0');
END
-- @@
CREATE TRIGGER agreement_line_delete BEFORE DELETE ON agreement_line
WHEN OLD.in_use > 0
BEGIN
    SELECT RAISE(ABORT, 'product_in_use');
END
-- @@
CREATE TRIGGER extension_insert BEFORE INSERT ON extension
BEGIN
    SELECT RAISE(ABORT, 'extension_exists')
     WHERE NEW.number IS NOT NULL
       AND EXISTS (SELECT 1 FROM hunt_group WHERE i_customer = NEW.i_customer AND number = NEW.number);
    SELECT RAISE(ABORT, 'account_id_invalid')
     WHERE (SELECT id FROM account WHERE i_account = NEW.i_account AND i_customer = NEW.i_customer) IS NOT
           CASE NEW.kind WHEN 'extension' THEN 'ph' || NEW.i_customer || 'x' || NEW.number
                         ELSE 'ph' || NEW.i_customer || 'aa' || NEW.aa_seq END;
END
-- @@
CREATE TRIGGER extension_update BEFORE UPDATE OF number, i_customer, i_account, kind, aa_seq ON extension
BEGIN
    SELECT RAISE(ABORT, 'the number, kind and account of an extension never change');
END
-- @@
CREATE TRIGGER hunt_group_insert BEFORE INSERT ON hunt_group
BEGIN
    SELECT RAISE(ABORT, 'extension_exists')
     WHERE EXISTS (SELECT 1 FROM extension WHERE i_customer = NEW.i_customer AND number = NEW.number);
END
-- @@
CREATE TRIGGER hunt_group_update BEFORE UPDATE OF number, i_customer ON hunt_group
BEGIN
    SELECT RAISE(ABORT, 'extension_exists')
     WHERE EXISTS (SELECT 1 FROM extension WHERE i_customer = NEW.i_customer AND number = NEW.number);
END
-- @@
CREATE TRIGGER did_owner_insert BEFORE INSERT ON did
WHEN NEW.i_account IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'did_not_owned')
     WHERE (SELECT i_customer FROM account WHERE i_account = NEW.i_account) IS NOT NEW.i_customer;
END
-- @@
CREATE TRIGGER did_owner_update BEFORE UPDATE OF i_account, i_customer ON did
WHEN NEW.i_account IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'did_not_owned')
     WHERE (SELECT i_customer FROM account WHERE i_account = NEW.i_account) IS NOT NEW.i_customer;
END
