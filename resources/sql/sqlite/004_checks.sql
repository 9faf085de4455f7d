-- Agreement Desk schema, version 4 (SQLite): value lists in CHECK constraints as OR chains, and
-- the bulk batch's close checks the account ID shape of the batch's extensions.
--
-- SQLite evaluates "x IN ('a', 'b', 'c')" (three or more values) in a CHECK constraint by
-- building a temporary b-tree of the list for every row it checks; "x = 'a' OR x = 'b' OR ..."
-- accepts exactly the same values without it. On a 100,000-row import the two lists on account
-- cost about 0.3 s. The constraints are rewritten in place with SQLite's documented procedure for
-- changing CHECK constraints without rebuilding a table (lang_altertable.html, "Making Other
-- Kinds Of Table Schema Changes"): the stored rows already satisfy the new text, because it means
-- the same. RESET reloads this connection's schema. Another connection open at this moment keeps
-- the old text until its next schema reload, which is harmless for the same reason.
-- Statements are separated by lines holding only "-- @@".
PRAGMA writable_schema = ON
-- @@
UPDATE sqlite_schema
   SET sql = replace(replace(sql,
       'status IN (''active'', ''inactive'', ''closed'')',
       '(status = ''active'' OR status = ''inactive'' OR status = ''closed'')'),
       'blocked IN (''no'', ''by_admin'', ''by_customer'')',
       '(blocked = ''no'' OR blocked = ''by_admin'' OR blocked = ''by_customer'')')
 WHERE type = 'table' AND name = 'account'
-- @@
UPDATE sqlite_schema
   SET sql = replace(sql,
       'sequence IN (''order'', ''simultaneous'', ''random'', ''least_used'')',
       '(sequence = ''order'' OR sequence = ''simultaneous'' OR sequence = ''random'' OR sequence = ''least_used'')')
 WHERE type = 'table' AND name = 'hunt_group'
-- @@
PRAGMA writable_schema = RESET
-- @@
PRAGMA writable_schema = OFF
-- @@
-- Version 3's close compared only the extension's customer with its account's; like the per-row
-- trigger it now also checks that an extension's account ID is ph{customer}x{number} (or
-- ph{customer}aa{n} for an auto attendant).
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
    UPDATE agreement_line
       SET in_use = in_use + (SELECT count(*) FROM account a
                               WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                                 AND a.i_product = agreement_line.i_product AND a.status <> 'closed')
     WHERE i_customer IN (SELECT DISTINCT i_customer FROM account WHERE i_audit = OLD.i_audit)
       AND EXISTS (SELECT 1 FROM account a
                    WHERE a.i_audit = OLD.i_audit AND a.i_customer = agreement_line.i_customer
                      AND a.i_product = agreement_line.i_product AND a.status <> 'closed');
END
