-- Agreement Desk schema, version 10 (PostgreSQL): nothing changes on PostgreSQL.
--
-- Version 10 makes SQLite's account-ID rule a key (see the SQLite script): there the import
-- switches the rule triggers off while it writes a bulk batch, and the batch's close compared
-- every account ID again. PostgreSQL's rule triggers stay on during an import (statement-level,
-- over transition tables); a key there would need a STORED column and a wider unique index for
-- at most the 1-2 % its account look-up costs (docs/decisions.md, "PostgreSQL after version 8"),
-- so its schema only takes the version number.
-- Statements are separated by lines holding only "-- @@".
SELECT 1
