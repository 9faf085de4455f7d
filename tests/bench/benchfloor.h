#pragma once

// The schema floor (issue #3, #16): the accounts and extensions an import created, copied table to
// table by the database's own shell into a fresh demo database in one transaction — indexes,
// CHECK constraints and foreign keys, no rule triggers, no reading, planning, DIDs or hunt
// groups. Whatever the program does, its import cannot be faster than this.
#include "benchutil.h"

namespace ad::bench {

// SQLite: stages the rows of the last import in `imported` into `stage` (a plain database file).
void stageSqliteFloor(const QString &imported, const QString &stage);
// Copies the staged rows into `target` (a fresh demo database) with the sqlite3 shell.
Timed sqliteFloorCopy(const QString &stage, const QString &target);

// PostgreSQL: exports the rows of the last import in database URL `imported` to CSV files in
// `dir`, and loads them into plain tables fa and fe of `target` (a fresh demo database).
void stagePgFloor(const QString &psql, const QString &imported, const QString &target,
                  const QString &dir);
// Copies fa and fe into account and extension of `target` with psql, rule triggers disabled
// (foreign keys stay), and rolls back.
Timed pgFloorCopy(const QString &psql, const QString &target);

} // namespace ad::bench
