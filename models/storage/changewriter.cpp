#include "storage/changewriter.h"

#include "domain/filerefusals.h"
#include "storage/database.h"
#include "storage/valuerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace ad {

ChangeWriter::ChangeWriter(Database &db) : m_db(db), m_statements(db) {}

int ChangeWriter::chunkRows() const
{
    // Rows per batched statement. PostgreSQL takes long batches (one round trip each). On SQLite
    // the values are bound through the sqlite3 API (PreparedStatements), which costs little per
    // value; Qt's driver, used before, looked each bound value's name up in a list as long as the
    // statement's values (quadratic: batches had to stay at 24 rows).
    return m_db.isPostgres() ? 400 : kSqliteChunk;
}

Status ChangeWriter::run(const char *key, const QString &sql, const QVariantList &values,
                         int *affected)
{
    return m_statements.run(QByteArray(key), sql, values, affected);
}

Status ChangeWriter::releaseAndLeave(qint64 c, const PlannedChange &ch)
{
    Status st;
    if (ch.action == RowAction::Close) {
        if (!(st = run("close.dids",
                       QStringLiteral("UPDATE did SET i_account = NULL"
                                      " WHERE i_account = ?"),
                       {ch.iAccount}))
                 .ok())
            return st;
        return run("close.members",
                   QStringLiteral("DELETE FROM hunt_group_member WHERE i_extension = ?"),
                   {ch.iExtension});
    }
    Q_UNUSED(c); // the released DIDs go in a batch (releaseBatched)
    for (qint64 g : ch.leftHuntGroups)
        if (!(st = run("leave",
                       QStringLiteral("DELETE FROM hunt_group_member"
                                      " WHERE i_hunt_group = ? AND i_extension = ?"),
                       {g, ch.iExtension}))
                 .ok())
            return st;
    return {};
}

Status ChangeWriter::setFields(const PlannedChange &ch, const QString &now, bool withName)
{
    Status st;
    int n = 0;
    if (ch.action == RowAction::Close) {
        if (!(st = run("close.account",
                       QStringLiteral("UPDATE account SET status = 'closed', closed_at = ?"
                                      " WHERE i_account = ? AND status <> 'closed'"),
                       {now, ch.iAccount}, &n))
                 .ok())
            return st;
        return n == 1 ? Status() : refused(refusal::accountClosed(ch.accountId));
    }
    if (ch.productId &&
        !(st =
              run("product", QStringLiteral("UPDATE account SET i_product = ? WHERE i_account = ?"),
                  {*ch.productId, ch.iAccount}))
             .ok())
        return st;
    if (ch.active && *ch.active &&
        !(st = run("activate",
                   QStringLiteral("UPDATE account SET status = 'active', activated_at = ?"
                                  " WHERE i_account = ?"),
                   {now, ch.iAccount}))
             .ok())
        return st;
    if (ch.active && !*ch.active &&
        !(st = run("deactivate",
                   QStringLiteral("UPDATE account SET status = 'inactive' WHERE i_account = ?"),
                   {ch.iAccount}))
             .ok())
        return st;
    // The extension's own fields: one statement for the columns this row sets.
    QStringList sets;
    QVariantList values;
    QString key = QStringLiteral("ext:");
    if (ch.name && withName) {
        sets << QStringLiteral("name = ?");
        values << *ch.name;
        key += QLatin1Char('n');
    }
    if (ch.published) {
        sets << QStringLiteral("published = ?");
        values << (*ch.published ? 1 : 0);
        key += QLatin1Char('p');
    }
    if (ch.email) {
        sets << QStringLiteral("email = ?");
        values << *ch.email;
        key += QLatin1Char('e');
    }
    if (ch.timeZone) {
        sets << QStringLiteral("time_zone = ?");
        values << *ch.timeZone;
        key += QLatin1Char('t');
    }
    if (sets.isEmpty())
        return {};
    values << ch.iExtension;
    return run(key.toLatin1().constData(),
               QStringLiteral("UPDATE extension SET %1 WHERE i_extension = ?")
                   .arg(sets.join(QStringLiteral(", "))),
               values);
}

