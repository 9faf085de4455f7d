-- Agreement Desk schema, version 6 (PostgreSQL): an audit trail nobody can forge or rewrite,
-- and counters nobody can set by hand (domain.md "The audit trail on a shared database").
--
-- * audit.who is the database's own account of the connection: DEFAULT session_user, and a
--   trigger puts session_user there whatever the client sends, so no desk can write somebody
--   else's name. audit.desk_label keeps the desk's own, untrusted label (--user,
--   AGREEMENTDESK_USER, the OS login); audit.via ('admin' or 'customer') the self-care path,
--   which version 5 and earlier appended to who as " (as customer)" (moved into via here).
-- * The audit is append-only: UPDATE, DELETE and TRUNCATE are refused (for the owner too).
-- * agreement_line.in_use is maintained by the statement-level rule triggers of versions 2 and
--   4. A change of it made directly (not from inside a trigger: pg_trigger_depth() = 0) is
--   refused unless it equals the open accounts it counts; the customer and product of a line
--   never change.
-- * account.i_audit may be deferred: a one-pass import writes its accounts first and its audit
--   entry, with the outcome, last, in the same transaction (the entry is never updated).
-- Statements are separated by lines holding only "-- @@".
ALTER TABLE audit ADD COLUMN via TEXT NOT NULL DEFAULT 'admin' CHECK (via IN ('admin', 'customer'))
-- @@
ALTER TABLE audit ADD COLUMN desk_label TEXT NOT NULL DEFAULT '' CHECK (length(desk_label) <= 64)
-- @@
UPDATE audit SET via = 'customer', who = left(who, length(who) - 14)
 WHERE who LIKE '% (as customer)'
-- @@
ALTER TABLE audit ALTER COLUMN who SET DEFAULT session_user
-- @@
CREATE FUNCTION ad_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    RETURN NEW;
END
$$
-- @@
CREATE TRIGGER audit_who BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION ad_audit_who()
-- @@
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
FOR EACH ROW EXECUTE FUNCTION ad_refuse('audit_append_only: audit entries are never changed or deleted')
-- @@
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
FOR EACH STATEMENT EXECUTE FUNCTION ad_refuse('audit_append_only: the audit trail is never emptied')
-- @@
CREATE FUNCTION ad_counter_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counted BIGINT;
BEGIN
    IF NEW.i_customer <> OLD.i_customer OR NEW.i_product <> OLD.i_product THEN
        RAISE EXCEPTION 'counter_protected: the customer and product of an agreement line never change'
              USING ERRCODE = 'check_violation';
    END IF;
    SELECT (SELECT count(*) FROM account a
             WHERE a.i_customer = NEW.i_customer AND a.i_product = NEW.i_product AND a.status <> 'closed')
         + (SELECT count(*) FROM account_addon x JOIN account a ON a.i_account = x.i_account
             WHERE a.i_customer = NEW.i_customer AND x.i_product = NEW.i_product AND a.status <> 'closed')
      INTO counted;
    IF NEW.in_use <> counted THEN
        RAISE EXCEPTION 'counter_protected: agreement_line.in_use counts the open accounts (%); it cannot be set by hand', counted
              USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$
-- @@
CREATE TRIGGER agreement_line_counter BEFORE UPDATE OF in_use, i_customer, i_product ON agreement_line
FOR EACH ROW WHEN (pg_trigger_depth() = 0 AND (NEW.in_use <> OLD.in_use
                   OR NEW.i_customer <> OLD.i_customer OR NEW.i_product <> OLD.i_product))
EXECUTE FUNCTION ad_counter_guard()
-- @@
ALTER TABLE account ALTER CONSTRAINT account_i_audit_fkey DEFERRABLE INITIALLY IMMEDIATE
