#pragma once

#include "domain/problem.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace ad {

class Database;
class ValueRows;

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
    // SQLite only (native()): runs `sql`, whose ?1 is the virtual table's source as in
    // `FROM ad_values(?1) AS v`, with `rows` bound there and `values` as ?2, ?3, ...; one
    // statement for all the rows (set-based), *affected: the rows it changed.
    Status runRows(const QByteArray &key, const QString &sql, const ValueRows &rows,
                   const QVariantList &values, int *affected = nullptr);

    // One row of a select(): columns read straight from SQLite (no QVariant per column, which
    // costs Qt's driver ~1,000 instructions a column) or from the QSqlQuery on PostgreSQL.
    class Row {
    public:
        qint64 integer(int column) const;
        QString text(int column) const; // NULL: a null string
        // The text as UTF-8; on SQLite not copied (valid until the next row), so use it at once.
        QByteArray utf8(int column) const;
        bool isNull(int column) const;

    private:
        friend class PreparedStatements;
        sqlite3_stmt *m_stmt = nullptr;
        const QSqlQuery *m_query = nullptr;
    };
    // Runs the query `sql` (prepared once under `key`) and calls `each` for every row.
    Status select(const QByteArray &key, const QString &sql, const QVariantList &values,
                  const std::function<void(const Row &)> &each);

private:
    Status prepared(const QByteArray &key, const QString &sql, const QVariantList &values,
                    sqlite3_stmt **out, int firstValue = 1);
    Status step(sqlite3_stmt *st, int *affected);
    Status sqliteFailure(int rc, const QString &doing);
    Database &m_db;
    sqlite3 *m_sqlite = nullptr;
    bool m_valuesModule = false; // ad_values registered on m_sqlite
    QHash<QByteArray, sqlite3_stmt *> m_native;
    QHash<QByteArray, QSqlQuery> m_queries;
};

} // namespace ad