Status ChangeWriter::runBatched(const char *key, const QString &sql, const QString &rowSql,
                                const QList<QVariantList> &rows, const QVariantList &tail,
                                QList<int> *affected)
{
    const int chunk = chunkRows();
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const int n = int(qMin<qsizetype>(chunk, rows.size() - from));
        QStringList placeholders;
        QVariantList values;
        for (int i = 0; i < n; ++i) {
            placeholders << rowSql;
            values += rows.at(from + i);
        }
        values += tail;
        int changed = 0;
        const QByteArray k = QByteArray(key) + '.' + QByteArray::number(n);
        if (Status st = run(k.constData(), sql.arg(placeholders.join(QStringLiteral(", "))), values,
                            &changed);
            !st.ok())
            return st;
        if (affected)
            affected->append(changed);
    }
    return {};
}

Status ChangeWriter::runDidRows(const char *key, const QString &sql, qint64 c,
                                const QList<QVariantList> &rows, int *changed)
{
    // SQLite: the rows (number, i_account) as the ad_values virtual table, one statement.
    if (rows.isEmpty())
        return {};
    ValueRows values; // i1 the account, i2 a third value when the row has one (a move's old owner)
    for (const QVariantList &r : rows)
        values.add(r.at(1).toLongLong(), r.size() > 2 ? r.at(2).toLongLong() : 0,
                   {r.at(0).toString()});
    return m_statements.runRows(key, sql, values, {c}, changed);
}

Status ChangeWriter::releaseBatched(qint64 c, const QList<QVariantList> &rows)
{
    if (m_statements.native()) {
        // SQLite: one UPDATE for all the rows, read from the ad_values virtual table (its
        // UPDATE ... FROM (VALUES ...) joins every row of a chunk against every other, and one
        // statement a row costs more to start and end than the row's own update). The unary
        // `+` keeps SQLite from looking the customer's DIDs up by an index and then scanning the
        // virtual table for each of them: the rows drive, each finds its DID by its number.
        return runDidRows("release.rows",
                          QStringLiteral("UPDATE did SET i_account = NULL FROM ad_values(?1) AS v"
                                         " WHERE did.number = v.t1 AND +did.i_customer = ?2"
                                         " AND did.i_account = v.i1"),
                          c, rows);
    }
    return runBatched("release",
                      QStringLiteral("WITH v (n, a) AS (VALUES %1) UPDATE did SET i_account = NULL"
                                     " FROM v WHERE did.i_customer = ? AND did.number = v.n"
                                     " AND did.i_account = v.a"),
                      QStringLiteral("(CAST(? AS TEXT), CAST(? AS BIGINT))"), rows, {c});
}

