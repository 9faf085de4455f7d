-- Agreement Desk schema, version 3 (SQLite): bulk batches, so that an import of 100,000
-- extensions does not run the per-row rule triggers 200,000 times.
--
-- A writer opens a batch by inserting its audit entry's key into bulk_batch, inserts accounts
-- (and their extensions) carrying that i_audit — the per-row triggers skip them — and closes
-- the batch by deleting the row. Closing runs the same rules set-based over the whole batch
-- (agreement gate, extension number space, account ID shape) and adds the batch to
-- agreement_line.in_use, where the CHECK constraint agreement_line_quota refuses it if a
-- quantity would be exceeded. A batch cannot be left open: bulk_batch.open references the
-- always-empty table bulk_guard with a deferred foreign key, so COMMIT fails while a batch
-- row exists. Accounts of an open batch cannot be updated or deleted.
-- Statements are separated by lines holding only "-- @@".
CREATE TABLE bulk_guard (x INTEGER PRIMARY KEY)
-- @@
CREATE TABLE bulk_batch (
    i_audit INTEGER PRIMARY KEY REFERENCES audit (i_audit),
    open INTEGER NOT NULL DEFAULT 1 REFERENCES bulk_guard (x) DEFERRABLE INITIALLY DEFERRED
)
-- @@
DROP TRIGGER account_insert
-- @@
CREATE TRIGGER account_insert AFTER INSERT ON account
WHEN NEW.status <> 'closed' AND NOT EXISTS (SELECT 1 FROM bulk_batch WHERE i_audit = NEW.i_audit)
BEGIN
    SELECT RAISE(ABORT, 'product_not_main')
     WHERE (SELECT kind FROM product WHERE i_product = NEW.i_product) IS NOT 'main';
    UPDATE agreement_line SET in_use = in_use + 1
     WHERE i_customer = NEW.i_customer AND i_product = NEW.i_product;
    SELECT RAISE(ABORT, 'product_not_in_agreement') WHERE changes() = 0;
END
-- @@
CREATE TRIGGER account_update_in_batch BEFORE UPDATE OF status, i_product, i_customer, i_audit ON account
WHEN EXISTS (SELECT 1 FROM bulk_batch WHERE i_audit IN (OLD.i_audit, NEW.i_audit))
BEGIN
    SELECT RAISE(ABORT, 'an account of an open bulk batch cannot change before the batch is closed');
END
-- @@
CREATE TRIGGER account_delete_in_batch BEFORE DELETE ON account
WHEN EXISTS (SELECT 1 FROM bulk_batch WHERE i_audit = OLD.i_audit)
BEGIN
    SELECT RAISE(ABORT, 'an account of an open bulk batch cannot be deleted before the batch is closed');
END
-- @@
DROP TRIGGER extension_insert
-- @@
CREATE TRIGGER extension_insert BEFORE INSERT ON extension
WHEN NOT EXISTS (SELECT 1 FROM account a JOIN bulk_batch b ON b.i_audit = a.i_audit
                  WHERE a.i_account = NEW.i_account)
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
CREATE TRIGGER bulk_batch_no_update BEFORE UPDATE ON bulk_batch
BEGIN
    SELECT RAISE(ABORT, 'a bulk batch is opened and closed, never changed');
END
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
                    WHERE a.i_audit = OLD.i_audit AND e.i_customer <> a.i_customer);
    UPDATE agreement_line
       SET in_use = in_use + (SELECT count(*) FROM account a
                               WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                                 AND a.i_product = agreement_line.i_product AND a.status <> 'closed')
     WHERE i_customer IN (SELECT DISTINCT i_customer FROM account WHERE i_audit = OLD.i_audit)
       AND EXISTS (SELECT 1 FROM account a
                    WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                      AND a.i_product = agreement_line.i_product AND a.status <> 'closed');
END
-- @@
CREATE INDEX extension_name ON extension (i_customer, lower(name))
