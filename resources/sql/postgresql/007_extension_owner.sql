-- Agreement Desk schema, version 7 (PostgreSQL): an extension belongs to its account's customer.
--
-- * extension referenced account (i_account) and customer (i_customer) separately: two
--   foreign-key checks per row, and nothing said the two agreed. One composite key
--   (i_account, i_customer) -> account (i_account, i_customer) replaces both: an extension whose
--   customer is not its account's customer is refused, and the customer still exists because
--   account.i_customer references it. account gets the unique key the reference needs.
-- * account.i_audit keeps its foreign key (deferrable; see docs/decisions.md "Migration 007"):
--   PostgreSQL defers only row-level constraint triggers, and the one-pass import writes its
--   audit entry last, so a cheaper statement-level check could not wait for COMMIT.
-- Statements are separated by lines holding only "-- @@".
ALTER TABLE account ADD CONSTRAINT account_customer_key UNIQUE (i_account, i_customer)
-- @@
ALTER TABLE extension ADD CONSTRAINT extension_account_customer_fkey
    FOREIGN KEY (i_account, i_customer) REFERENCES account (i_account, i_customer)
-- @@
ALTER TABLE extension DROP CONSTRAINT extension_i_account_fkey
-- @@
ALTER TABLE extension DROP CONSTRAINT extension_i_customer_fkey
