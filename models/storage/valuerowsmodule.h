#pragma once

// The SQLite side of ValueRows: the eponymous virtual table ad_values(pointer). Internal to the
// storage layer (PreparedStatements::runRows binds the pointer).
#include <sqlite3.h>

namespace ad::valuerows {

inline constexpr const char *kPointerType = "ad_value_rows";
extern const sqlite3_module kModule;
// Registers ad_values on `db` unless it is registered already.
int ensureRegistered(sqlite3 *db);

} // namespace ad::valuerows
