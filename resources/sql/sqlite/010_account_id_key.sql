-- Agreement Desk schema, version 10 (SQLite): the account-ID rule as a key.
--
-- An extension's account is ph{customer}x{number} (an auto attendant's ph{customer}aa{n}). Until
-- now rule triggers checked it: per row outside a bulk batch, and set-based when a batch closed,
-- which on a 100,000-row import was the close's largest step (~0.6 G instructions: every account
-- of the batch joined to its extension and the ID built and compared again). SQLite lets any
-- connection switch its triggers off, and the import does so while it writes a batch, so the rule
-- held only as long as the close ran. Now the schema says it:
-- * extension.account_id, a VIRTUAL generated column (computed, not stored), is the account ID
--   the extension's customer and number (or attendant sequence) call for;
-- * the extension's key (i_account, i_customer) -> account (i_account, i_customer) of version 7
--   becomes (i_account, i_customer, account_id) -> account (i_account, i_customer, id): an
--   extension whose account has another customer or another ID is refused by its INSERT, inside
--   a bulk batch and with triggers off too, and an account's ID or customer cannot change under
--   its extension. account_customer_key gives way to account_owner_id, the index the key needs.
-- * The batch's close no longer compares account IDs (the key did it row by row); the per-row
--   trigger outside a batch still does, first, so a single extension refused keeps its
--   account_id_invalid.
-- The rows already stored are checked before the key's text is written (as in version 7); a
-- database holding an extension whose account ID breaks the rule is not upgraded.
-- Statements are separated by lines holding only "-- @@".
CREATE TEMP TABLE account_id_check (x INTEGER CHECK (x = 0))
-- @@
INSERT INTO account_id_check
SELECT count(*) FROM extension e
 WHERE NOT EXISTS (SELECT 1 FROM account a
                    WHERE a.i_account = e.i_account AND a.i_customer = e.i_customer
                      AND a.id = CASE e.kind WHEN 'extension' THEN 'ph' || e.i_customer || 'x' || e.number
                                             ELSE 'ph' || e.i_customer || 'aa' || e.aa_seq END)
-- @@
DROP TABLE account_id_check
-- @@
CREATE UNIQUE INDEX account_owner_id ON account (i_account, i_customer, id)
-- @@
ALTER TABLE extension ADD COLUMN account_id TEXT GENERATED ALWAYS AS
    (CASE kind WHEN 'extension' THEN 'ph' || i_customer || 'x' || number
               ELSE 'ph' || i_customer || 'aa' || aa_seq END) VIRTUAL
-- @@
PRAGMA writable_schema = ON
-- @@
UPDATE sqlite_schema
   SET sql = replace(sql,
                     'FOREIGN KEY (i_account, i_customer) REFERENCES account (i_account, i_customer),',
                     'FOREIGN KEY (i_account, i_customer, account_id) REFERENCES account (i_account, i_customer, id),')
 WHERE type = 'table' AND name = 'extension'
-- @@
PRAGMA writable_schema = RESET
-- @@
PRAGMA writable_schema = OFF
-- @@
DROP INDEX account_customer_key
-- @@
DROP TRIGGER bulk_batch_close
-- @@
CREATE TRIGGER bulk_batch_close AFTER DELETE ON bulk_batch
WHEN OLD.i_customer IS NULL
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
-- @@
DROP TRIGGER bulk_batch_close_customer
-- @@
CREATE TRIGGER bulk_batch_close_customer AFTER DELETE ON bulk_batch
WHEN OLD.i_customer IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'bulk_batch_customer: an account of the batch belongs to another customer')
     WHERE EXISTS (SELECT 1 FROM account WHERE i_audit = OLD.i_audit AND i_customer < OLD.i_customer)
        OR EXISTS (SELECT 1 FROM account WHERE i_audit = OLD.i_audit AND i_customer > OLD.i_customer);
    SELECT RAISE(ABORT, 'product_not_in_agreement')
     WHERE EXISTS (SELECT 1 FROM product p
                    WHERE EXISTS (SELECT 1 FROM account a
                                   WHERE a.i_audit = OLD.i_audit AND a.i_customer = OLD.i_customer
                                     AND a.i_product = p.i_product AND a.status <> 'closed')
                      AND NOT EXISTS (SELECT 1 FROM agreement_line l
                                       WHERE l.i_customer = OLD.i_customer AND l.i_product = p.i_product));
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE EXISTS (SELECT 1 FROM product p
                    WHERE p.kind <> 'main'
                      AND EXISTS (SELECT 1 FROM account a
                                   WHERE a.i_audit = OLD.i_audit AND a.i_customer = OLD.i_customer
                                     AND a.i_product = p.i_product AND a.status <> 'closed'));
    SELECT RAISE(ABORT, 'extension_exists')
     WHERE EXISTS (SELECT 1 FROM hunt_group h
                    CROSS JOIN extension e ON e.i_customer = h.i_customer AND e.number = h.number
                     JOIN account a ON a.i_account = e.i_account
                    WHERE h.i_customer = OLD.i_customer AND a.i_audit = OLD.i_audit);
    INSERT OR IGNORE INTO counter_gate (x) VALUES (1);
    UPDATE agreement_line
       SET in_use = in_use + (SELECT count(*) FROM account a
                               WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                                 AND a.i_product = agreement_line.i_product AND a.status <> 'closed')
     WHERE i_customer = OLD.i_customer
       AND EXISTS (SELECT 1 FROM account a
                    WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                      AND a.i_product = agreement_line.i_product AND a.status <> 'closed');
    DELETE FROM counter_gate;
END
