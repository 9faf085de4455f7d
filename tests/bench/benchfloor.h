#pragma once

// The schema floor (issue #3, #16): the accounts and extensions an import created, copied table to
// table by the database's own shell into a fresh demo database in one transaction — indexes,
// CHECK constraints and foreign keys, no rule triggers, no reading or planning (and, unless
// FloorRows::WithLinks, no DIDs or hunt group members). Whatever the program does, its import
// cannot be faster than this.
#include "benchutil.h"

namespace ad::bench {

// What a floor copy writes: the accounts and extensions (the floor of issue #16), or also the
// rows the same file links to them — its hunt group members and the DIDs its rows take (a DID's
// owner set, its trigger and key checked). The import writes both; the second is the floor of
// everything it stores.
enum class FloorRows { AccountsAndExtensions, WithLinks };

// SQLite: stages the rows of the last import in `imported` into `stage` (a plain database file):
// its accounts, extensions, hunt group members and DID owners.
void stageSqliteFloor(const QString &imported, const QString &stage);
// Copies the staged rows into `target` (a fresh demo database) with the sqlite3 shell.
Timed sqliteFloorCopy(const QString &stage, const QString &target,
                      FloorRows rows = FloorRows::AccountsAndExtensions);

// PostgreSQL: exports the rows of the last import in database URL `imported` to CSV files in
// `dir`, and loads them into plain tables fa, fe, fm (members) and fd (DID owners) of `target` (a
// fresh demo database).
void stagePgFloor(const QString &psql, const QString &imported, const QString &target,
                  const QString &dir);
// Copies fa and fe into account and extension of `target` with psql (and, with
// FloorRows::WithLinks, fm into hunt_group_member and fd's owners into did), rule triggers
// disabled (foreign keys and the DIDs' owner trigger stay), and rolls back.
Timed pgFloorCopy(const QString &psql, const QString &target,
                  FloorRows rows = FloorRows::AccountsAndExtensions);

} // namespace ad::bench
