#pragma once

#include "domain/importplan.h"
#include "domain/problem.h"
#include "storage/preparedstatements.h"
#include "storage/valuerows.h"

#include <QHash>
#include <QSqlQuery>
#include <functional>

namespace ad {

class Database;

// Writes the rows of a file that change or close existing extensions, inside the caller's
// transaction, in an order that never needs more than the plan allows: first every close and
// every DID and hunt group an update lets go, then product, status and field changes, then the
// DIDs and hunt groups updates take. Statements are prepared once and re-run with bound values;
// the database's own rules (quantity, DID owner) still check every statement. What most rows of a
// bulk change do — a new name, DIDs let go and taken — runs in batches of a few hundred rows per
// statement (WITH v AS (VALUES ...) UPDATE ... FROM v, on both engines), not one statement a row.
class ChangeWriter {
public:
    using Progress = std::function<bool(int done, int total)>; // false = cancel

    explicit ChangeWriter(Database &db);
    // names: whether the rows' new names are written too (false: writeNames() wrote them).
    Status write(qint64 iCustomer, const ChangeList &changes, const Progress &progress = {},
                 bool names = true);
    // The new names of the rows [from, size()) of changes that update, as writeNames() takes
    // them (native: SQLite's packed rows, see writesNative()). Plain data: made on any thread.
    // A name depends on no other row, so an update run writes the names of the rows planned so
    // far while the reading thread plans the next ones.
    struct NameRows {
        ValueRows packed;         // SQLite: (i_extension, name as UTF-8)
        QList<QVariantList> rows; // elsewhere: (i_extension, name)
        bool isEmpty() const { return packed.isEmpty() && rows.isEmpty(); }
    };
    static NameRows namesOf(const ChangeList &changes, qsizetype from, bool native);
    bool writesNative() const { return m_statements.native(); }
    Status writeNames(const NameRows &names);
    // New accounts that a cell put in several hunt groups: the groups after the first.
    Status addMoreHuntGroups(qint64 iCustomer, const QList<PlannedAccount> &accounts);

private:
    // A statement prepared on first use and re-run with new values; *affected: rows changed.
    Status run(const char *key, const QString &sql, const QVariantList &values,
               int *affected = nullptr);
    Status releaseAndLeave(qint64 iCustomer, const PlannedChange &c);
    // withName: the name too (else it goes in a batch).
    Status setFields(const PlannedChange &c, const QString &now, bool withName);
    Status join(const PlannedChange &c);
    // Runs `sql` (its %1: the VALUES rows) over `rows` (each `rowSql`'s values) in chunks,
    // `tail` bound after each chunk's rows; *affected (if given) per chunk, in order.
    Status runBatched(const char *key, const QString &sql, const QString &rowSql,
                      const QList<QVariantList> &rows, const QVariantList &tail,
                      QList<int> *affected = nullptr);
    int chunkRows() const;
    // SQLite: one statement over (number, i_account) rows read from ad_values (?1), ?2 = customer.
    Status runDidRows(const char *key, const QString &sql, qint64 iCustomer,
                      const QList<QVariantList> &numberAndAccount, int *changed = nullptr);
    Status releaseBatched(qint64 iCustomer, const QList<QVariantList> &numberAndAccount);
    // movedFrom (SQLite): the DIDs of numberAndAccount that another row let go (not released),
    // with that row's account.
    Status takeBatched(qint64 iCustomer, const QList<QVariantList> &numberAndAccount,
                       const QHash<QString, qint64> &movedFrom);
    static constexpr int kSqliteChunk = 100;
    Database &m_db;
    PreparedStatements m_statements;
};

} // namespace ad
