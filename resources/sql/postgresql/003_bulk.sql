-- Agreement Desk schema, version 3 (PostgreSQL). SQLite gains bulk batches in this version;
-- PostgreSQL's rule triggers are statement-level already (a bulk INSERT ... SELECT FROM
-- unnest(...) runs them once), so it only documents the counter.
COMMENT ON COLUMN agreement_line.in_use IS
    'Open accounts (not closed) using the product as main product or add-on; maintained by triggers. CHECK agreement_line_quota keeps it within quantity.'
-- @@
CREATE INDEX extension_name ON extension (i_customer, lower(name))
