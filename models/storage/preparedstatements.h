#pragma once

#include "domain/problem.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace ad {

class Database;

// Statements prepared once (by a key) and re-run with values bound by position, inside the
// caller's transaction. On SQLite they go through the sqlite3 API on the connection's own handle:
// Qt's QSQLITE driver costs ~2,000 instructions per bound value and looks each value's name up
// in a list as long as the statement's values (quadratic), more than SQLite's own work for a
// one-row UPDATE. On PostgreSQL they are QSqlQuery objects as before. Still only bound values.
class PreparedStatements {
public:
    explicit PreparedStatements(Database &db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // Prepares `sql` under `key` on first use, binds `values` (?1, ?2, ...) and runs it;
    // *affected: the rows it changed.
    Status run(const QByteArray &key, const QString &sql, const QVariantList &values,
               int *affected = nullptr);
    bool native() const { return m_sqlite != nullptr; }

private:
    Status sqliteFailure(int rc, const QString &doing);
    Database &m_db;
    sqlite3 *m_sqlite = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_native;
    QHash<QByteArray, QSqlQuery> m_queries;
};

} // namespace ad
