-- Agreement Desk schema, version 8 (PostgreSQL): rule checks whose plans cannot crawl.
--
-- The statement-level rule triggers joined their transition table (new_rows, old_rows) to
-- account. PL/pgSQL plans each query once per session and keeps the plan; PostgreSQL plans it
-- with the table statistics of that moment. After an import was killed or cancelled, ANALYZE
-- (autovacuum's, or the owner's) records the account table as a handful of live rows in
-- hundreds of pages; the next import's first batch then planned "nested loop over new_rows,
-- each row against a materialised sequential scan of account" — fine for eight accounts, and
-- kept while the same import added 100,000: every batch compared each of its rows with every
-- account of the table, and an import of ~10 s did not finish in 300 s (docs/decisions.md
-- "The wrong-plan crawl"). These functions now look each transition row's account up by its
-- primary key (a LATERAL subquery with LIMIT 1, which PostgreSQL neither flattens nor
-- materialises), and run with enable_seqscan off so that lookup is an index probe even when
-- the statistics say the table is one page. Their results are unchanged.
--
-- A later CREATE OR REPLACE of any of these functions must repeat "SET enable_seqscan = off"
-- (the clause is part of the definition; tst_schema checks every rule function has it).
-- Statements are separated by lines holding only "-- @@".
CREATE OR REPLACE FUNCTION ad_addon_insert() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
DECLARE
    bad TEXT;
BEGIN
    PERFORM ad_lock_customers(ARRAY(SELECT DISTINCT a.i_customer FROM new_rows n
                                     CROSS JOIN LATERAL (SELECT i_customer FROM account
                                                          WHERE i_account = n.i_account LIMIT 1) a));
    SELECT a.id INTO bad FROM new_rows n
     CROSS JOIN LATERAL (SELECT id FROM account WHERE i_account = n.i_account LIMIT 1) a
      JOIN product p ON p.i_product = n.i_product
     WHERE p.kind <> 'addon' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_addon: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    SELECT a.id INTO bad FROM new_rows n
     CROSS JOIN LATERAL (SELECT id, i_customer, status FROM account
                          WHERE i_account = n.i_account LIMIT 1) a
     WHERE a.status <> 'closed'
       AND NOT EXISTS (SELECT 1 FROM agreement_line l
                        WHERE l.i_customer = a.i_customer AND l.i_product = n.i_product) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'product_not_in_agreement: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    UPDATE agreement_line l SET in_use = l.in_use + d.c
      FROM (SELECT a.i_customer, n.i_product, count(*) AS c FROM new_rows n
             CROSS JOIN LATERAL (SELECT i_customer, status FROM account
                                  WHERE i_account = n.i_account LIMIT 1) a
             WHERE a.status <> 'closed' GROUP BY a.i_customer, n.i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE OR REPLACE FUNCTION ad_addon_delete() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
    UPDATE agreement_line l SET in_use = l.in_use - d.c
      FROM (SELECT a.i_customer, o.i_product, count(*) AS c FROM old_rows o
             CROSS JOIN LATERAL (SELECT i_customer, status FROM account
                                  WHERE i_account = o.i_account LIMIT 1) a
             WHERE a.status <> 'closed' GROUP BY a.i_customer, o.i_product) d
     WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product;
    RETURN NULL;
END
$$
-- @@
CREATE OR REPLACE FUNCTION ad_extension_insert() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
DECLARE
    customers BIGINT[];
BEGIN
    customers := ARRAY(SELECT DISTINCT i_customer FROM new_rows);
    PERFORM ad_lock_customers(customers);
    -- The customers' hunt group numbers (a few) against the statement's numbers, hashed once.
    IF EXISTS (SELECT 1 FROM hunt_group h
                WHERE h.i_customer = ANY (customers)
                  AND (h.i_customer, h.number) IN (SELECT n.i_customer, n.number FROM new_rows n
                                                    WHERE n.number IS NOT NULL)) THEN
        RAISE EXCEPTION 'extension_exists: a hunt group has this number' USING ERRCODE = 'unique_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n
                CROSS JOIN LATERAL (SELECT i_customer, id FROM account
                                     WHERE i_account = n.i_account LIMIT 1) a
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
CREATE OR REPLACE FUNCTION ad_did_owner() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n
                CROSS JOIN LATERAL (SELECT i_customer FROM account
                                     WHERE i_account = n.i_account LIMIT 1) a
                WHERE a.i_customer IS DISTINCT FROM n.i_customer) THEN
        RAISE EXCEPTION 'did_not_owned: a DID can only be an alias of its owner''s accounts'
              USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$