Status ChangeWriter::takeBatched(qint64 c, const QList<QVariantList> &rows,
                                 const QHash<QString, qint64> &movedFrom)
{
    if (m_statements.native()) {
        // SQLite: one UPDATE for all the rows (see releaseBatched); the first row (in row order)
        // whose DID was not free is refused. A DID that another row of the file let go (movedFrom:
        // not released before) moves in one UPDATE from that row's account to this one's, or is
        // taken if it is free by now: what releasing and then taking it would do, with the DID's
        // row and its index entry rewritten once instead of twice.
        QList<QVariantList> free, moved;
        for (const QVariantList &r : rows) {
            const auto from = movedFrom.constFind(r.at(0).toString());
            if (from == movedFrom.constEnd())
                free.append(r);
            else
                moved.append({r.at(0), r.at(1), *from});
        }
        int changed = 0, movedChanged = 0;
        if (Status st =
                runDidRows("take.rows",
                           QStringLiteral("UPDATE did SET i_account = v.i1 FROM ad_values(?1) AS v"
                                          " WHERE did.number = v.t1 AND +did.i_customer = ?2"
                                          " AND +did.i_account IS NULL"),
                           c, free, &changed);
            !st.ok())
            return st;
        if (Status st =
                runDidRows("move.rows",
                           QStringLiteral("UPDATE did SET i_account = v.i1 FROM ad_values(?1) AS v"
                                          " WHERE did.number = v.t1 AND +did.i_customer = ?2"
                                          " AND coalesce(did.i_account, v.i2) = v.i2"),
                           c, moved, &movedChanged);
            !st.ok())
            return st;
        if (changed == int(free.size()) && movedChanged == int(moved.size()))
            return {};
        // Some DID was not free: the first one (in row order) that its row did not get.
        for (const QVariantList &r : rows) {
            bool mine = false;
            if (Status st = m_statements.select(
                    "take.check",
                    QStringLiteral("SELECT 1 FROM did WHERE i_customer = ?1 AND number = ?2"
                                   " AND i_account = ?3"),
                    {c, r.at(0), r.at(1)}, [&](const PreparedStatements::Row &) { mine = true; });
                !st.ok())
                return st;
            if (!mine)
                return refused(refusal::didTakenForRow(r.at(0).toString()));
        }
        return refused(refusal::didTakenForRow(rows.first().at(0).toString()));
    }
    QList<int> affected;
    Status st =
        runBatched("take",
                   QStringLiteral("WITH v (n, a) AS (VALUES %1) UPDATE did SET i_account ="
                                  " v.a FROM v WHERE did.i_customer = ? AND did.number ="
                                  " v.n AND did.i_account IS NULL"),
                   QStringLiteral("(CAST(? AS TEXT), CAST(? AS BIGINT))"), rows, {c}, &affected);
    if (!st.ok())
        return st;
    int from = 0;
    for (int changed : affected) {
        const int n = qMin(chunkRows(), int(rows.size()) - from);
        if (changed != n) {
            // Some DID of this chunk was not free: the first one (in row order) is refused.
            for (int i = from; i < from + n; ++i) {
                QSqlQuery q;
                if (!(st = m_db.exec(QStringLiteral("SELECT i_account FROM did"
                                                    " WHERE i_customer = ? AND number = ?"),
                                     {c, rows.at(i).at(0)}, &q))
                         .ok())
                    return st;
                if (!q.next() || q.value(0).toLongLong() != rows.at(i).at(1).toLongLong())
                    return refused(refusal::didTakenForRow(rows.at(i).at(0).toString()));
            }
            return refused(refusal::didTakenForRow(rows.at(from).at(0).toString()));
        }
        from += n;
    }
    return {};
}

Status ChangeWriter::join(const PlannedChange &ch)
{
    Status st;
    for (qint64 g : ch.joinedHuntGroups)
        if (!(st = run("join",
                       QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, i_extension,"
                                      " position) SELECT ?, ?, coalesce(max(position), 0) + 1"
                                      " FROM hunt_group_member WHERE i_hunt_group = ?"),
                       {g, ch.iExtension, g}))
                 .ok())
            return st;
    return {};
}

ChangeWriter::NameRows ChangeWriter::namesOf(const ChangeList &changes, qsizetype from, bool native)
{
    NameRows out;
    for (qsizetype i = from; i < changes.size(); ++i) {
        if (changes.action(i) != RowAction::Update)
            continue;
        if (native) { // the name's UTF-8 as the list holds it
            if (const QByteArrayView name = changes.nameUtf8(i); !name.isNull())
                out.packed.addUtf8(changes.iExtension(i), 0, {name});
        } else if (const std::optional<QString> name = changes.name(i)) {
            out.rows.append({changes.iExtension(i), *name});
        }
    }
    return out;
}

Status ChangeWriter::writeNames(const NameRows &names)
{
    if (!names.packed.isEmpty()) {
        // SQLite: one UPDATE for all the names (see releaseBatched).
        if (Status st = m_statements.runRows(
                "names.rows",
                QStringLiteral("UPDATE extension SET name = v.t1 FROM ad_values(?1) AS v"
                               " WHERE extension.i_extension = v.i1"),
                names.packed, {});
            !st.ok())
            return st;
    }
    return runBatched("names",
                      QStringLiteral("WITH v (i, name) AS (VALUES %1) UPDATE extension"
                                     " SET name = v.name FROM v WHERE extension.i_extension = v.i"),
                      QStringLiteral("(CAST(? AS BIGINT), CAST(? AS TEXT))"), names.rows, {});
}

