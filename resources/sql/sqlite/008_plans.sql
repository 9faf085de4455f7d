-- Agreement Desk schema, version 8 (SQLite): nothing changes on SQLite.
--
-- Version 8 rewrites PostgreSQL's rule functions so their cached plans cannot crawl once the
-- account table outgrows the statistics they were planned with (see the PostgreSQL script).
-- SQLite's rule triggers are row-level and look accounts up by their primary key, and SQLite
-- keeps no statistics this project collects, so its schema only takes the version number.
-- Statements are separated by lines holding only "-- @@".
SELECT 1
