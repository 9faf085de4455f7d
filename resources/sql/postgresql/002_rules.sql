-- Agreement Desk schema, version 2: the rules of docs/rules.md enforced by the database itself
-- (PostgreSQL). agreement_line.in_use is maintained by statement-level triggers (so a bulk
-- INSERT ... SELECT FROM unnest(...) updates each line once), and the CHECK constraint
-- agreement_line_quota refuses any change past the quantity (rule 3) or a quantity below the
-- usage (rule 4). The triggers first lock the customers concerned (SELECT ... FOR UPDATE), so
-- writers for one customer are serialised; the row lock that UPDATE takes on agreement_line
-- makes the counter exact under concurrency in READ COMMITTED.
CREATE FUNCTION ad_lock_customers(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM customer WHERE i_customer = ANY (ids) ORDER BY i_customer FOR UPDATE;
END
$$
-- @@
CREATE FUNCTION ad_account_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad TEXT;
BEGIN
    PERFORM ad_lock_customers(ARRAY(SELECT DISTINCT i_customer FROM new_rows));
    SELECT n.id INTO bad FROM new_rows n JOIN product p ON p.i_product = n.i_product
     WHERE n.status <> 'closed' AND p.kind <> 'main' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_main: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    SELECT n.id INTO bad FROM new_rows n
     WHERE n.status <> 'closed'
       AND NOT EXISTS (SELECT 1 FROM agreement_line l
                        WHERE l.i_customer = n.i_customer AND l.i_product = n.i_product) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_in_agreement: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    UPDATE agreement_line l SET in_use = l.in_use + d.c
      FROM (SELECT i_customer, i_product, count(*) AS c FROM new_rows
             WHERE status <> 'closed' GROUP BY i_customer, i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER account_insert AFTER INSERT ON account
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_account_insert()
-- @@
CREATE FUNCTION ad_account_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.i_account = o.i_account
                    WHERE (o.status <> 'closed') <> (n.status <> 'closed')
                       OR o.i_product <> n.i_product OR o.i_customer <> n.i_customer) THEN
        RETURN NULL;
    END IF;
    PERFORM ad_lock_customers(ARRAY(SELECT i_customer FROM old_rows UNION SELECT i_customer FROM new_rows));
    SELECT n.id INTO bad FROM new_rows n JOIN old_rows o ON o.i_account = n.i_account
     WHERE n.status <> 'closed'
       AND (o.status = 'closed' OR o.i_product <> n.i_product OR o.i_customer <> n.i_customer)
       AND ((SELECT kind FROM product WHERE i_product = n.i_product) <> 'main'
            OR NOT EXISTS (SELECT 1 FROM agreement_line l
                            WHERE l.i_customer = n.i_customer AND l.i_product = n.i_product)
            OR EXISTS (SELECT 1 FROM account_addon x
                        WHERE x.i_account = n.i_account
                          AND NOT EXISTS (SELECT 1 FROM agreement_line l
                                           WHERE l.i_customer = n.i_customer
                                             AND l.i_product = x.i_product)))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_in_agreement: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    UPDATE agreement_line l SET in_use = l.in_use + d.c
      FROM (SELECT i_customer, i_product, sum(c) AS c FROM (
                SELECT o.i_customer, o.i_product, -1 AS c FROM old_rows o WHERE o.status <> 'closed'
                UNION ALL
                SELECT o.i_customer, x.i_product, -1 FROM old_rows o
                  JOIN account_addon x ON x.i_account = o.i_account WHERE o.status <> 'closed'
                UNION ALL
                SELECT n.i_customer, n.i_product, 1 FROM new_rows n WHERE n.status <> 'closed'
                UNION ALL
                SELECT n.i_customer, x.i_product, 1 FROM new_rows n
                  JOIN account_addon x ON x.i_account = n.i_account WHERE n.status <> 'closed'
            ) t GROUP BY i_customer, i_product HAVING sum(c) <> 0) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER account_update AFTER UPDATE ON account
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ad_account_update()
-- @@
CREATE FUNCTION ad_account_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement_line l SET in_use = l.in_use - d.c
      FROM (SELECT i_customer, i_product, count(*) AS c FROM old_rows
             WHERE status <> 'closed' GROUP BY i_customer, i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER account_delete AFTER DELETE ON account
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_account_delete()
-- @@
CREATE FUNCTION ad_addon_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad TEXT;
BEGIN
    PERFORM ad_lock_customers(ARRAY(SELECT DISTINCT a.i_customer FROM new_rows n
                                     JOIN account a ON a.i_account = n.i_account));
    SELECT a.id INTO bad FROM new_rows n JOIN account a ON a.i_account = n.i_account
      JOIN product p ON p.i_product = n.i_product
     WHERE p.kind <> 'addon' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_addon: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    SELECT a.id INTO bad FROM new_rows n JOIN account a ON a.i_account = n.i_account
     WHERE a.status <> 'closed'
       AND NOT EXISTS (SELECT 1 FROM agreement_line l
                        WHERE l.i_customer = a.i_customer AND l.i_product = n.i_product) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_in_agreement: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    UPDATE agreement_line l SET in_use = l.in_use + d.c
      FROM (SELECT a.i_customer, n.i_product, count(*) AS c FROM new_rows n
              JOIN account a ON a.i_account = n.i_account
             WHERE a.status <> 'closed' GROUP BY a.i_customer, n.i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER addon_insert AFTER INSERT ON account_addon
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_addon_insert()
-- @@
CREATE FUNCTION ad_addon_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement_line l SET in_use = l.in_use - d.c
      FROM (SELECT a.i_customer, o.i_product, count(*) AS c FROM old_rows o
              JOIN account a ON a.i_account = o.i_account
             WHERE a.status <> 'closed' GROUP BY a.i_customer, o.i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER addon_delete AFTER DELETE ON account_addon
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_addon_delete()
-- @@
CREATE FUNCTION ad_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'check_violation';
END
$$
-- @@
CREATE TRIGGER addon_no_update BEFORE UPDATE ON account_addon
FOR EACH ROW EXECUTE FUNCTION ad_refuse('account_addon rows are added or removed, never changed')
-- @@
CREATE TRIGGER agreement_line_insert BEFORE INSERT ON agreement_line
FOR EACH ROW WHEN (NEW.in_use <> 0)
EXECUTE FUNCTION ad_refuse('agreement_line.in_use is maintained by the database; insert 0')
-- @@
CREATE TRIGGER agreement_line_delete BEFORE DELETE ON agreement_line
FOR EACH ROW WHEN (OLD.in_use > 0) EXECUTE FUNCTION ad_refuse('product_in_use')
-- @@
CREATE FUNCTION ad_extension_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ad_lock_customers(ARRAY(SELECT DISTINCT i_customer FROM new_rows));
    IF EXISTS (SELECT 1 FROM new_rows n JOIN hunt_group h
                 ON h.i_customer = n.i_customer AND h.number = n.number) THEN
        RAISE EXCEPTION 'extension_exists: a hunt group has this number' USING ERRCODE = 'unique_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n JOIN account a ON a.i_account = n.i_account
                WHERE a.i_customer <> n.i_customer OR a.id IS DISTINCT FROM
                      CASE n.kind WHEN 'extension' THEN 'ph' || n.i_customer || 'x' || n.number
                                  ELSE 'ph' || n.i_customer || 'aa' || n.aa_seq END) THEN
        RAISE EXCEPTION 'account_id_invalid: an extension account is ph{customer}x{number}'
              USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER extension_insert AFTER INSERT ON extension
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_extension_insert()
-- @@
CREATE TRIGGER extension_update BEFORE UPDATE OF number, i_customer, i_account, kind, aa_seq ON extension
FOR EACH ROW EXECUTE FUNCTION ad_refuse('the number, kind and account of an extension never change')
-- @@
CREATE FUNCTION ad_hunt_group_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ad_lock_customers(ARRAY[NEW.i_customer]);
    IF EXISTS (SELECT 1 FROM extension WHERE i_customer = NEW.i_customer AND number = NEW.number) THEN
        RAISE EXCEPTION 'extension_exists: an extension has this number' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END
$$
-- @@
CREATE TRIGGER hunt_group_number BEFORE INSERT OR UPDATE OF number, i_customer ON hunt_group
FOR EACH ROW EXECUTE FUNCTION ad_hunt_group_number()
-- @@
CREATE FUNCTION ad_did_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN account a ON a.i_account = n.i_account
                WHERE a.i_customer IS DISTINCT FROM n.i_customer) THEN
        RAISE EXCEPTION 'did_not_owned: a DID can only be an alias of its owner''s accounts'
              USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER did_owner_insert AFTER INSERT ON did
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_did_owner()
-- @@
CREATE TRIGGER did_owner_update AFTER UPDATE ON did
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_did_owner()
