-- Agreement Desk schema, version 5 (PostgreSQL): the provider's set-up (domain.md "Provider
-- set-up"). The same as SQLite's 005_setup.sql:
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
CREATE FUNCTION ad_product_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM product WHERE i_product = NEW.i_product) = 'retired' THEN
        RAISE EXCEPTION 'product_retired: product %', NEW.i_product USING ERRCODE = 'check_violation';
    END IF;
    UPDATE product SET used = 1 WHERE i_product = NEW.i_product AND used = 0;
    RETURN NEW;
END
$$
-- @@
CREATE TRIGGER product_on_agreement BEFORE INSERT ON agreement_line
FOR EACH ROW EXECUTE FUNCTION ad_product_on_agreement()
-- @@
CREATE FUNCTION ad_product_retired_addon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN product p ON p.i_product = n.i_product
                WHERE p.status = 'retired') THEN
        RAISE EXCEPTION 'product_retired: add-on' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$
-- @@
CREATE TRIGGER product_retired_addon AFTER INSERT ON account_addon
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ad_product_retired_addon()
-- @@
CREATE FUNCTION ad_product_used_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.used <> 0 THEN
            RAISE EXCEPTION 'product_used: product %', OLD.i_product USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.used < OLD.used OR (OLD.used = 1 AND NEW.kind <> OLD.kind) THEN
        RAISE EXCEPTION 'product_used: product %', OLD.i_product USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$
-- @@
CREATE TRIGGER product_used_change BEFORE UPDATE OF used, kind OR DELETE ON product
FOR EACH ROW EXECUTE FUNCTION ad_product_used_change()
-- @@
ALTER TABLE customer ADD COLUMN self_care_accounts TEXT NOT NULL DEFAULT 'active'
    CHECK (self_care_accounts = 'active' OR self_care_accounts = 'inactive')
-- @@
CREATE UNIQUE INDEX subscription_name_fold ON subscription (i_customer, lower(name))
