#pragma once

#include "domain/problem.h"
#include "import/importplan.h"

#include <functional>

namespace ad {

class Database;

// Writes planned extensions (account + extension + DIDs + hunt group membership) inside the
// caller's transaction. SQLite: a few set-based INSERT ... SELECT statements per chunk of rows,
// reading the planned rows in place through a virtual table, inside a bulk batch (with iAudit)
// whose rows skip the per-row rule triggers. PostgreSQL: a few statements per chunk of rows,
// values bound as arrays and expanded with unnest() — no round trip per row.
// The progress callback runs between chunks while SQLite triggers are switched off on this
// connection: it must not write through it (it reports and may cancel, nothing else).
class AccountWriter {
public:
    using Progress = std::function<bool(int done, int total)>; // false = cancel

    explicit AccountWriter(Database &db) : m_db(db) {}
    Status write(qint64 iCustomer, const QList<PlannedAccount> &accounts, qint64 iAudit,
                 const Progress &progress = {});

    // Quotes a list as a PostgreSQL array literal ({"a","b",NULL}) for binding as one text value.
    static QString pgTextArray(const QStringList &values, const QList<bool> &nulls = {});
    static QString pgIntArray(const QList<qint64> &values);

private:
    Status writeSqlite(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit, const Progress &progress);
    Status writePostgres(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit, const Progress &progress);
    Database &m_db;
};

} // namespace ad
