-- Agreement Desk schema, version 5 (SQLite): the provider's set-up (domain.md "Provider set-up").
--
-- product.status: a retired product keeps its agreement lines and accounts, but no agreement line
-- or add-on can be added with it any more (the services also refuse new accounts with it).
-- product.used: 1 once the product has been on an agreement (every account and add-on needs an
-- agreement line, so that counts every use); it never goes back to 0, and a used product cannot
-- be deleted. Product names are unique case-insensitively; the services store them with white
-- space collapsed. customer.self_care_accounts: the status of accounts created through the
-- self-care path. subscription (version 1) gains a unique name per customer, case-insensitive.
-- The DID inventory needs nothing new: a did row with no i_customer is the provider's own.
-- Statements are separated by lines holding only "-- @@".
ALTER TABLE product ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status = 'active' OR status = 'retired')
-- @@
ALTER TABLE product ADD COLUMN used INTEGER NOT NULL DEFAULT 0 CHECK (used = 0 OR used = 1)
-- @@
UPDATE product SET used = 1
 WHERE i_product IN (SELECT i_product FROM agreement_line)
    OR i_product IN (SELECT i_product FROM account)
    OR i_product IN (SELECT i_product FROM account_addon)
-- @@
CREATE UNIQUE INDEX product_name_fold ON product (lower(name))
-- @@
CREATE TRIGGER product_used_on_agreement AFTER INSERT ON agreement_line
BEGIN
    UPDATE product SET used = 1 WHERE i_product = NEW.i_product AND used = 0;
END
-- @@
CREATE TRIGGER product_retired_agreement BEFORE INSERT ON agreement_line
BEGIN
    SELECT RAISE(ABORT, 'product_retired')
     WHERE (SELECT status FROM product WHERE i_product = NEW.i_product) = 'retired';
END
-- @@
CREATE TRIGGER product_retired_addon BEFORE INSERT ON account_addon
BEGIN
    SELECT RAISE(ABORT, 'product_retired')
     WHERE (SELECT status FROM product WHERE i_product = NEW.i_product) = 'retired';
END
-- @@
CREATE TRIGGER product_used_update BEFORE UPDATE OF used, kind ON product
WHEN NEW.used < OLD.used OR (OLD.used = 1 AND NEW.kind <> OLD.kind)
BEGIN
    SELECT RAISE(ABORT, 'product_used');
END
-- @@
CREATE TRIGGER product_used_delete BEFORE DELETE ON product
WHEN OLD.used <> 0
BEGIN
    SELECT RAISE(ABORT, 'product_used');
END
-- @@
ALTER TABLE customer ADD COLUMN self_care_accounts TEXT NOT NULL DEFAULT 'active'
    CHECK (self_care_accounts = 'active' OR self_care_accounts = 'inactive')
-- @@
CREATE UNIQUE INDEX subscription_name_fold ON subscription (i_customer, lower(name))