Status ChangeWriter::write(qint64 c, const ChangeList &changes, const Progress &progress,
                           bool withNames)
{
    const QString now = Database::nowUtc();
    const int total = int(changes.size()) * 3;
    int done = 0;
    auto step = [&]() { return !progress || (++done % 512) != 0 || progress(done, total); };
    using Part = ChangeList::Part;
    // Three passes: let go, change, take (so a DID or quantity one row frees is free for the
    // next). The packed rows are built (ChangeList::at) only in the passes that need them.
    QList<QVariantList> released, taken;
    // The DIDs the rows take (in row order), known first: on SQLite a DID one row lets go and
    // another takes is not released, it moves when it is taken (takeBatched).
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes.action(i) != RowAction::Update || !changes.has(i, Part::AddedDids))
            continue;
        const qint64 iAccount = changes.iAccount(i);
        for (const QString &n : changes.addedDids(i))
            taken.append({n, iAccount});
    }
    QSet<QString> takenNumbers;
    if (m_statements.native())
        for (const QVariantList &r : std::as_const(taken))
            takenNumbers.insert(r.at(0).toString());
    QHash<QString, qint64> movedFrom; // number -> the account that lets it go
    const auto letGo = [&](const QString &n, qint64 iAccount) {
        if (takenNumbers.contains(n))
            movedFrom.insert(n, iAccount);
        else
            released.append({n, iAccount});
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const RowAction action = changes.action(i);
        if (action == RowAction::Unchanged)
            continue;
        if (action == RowAction::Update && !changes.has(i, Part::LeftHuntGroups)) {
            if (changes.has(i, Part::ReleasedDids)) { // only DIDs let go: the row is not built
                const qint64 iAccount = changes.iAccount(i);
                for (const QString &n : changes.releasedDids(i))
                    letGo(n, iAccount);
            }
        } else if (action == RowAction::Close || changes.has(i, Part::LeftHuntGroups) ||
                   changes.has(i, Part::ReleasedDids)) {
            const PlannedChange ch = changes.at(i);
            if (Status st = releaseAndLeave(c, ch); !st.ok())
                return st;
            if (ch.action == RowAction::Update)
                for (const QString &n : ch.releasedDids)
                    letGo(n, ch.iAccount);
        }
        if (!step())
            return refused(refusal::cancelled());
    }
    if (Status st = releaseBatched(c, released); !st.ok())
        return st;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes.action(i) == RowAction::Close) {
            if (Status st = setFields(changes.at(i), now, true); !st.ok())
                return st;
        }
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes.action(i) != RowAction::Update)
            continue;
        // Built only when the row sets more than its name (most update runs change names).
        if (changes.setsOtherFields(i))
            if (Status st = setFields(changes.at(i), now, false); !st.ok())
                return st;
        if (!step())
            return refused(refusal::cancelled());
    }
    if (withNames)
        if (Status st = writeNames(namesOf(changes, 0, m_statements.native())); !st.ok())
            return st;
    if (Status st = takeBatched(c, taken, movedFrom); !st.ok())
        return st;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes.action(i) != RowAction::Update)
            continue;
        if (changes.has(i, Part::JoinedHuntGroups))
            if (Status st = join(changes.at(i)); !st.ok())
                return st;
        if (!step())
            return refused(refusal::cancelled());
    }
    return {};
}

Status ChangeWriter::addMoreHuntGroups(qint64 c, const QList<PlannedAccount> &accounts)
{
    for (const PlannedAccount &a : accounts) {
        for (const auto &g : a.moreHuntGroups) {
            const Status st = run(
                "more.join",
                QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
                               " SELECT ?, i_extension, ? FROM extension"
                               " WHERE i_customer = ? AND number = ? AND kind = 'extension'"),
                {g.first, g.second, c, a.extension});
            if (!st.ok())
                return st;
        }
    }
    return {};
}

} // namespace ad
