#pragma once

#include "domain/importplan.h"
#include "domain/problem.h"

#include <functional>
#include <memory>

namespace ad {

class Database;
namespace plannedrows {
struct Utf8Slice;
}

// Writes planned extensions (account + extension + DIDs + hunt group membership) inside the
// caller's transaction. SQLite: a few set-based INSERT ... SELECT statements per chunk of rows,
// reading the planned rows in place through a virtual table, inside a bulk batch (with iAudit)
// whose rows skip the per-row rule triggers. PostgreSQL: a few statements per chunk of rows,
// values bound as arrays and expanded with unnest() — no round trip per row.
// Between begin() and finish() (and so in the progress callback) SQLite triggers are switched off
// on this connection: nothing else may write through it meanwhile.
class AccountWriter {
public:
    using Progress = std::function<bool(int done, int total)>; // false = cancel

    explicit AccountWriter(Database &db);
    ~AccountWriter();
    // The whole list, in chunks, with progress and cancellation between chunks.
    Status write(qint64 iCustomer, const QList<PlannedAccount> &accounts, qint64 iAudit,
                 const Progress &progress = {});
    // Or piece by piece as rows are planned: begin(), add() for each new slice [from, to) of
    // accounts in plan order, finish(). A failed step leaves the transaction to be rolled back.
    // add() may be given the rows' text already in the form the engine takes (prepareText(),
    // e.g. on the thread that plans the rows, so the writing thread does not convert it).
    using PreparedText = std::shared_ptr<const plannedrows::Utf8Slice>;
    Status begin(qint64 iCustomer, qint64 iAudit);
    Status add(const QList<PlannedAccount> &accounts, int from, int to,
               const PreparedText &text = {});
    // The text of the rows [from, to) for add(): SQLite's UTF-8; nothing for PostgreSQL.
    static PreparedText prepareText(bool postgres, const QList<PlannedAccount> &accounts, int from,
                                    int to);
    Status finish();

    // Quotes a list as a PostgreSQL array literal ({"a","b",NULL}) for binding as one text value.
    static QString pgTextArray(const QStringList &values, const QList<bool> &nulls = {});
    static QString pgIntArray(const QList<qint64> &values);

private:
    struct Session;
    Status beginSqlite();
    Status addSqlite(const QList<PlannedAccount> &accounts, int from, int to,
                     const plannedrows::Utf8Slice *text);
    Status finishSqlite();
    Status addPostgres(const QList<PlannedAccount> &accounts, int from, int to);
    Status sqliteFailure(int rc, const QString &doing);
    Database &m_db;
    std::unique_ptr<Session> d;
};

} // namespace ad
