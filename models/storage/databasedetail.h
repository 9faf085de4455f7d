#pragma once

// What the Database's files share: the schema version this build knows and the file of an
// SQLite spec. Internal to the storage layer. The class is spread over database.cpp (opening a
// connection), databaseschema.cpp (the schema version and its upgrades), databasestatements.cpp
// (transactions and statements) and databaseerrors.cpp (driver errors as a Status).
#include <QLatin1String>
#include <QString>

namespace ad::databasedetail {

inline constexpr int kLatestVersion = 10;

// The file of an SQLite spec ("sqlite:" prefix optional).
inline QString sqlitePath(const QString &spec)
{
    return spec.startsWith(QLatin1String("sqlite:")) ? spec.mid(7) : spec;
}

} // namespace ad::databasedetail
