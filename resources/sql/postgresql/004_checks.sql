-- Agreement Desk schema, version 4 (PostgreSQL). SQLite's CHECK value lists change in this
-- version; PostgreSQL evaluates "x IN (...)" in a CHECK as one array comparison already.
-- Here the statement-level rule triggers on account and extension look at the distinct
-- customers and products of a statement first: version 2 joined every new row to product,
-- agreement_line and hunt_group one by one (nested loops over the transition table, ~35 ms
-- per 10,000 imported rows). The rules and their messages are the same; an offending row is
-- only looked for once a rule is known to be broken.
COMMENT ON TABLE schema_version IS 'Agreement Desk schema version (resources/sql/*/00N_*.sql)'
-- @@
CREATE OR REPLACE FUNCTION ad_account_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad TEXT;
BEGIN
    PERFORM ad_lock_customers(ARRAY(SELECT DISTINCT i_customer FROM new_rows));
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT i_product FROM new_rows WHERE status <> 'closed') d
                 JOIN product p ON p.i_product = d.i_product
                WHERE p.kind <> 'main') THEN
        SELECT n.id INTO bad FROM new_rows n JOIN product p ON p.i_product = n.i_product
         WHERE n.status <> 'closed' AND p.kind <> 'main' LIMIT 1;
        RAISE EXCEPTION 'product_not_main: account %', bad USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT i_customer, i_product FROM new_rows WHERE status <> 'closed') d
                WHERE NOT EXISTS (SELECT 1 FROM agreement_line l
                                   WHERE l.i_customer = d.i_customer AND l.i_product = d.i_product)) THEN
        SELECT n.id INTO bad FROM new_rows n
         WHERE n.status <> 'closed'
           AND NOT EXISTS (SELECT 1 FROM agreement_line l
                            WHERE l.i_customer = n.i_customer AND l.i_product = n.i_product) LIMIT 1;
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
CREATE OR REPLACE FUNCTION ad_extension_insert() RETURNS trigger LANGUAGE plpgsql AS $$
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
