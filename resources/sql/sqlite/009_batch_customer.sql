-- Agreement Desk schema, version 9 (SQLite): a bulk batch names its customer, and its close
-- checks the batch by probing indexes instead of sorting every account of it (issue #16).
--
-- Closing a batch ran its rules over the batch's accounts set-based (version 3, 6): which
-- (customer, product) pairs it holds (twice: agreement, main product), which customers (twice:
-- hunt group numbers, the counters), each one a pass over every account of the batch into a
-- temporary B-tree. A batch opened with its customer (bulk_batch.i_customer, which the import
-- sets) is closed by bulk_batch_close_customer instead: it first refuses the batch if any of
-- its accounts belongs to another customer (two range probes of account_audit), then asks per
-- product whether the batch holds it (one probe each), looks at the customer's hunt group
-- numbers only, and counts each agreement line's accounts as before. The rules are the same;
-- account IDs are still compared row by row. A batch without a customer is closed by the
-- general trigger of version 6, unchanged.
-- Statements are separated by lines holding only "-- @@".
ALTER TABLE bulk_batch ADD COLUMN i_customer INTEGER REFERENCES customer (i_customer)
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
     WHERE i_customer = OLD.i_customer
       AND EXISTS (SELECT 1 FROM account a
                    WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                      AND a.i_product = agreement_line.i_product AND a.status <> 'closed');
    DELETE FROM counter_gate;
END
