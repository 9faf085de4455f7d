-- Agreement Desk schema, version 4 (PostgreSQL). The version rewrites SQLite's CHECK value lists
-- for speed; PostgreSQL evaluates "x IN (...)" in a CHECK constraint as one array comparison
-- already, so nothing changes here but the documentation of the version.
COMMENT ON TABLE schema_version IS 'Agreement Desk schema version (resources/sql/*/00N_*.sql)'
