-- Agreement Desk schema, version 6 (SQLite): an audit trail nobody can rewrite, and counters
-- nobody can set by hand (domain.md "The audit trail on a shared database").
--
-- * audit.via ('admin' or 'customer') records the self-care path in its own column; version 5
--   and earlier appended " (as customer)" to who, which is moved into via here. audit.desk_label
--   keeps the desk's own label (--user, AGREEMENTDESK_USER, the OS login). On SQLite (one file,
--   one machine) who is that label as well.
-- * The audit is append-only: UPDATE and DELETE of its rows are refused.
-- * agreement_line.in_use is maintained by the rule triggers of versions 2-4, which now open
--   counter_gate while they change it. A change of in_use made any other way (a hand-written
--   UPDATE) is refused unless it equals the open accounts it counts; the customer and product
--   of a line never change. SQLite has no privileges: whoever can write the file could open the
--   gate too, so this guards against mistakes and casual edits, not against the file's owner.
-- * account.i_audit and bulk_batch.i_audit are checked at COMMIT (DEFERRABLE INITIALLY
--   DEFERRED): a one-pass import writes its accounts first and its audit entry, with the outcome,
--   last, in the same transaction (the entry is never updated). Only these two references are
--   deferred: "PRAGMA defer_foreign_keys" would defer every one, and while any deferred violation
--   is outstanding SQLite looks for the children of every parent row inserted (each account's
--   extension, DIDs and add-ons), about 15 % of a 100,000-row import. The constraint text is
--   changed in place as in version 4: it does not change how rows are stored.
-- Statements are separated by lines holding only "-- @@".
PRAGMA writable_schema = ON
-- @@
UPDATE sqlite_schema
   SET sql = replace(sql, 'REFERENCES audit (i_audit)',
                     'REFERENCES audit (i_audit) DEFERRABLE INITIALLY DEFERRED')
 WHERE type = 'table' AND name IN ('account', 'bulk_batch')
-- @@
PRAGMA writable_schema = RESET
-- @@
PRAGMA writable_schema = OFF
-- @@
ALTER TABLE audit ADD COLUMN via TEXT NOT NULL DEFAULT 'admin' CHECK (via = 'admin' OR via = 'customer')
-- @@
ALTER TABLE audit ADD COLUMN desk_label TEXT NOT NULL DEFAULT '' CHECK (length(desk_label) <= 64)
-- @@
UPDATE audit SET via = 'customer', who = substr(who, 1, length(who) - 14)
 WHERE who LIKE '% (as customer)'
-- @@
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit_append_only: audit entries are never changed');
END
-- @@
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit_append_only: audit entries are never deleted');
END
-- @@
CREATE TABLE counter_gate (x INTEGER PRIMARY KEY CHECK (x = 1))
-- @@
CREATE TRIGGER agreement_line_counter BEFORE UPDATE OF in_use, i_customer, i_product ON agreement_line
WHEN NOT EXISTS (SELECT 1 FROM counter_gate)
BEGIN
    SELECT RAISE(ABORT, 'counter_protected: the customer and product of an agreement line never change')
     WHERE NEW.i_customer IS NOT OLD.i_customer OR NEW.i_product IS NOT OLD.i_product;
    SELECT RAISE(ABORT, 'counter_protected: agreement_line.in_use counts the open accounts; it cannot be set by hand')
     WHERE NEW.in_use IS NOT
           (SELECT count(*) FROM account a
             WHERE a.i_customer = NEW.i_customer AND a.i_product = NEW.i_product AND a.status <> 'closed'
               AND NOT EXISTS (SELECT 1 FROM bulk_batch b WHERE b.i_audit = a.i_audit))
         + (SELECT count(*) FROM account_addon x JOIN account a ON a.i_account = x.i_account
             WHERE a.i_customer = NEW.i_customer AND x.i_product = NEW.i_product AND a.status <> 'closed'
               AND NOT EXISTS (SELECT 1 FROM bulk_batch b WHERE b.i_audit = a.i_audit));
