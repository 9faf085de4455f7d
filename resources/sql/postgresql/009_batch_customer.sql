-- Agreement Desk schema, version 9 (PostgreSQL): nothing changes on PostgreSQL.
--
-- Version 9 lets a SQLite bulk batch name its customer, so that its close probes indexes instead
-- of sorting every account of the batch (see the SQLite script). PostgreSQL has no bulk batch:
-- its statement-level rule triggers see the inserted rows as transition tables, so its schema
-- only takes the version number.
-- Statements are separated by lines holding only "-- @@".
SELECT 1
