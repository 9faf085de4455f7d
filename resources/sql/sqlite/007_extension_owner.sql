-- Agreement Desk schema, version 7 (SQLite): an extension belongs to its account's customer.
--
-- * extension referenced account (i_account) and customer (i_customer) separately, and nothing
--   said the two agreed. One composite key (i_account, i_customer) -> account (i_account,
--   i_customer) replaces both: an extension whose customer is not its account's customer is
--   refused (foreign keys hold in bulk batches too, unlike the rule triggers), and the customer
--   still exists because account.i_customer references it. account gets the unique index the
--   reference needs.
-- * The constraint text is changed in place as in versions 4 and 6 (it does not change how rows
--   are stored); the rows already there are checked against the new key before it is written.
-- Statements are separated by lines holding only "-- @@".
CREATE UNIQUE INDEX account_customer_key ON account (i_account, i_customer)
-- @@
CREATE TEMP TABLE extension_owner_check (x INTEGER CHECK (x = 0))
-- @@
INSERT INTO extension_owner_check
SELECT count(*) FROM extension e
 WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.i_account = e.i_account AND a.i_customer = e.i_customer)
-- @@
DROP TABLE extension_owner_check
-- @@
PRAGMA writable_schema = ON
-- @@
UPDATE sqlite_schema
   SET sql = replace(replace(sql,
                     'i_customer INTEGER NOT NULL REFERENCES customer (i_customer),',
                     'i_customer INTEGER NOT NULL,'),
                     'i_account INTEGER NOT NULL UNIQUE REFERENCES account (i_account),',
                     'i_account INTEGER NOT NULL UNIQUE,
    FOREIGN KEY (i_account, i_customer) REFERENCES account (i_account, i_customer),')
 WHERE type = 'table' AND name = 'extension'
-- @@
PRAGMA writable_schema = RESET
-- @@
PRAGMA writable_schema = OFF