END
-- @@
DROP TRIGGER account_insert
-- @@
CREATE TRIGGER account_insert AFTER INSERT ON account
WHEN NEW.status <> 'closed' AND NOT EXISTS (SELECT 1 FROM bulk_batch WHERE i_audit = NEW.i_audit)
BEGIN
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE (SELECT kind FROM product WHERE i_product = NEW.i_product) IS NOT 'main';
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE i_customer = NEW.i_customer AND i_product = NEW.i_product;
    SELECT RAISE(ABORT, 'product_not_in_agreement') WHERE changes() = 0;
    DELETE FROM counter_gate;
END
-- @@
DROP TRIGGER account_count_update
-- @@
CREATE TRIGGER account_count_update AFTER UPDATE OF status, i_product, i_customer ON account
WHEN (OLD.status <> 'closed') <> (NEW.status <> 'closed')
  OR NEW.i_product <> OLD.i_product OR NEW.i_customer <> OLD.i_customer
BEGIN
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
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
    DELETE FROM counter_gate;
END
-- @@
DROP TRIGGER account_count_delete
-- @@
CREATE TRIGGER account_count_delete AFTER DELETE ON account
WHEN OLD.status <> 'closed'
BEGIN
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE i_customer = OLD.i_customer AND i_product = OLD.i_product;
    DELETE FROM counter_gate;
END
-- @@
DROP TRIGGER addon_count_insert
-- @@
CREATE TRIGGER addon_count_insert AFTER INSERT ON account_addon
BEGIN
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE i_product = NEW.i_product
       AND i_customer = (SELECT i_customer FROM account
                          WHERE i_account = NEW.i_account AND status <> 'closed');
    DELETE FROM counter_gate;
END
-- @@
DROP TRIGGER addon_count_delete
-- @@
CREATE TRIGGER addon_count_delete AFTER DELETE ON account_addon
BEGIN
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line SET in_use = in_use - 1
     WHERE i_product = OLD.i_product
       AND i_customer = (SELECT i_customer FROM account
                          WHERE i_account = OLD.i_account AND status <> 'closed');
    DELETE FROM counter_gate;
END
-- @@
DROP TRIGGER bulk_batch_close
-- @@
CREATE TRIGGER bulk_batch_close AFTER DELETE ON bulk_batch
BEGIN
    SELECT RAISE(ABORT, 'product_not_in_agreement')
     WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT i_customer, i_product FROM account
                                   WHERE i_audit = OLD.i_audit AND status <> 'closed') g
                    WHERE NOT EXISTS (SELECT 1 FROM agreement_line l
                                       WHERE l.i_customer = g.i_customer AND l.i_product = g.i_product));
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT i_product FROM account
                                   WHERE i_audit = OLD.i_audit AND status <> 'closed') g
                     JOIN product p ON p.i_product = g.i_product
                    WHERE p.kind <> 'main');
    SELECT RAISE(ABORT, 'extension_exists')
     WHERE EXISTS (SELECT 1 FROM hunt_group h
                    CROSS JOIN extension e ON e.i_customer = h.i_customer AND e.number = h.number
                     JOIN account a ON a.i_account = e.i_account
                    WHERE h.i_customer IN (SELECT DISTINCT i_customer FROM account WHERE i_audit = OLD.i_audit)
                      AND a.i_audit = OLD.i_audit);
    SELECT RAISE(ABORT, 'account_id_invalid')
     WHERE EXISTS (SELECT 1 FROM account a JOIN extension e ON e.i_account = a.i_account
                    WHERE a.i_audit = OLD.i_audit
                      AND (e.i_customer <> a.i_customer
                           OR a.id IS NOT CASE e.kind WHEN 'extension' THEN 'ph' || e.i_customer || 'x' || e.number
                                                      ELSE 'ph' || e.i_customer || 'aa' || e.aa_seq END));
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line
       SET in_use = in_use + (SELECT count(*) FROM account a
                               WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                                 AND a.i_product = agreement_line.i_product AND a.status <> 'closed')
     WHERE i_customer IN (SELECT DISTINCT i_customer FROM account WHERE i_audit = OLD.i_audit)
       AND EXISTS (SELECT 1 FROM account a
                    WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                      AND a.i_product = agreement_line.i_product AND a.status <> 'closed');
    DELETE FROM counter_gate;
END
