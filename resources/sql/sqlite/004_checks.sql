-- Agreement Desk schema, version 4 (SQLite): value lists in CHECK constraints as OR chains.
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
