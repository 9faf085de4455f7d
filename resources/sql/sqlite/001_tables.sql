-- Agreement Desk schema, version 1: tables, keys and value constraints (SQLite).
-- Statements are separated by lines holding only "-- @@".
CREATE TABLE customer (
    i_customer INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    time_zone TEXT NOT NULL,
    next_aa INTEGER NOT NULL DEFAULT 1 CHECK (next_aa >= 1)
)
-- @@
CREATE TABLE product (
    i_product INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('main', 'addon')),
    fee INTEGER CHECK (fee IS NULL OR fee >= 0),
    currency TEXT NOT NULL DEFAULT 'USD'
)
-- @@
CREATE TABLE subscription (
    i_subscription INTEGER PRIMARY KEY,
    i_customer INTEGER NOT NULL REFERENCES customer (i_customer),
    name TEXT NOT NULL,
    fee INTEGER NOT NULL CHECK (fee >= 0)
)
-- @@
CREATE TABLE agreement_line (
    i_customer INTEGER NOT NULL REFERENCES customer (i_customer),
    i_product INTEGER NOT NULL REFERENCES product (i_product),
    quantity INTEGER CHECK (quantity IS NULL OR quantity BETWEEN 1 AND 999999),
    in_use INTEGER NOT NULL DEFAULT 0 CHECK (in_use >= 0),
    PRIMARY KEY (i_customer, i_product),
    CONSTRAINT agreement_line_quota CHECK (quantity IS NULL OR in_use <= quantity)
)
-- @@
CREATE TABLE audit (
    i_audit INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    i_customer INTEGER REFERENCES customer (i_customer),
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
)
-- @@
CREATE INDEX audit_customer ON audit (i_customer, i_audit)
-- @@
CREATE TABLE account (
    i_account INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 64),
    role TEXT NOT NULL DEFAULT 'universal',
    i_customer INTEGER NOT NULL REFERENCES customer (i_customer),
    i_product INTEGER NOT NULL REFERENCES product (i_product),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'closed')),
    blocked TEXT NOT NULL DEFAULT 'no' CHECK (blocked IN ('no', 'by_admin', 'by_customer')),
    created_at TEXT NOT NULL,
    activated_at TEXT,
    closed_at TEXT,
    i_audit INTEGER REFERENCES audit (i_audit)
)
-- @@
CREATE INDEX account_customer ON account (i_customer, id)
-- @@
CREATE INDEX account_audit ON account (i_audit, i_customer, i_product, status)
-- @@
CREATE TABLE account_addon (
    i_account INTEGER NOT NULL REFERENCES account (i_account),
    i_product INTEGER NOT NULL REFERENCES product (i_product),
    PRIMARY KEY (i_account, i_product)
)
-- @@
CREATE TABLE extension (
    i_extension INTEGER PRIMARY KEY,
    i_customer INTEGER NOT NULL REFERENCES customer (i_customer),
    kind TEXT NOT NULL CHECK (kind IN ('extension', 'auto_attendant')),
    number TEXT CHECK (number IS NULL OR (length(number) BETWEEN 1 AND 15 AND number NOT GLOB '*[^0-9]*')),
    aa_seq INTEGER,
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 100),
    published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    time_zone TEXT NOT NULL,
    i_account INTEGER NOT NULL UNIQUE REFERENCES account (i_account),
    UNIQUE (i_customer, number),
    CHECK ((kind = 'extension' AND number IS NOT NULL AND aa_seq IS NULL)
        OR (kind = 'auto_attendant' AND number IS NULL AND aa_seq IS NOT NULL))
)
-- @@
CREATE UNIQUE INDEX extension_aa_seq ON extension (i_customer, aa_seq) WHERE aa_seq IS NOT NULL
-- @@
CREATE TABLE did (
    number TEXT PRIMARY KEY CHECK (length(number) BETWEEN 6 AND 15 AND number NOT GLOB '*[^0-9]*'),
    i_customer INTEGER REFERENCES customer (i_customer),
    i_account INTEGER REFERENCES account (i_account),
    CHECK (i_account IS NULL OR i_customer IS NOT NULL)
)
-- @@
CREATE INDEX did_customer ON did (i_customer, number)
-- @@
CREATE INDEX did_account ON did (i_account)
-- @@
CREATE TABLE hunt_group (
    i_hunt_group INTEGER PRIMARY KEY,
    i_customer INTEGER NOT NULL REFERENCES customer (i_customer),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    name_key TEXT NOT NULL,
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 15 AND number NOT GLOB '*[^0-9]*'),
    sequence TEXT NOT NULL DEFAULT 'order'
        CHECK (sequence IN ('order', 'simultaneous', 'random', 'least_used')),
    UNIQUE (i_customer, name_key),
    UNIQUE (i_customer, number)
)
-- @@
CREATE TABLE hunt_group_member (
    i_hunt_group INTEGER NOT NULL REFERENCES hunt_group (i_hunt_group),
    i_extension INTEGER NOT NULL REFERENCES extension (i_extension),
    position INTEGER NOT NULL,
    PRIMARY KEY (i_hunt_group, i_extension)
)
-- @@
CREATE INDEX hunt_group_member_extension ON hunt_group_member (i_extension)
