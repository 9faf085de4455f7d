#include "accountwriter.h"

#include "database.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>
#include <vector>

namespace ad {

namespace {

Status cancelled()
{
    return Status::refused(QStringLiteral("cancelled"), QCoreApplication::translate("ad::AccountWriter", "Cancelled — nothing was written."));
}
Status staleDid(const QString &did)
{
    return Status::refused(QStringLiteral("did_in_use"),
                           QCoreApplication::translate("ad::AccountWriter", "DID %1 was assigned by someone else in the meantime; nothing was written.").arg(did));
}
} // namespace

QString AccountWriter::pgTextArray(const QStringList &values, const QList<bool> &nulls)
{
    QString out;
    out.reserve(values.size() * 16 + 2);
    out += QLatin1Char('{');
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        if (!nulls.isEmpty() && nulls.at(i)) {
            out += QLatin1String("NULL");
            continue;
        }
        out += QLatin1Char('"');
        const QString &v = values.at(i);
        for (QChar ch : v) {
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += ch;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

QString AccountWriter::pgIntArray(const QList<qint64> &values)
{
    QString out;
    out.reserve(values.size() * 8 + 2);
    out += QLatin1Char('{');
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(values.at(i));
    }
    out += QLatin1Char('}');
    return out;
}

Status AccountWriter::write(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit, const Progress &progress)
{
    if (m_db.isPostgres())
        return writePostgres(c, accounts, iAudit, progress);
    return writeSqlite(c, accounts, iAudit, progress);
}

namespace {
// Finalizes SQLite statements when leaving scope.
struct Statements {
    std::vector<sqlite3_stmt *> list;
    ~Statements()
    {
        for (sqlite3_stmt *s : list)
            sqlite3_finalize(s);
    }
};
} // namespace

Status AccountWriter::writeSqlite(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit,
                                  const Progress &progress)
{
    // SQLite journals every page a statement touches when the statement may abort (rule
    // triggers, foreign keys), so 100,000 single-row INSERTs cost far more than the rows
    // themselves. Instead: stage the rows in a TEMP table (no constraints, in memory) through the
    // C API on the connection Qt opened (same transaction), then move them with a few
    // set-based INSERT ... SELECT statements in chunks — progress and cancellation between
    // chunks.
    const QVariant handle = m_db.db().driver()->handle();
    sqlite3 *db = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return Status::database(QCoreApplication::translate("ad::AccountWriter", "The SQLite connection handle is not available."));
    auto fail = [&](int rc, const QString &doing) {
        return m_db.statusFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                                         QString::number(rc)),
                               doing);
    };
    Statements stmts;
    auto prepare = [&](const char *text, sqlite3_stmt **out) {
        const int rc = sqlite3_prepare_v2(db, text, -1, out, nullptr);
        if (rc == SQLITE_OK)
            stmts.list.push_back(*out);
        return rc;
    };
    auto execAll = [&](const char *text) { return sqlite3_exec(db, text, nullptr, nullptr, nullptr); };
    int rc = execAll("CREATE TEMP TABLE IF NOT EXISTS ad_stage (seq INTEGER PRIMARY KEY, id TEXT, i_product INTEGER,"
                     " status TEXT, number TEXT, name TEXT, published INTEGER, email TEXT, tz TEXT, hg INTEGER, pos INTEGER);"
                     "CREATE TEMP TABLE IF NOT EXISTS ad_stage_did (number TEXT PRIMARY KEY, seq INTEGER) WITHOUT ROWID;"
                     "DELETE FROM temp.ad_stage; DELETE FROM temp.ad_stage_did;");
    if (rc != SQLITE_OK)
        return fail(rc, QCoreApplication::translate("ad::AccountWriter", "preparing the import"));
    sqlite3_stmt *stage = nullptr, *stageDid = nullptr, *moveAccounts = nullptr, *moveExtensions = nullptr,
                 *moveMembers = nullptr, *assignDids = nullptr;
    if ((rc = prepare("INSERT INTO temp.ad_stage (seq, id, i_product, status, number, name, published, email, tz, hg, pos)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", &stage)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO temp.ad_stage_did (number, seq) VALUES (?1, ?2)", &stageDid)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO account (i_account, id, role, i_customer, i_product, status, blocked, created_at,"
                      " activated_at, i_audit)"
                      " SELECT ?6 + seq, id, 'universal', ?1, i_product, status, 'no', ?2,"
                      "        CASE WHEN status = 'active' THEN ?2 END, ?3"
                      " FROM temp.ad_stage WHERE seq BETWEEN ?4 AND ?5", &moveAccounts)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO extension (i_extension, i_customer, kind, number, name, published, email, time_zone,"
                      " i_account)"
                      " SELECT ?5 + seq, ?1, 'extension', number, name, published, email, tz, ?4 + seq"
                      " FROM temp.ad_stage WHERE seq BETWEEN ?2 AND ?3", &moveExtensions)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
                      " SELECT hg, ?1 + seq, pos FROM temp.ad_stage"
                      " WHERE seq BETWEEN ?2 AND ?3 AND hg IS NOT NULL", &moveMembers)) != SQLITE_OK ||
        (rc = prepare("UPDATE did SET i_account = ?2 + (SELECT sd.seq FROM temp.ad_stage_did sd WHERE sd.number = did.number)"
                      " WHERE i_customer = ?1 AND i_account IS NULL"
                      "   AND number IN (SELECT number FROM temp.ad_stage_did)", &assignDids)) != SQLITE_OK)
        return fail(rc, QCoreApplication::translate("ad::AccountWriter", "preparing the import"));

    // UTF-16 straight from the QString, which outlives the step: no copy on our side.
    auto bindText = [](sqlite3_stmt *st, int i, const QString &v) {
        sqlite3_bind_text16(st, i, v.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(v.utf16()), int(v.size() * 2), SQLITE_STATIC);
    };
    auto run = [](sqlite3_stmt *st) {
        const int r = sqlite3_step(st);
        sqlite3_reset(st);
        return r;
    };
    QElapsedTimer clock;
    clock.start();
    const bool trace = qEnvironmentVariableIsSet("AGREEMENTDESK_TRACE");
    // 1. Stage.
    const int total = accounts.size();
    int didCount = 0;
    for (int i = 0; i < total; ++i) {
        const PlannedAccount &a = accounts.at(i);
        sqlite3_bind_int64(stage, 1, i);
        bindText(stage, 2, a.accountId);
        sqlite3_bind_int64(stage, 3, a.productId);
        sqlite3_bind_text(stage, 4, a.active ? "active" : "inactive", -1, SQLITE_STATIC);
        bindText(stage, 5, a.extension);
        bindText(stage, 6, rules::nonNull(a.name));
        sqlite3_bind_int(stage, 7, a.published ? 1 : 0);
        bindText(stage, 8, rules::nonNull(a.email));
        bindText(stage, 9, a.timeZone);
        if (a.huntGroupId) {
            sqlite3_bind_int64(stage, 10, a.huntGroupId);
            sqlite3_bind_int(stage, 11, a.huntGroupPosition);
        } else {
            sqlite3_bind_null(stage, 10);
            sqlite3_bind_null(stage, 11);
        }
        if ((rc = run(stage)) != SQLITE_DONE)
            return fail(rc, QCoreApplication::translate("ad::AccountWriter", "staging row %1").arg(a.row));
        for (const QString &d : a.dids) {
            bindText(stageDid, 1, d);
            sqlite3_bind_int64(stageDid, 2, i);
            if ((rc = run(stageDid)) != SQLITE_DONE)
                return fail(rc, QCoreApplication::translate("ad::AccountWriter", "staging DID %1").arg(d));
            ++didCount;
        }
    }

    if (trace)
        qInfo("writer: staged %d rows in %lld ms", total, clock.restart());
    // 2. Move in chunks, inside a bulk batch: the per-row rule triggers skip this batch's
    //    accounts and its close checks them all at once (schema version 3).
    const bool batch = iAudit != 0;
    if (batch) {
        Status st = m_db.exec(QStringLiteral("INSERT INTO bulk_batch (i_audit) VALUES (?)"), {iAudit});
        if (!st.ok())
            return st;
    }
    // Keys are given explicitly, following the largest in use: this transaction holds SQLite's
    // write lock, so nobody else can take them, and no lookup by account ID is needed to link
    // extensions, DIDs and hunt group members.
    qint64 baseAccount = 0, baseExtension = 0;
    {
        QSqlQuery q;
        Status st = m_db.exec(QStringLiteral("SELECT (SELECT coalesce(max(i_account), 0) + 1 FROM account),"
                                             " (SELECT coalesce(max(i_extension), 0) + 1 FROM extension)"),
                              {}, &q);
        if (!st.ok())
            return st;
        q.next();
        baseAccount = q.value(0).toLongLong();
        baseExtension = q.value(1).toLongLong();
    }
    const QByteArray now = Database::nowUtc().toUtf8();
    const int chunk = 5000; // progress and cancellation between chunks
    for (int from = 0; from < total; from += chunk) {
        const int to = qMin(total, from + chunk) - 1;
        sqlite3_bind_int64(moveAccounts, 1, c);
        sqlite3_bind_text(moveAccounts, 2, now.constData(), int(now.size()), SQLITE_STATIC);
        if (iAudit)
            sqlite3_bind_int64(moveAccounts, 3, iAudit);
        else
            sqlite3_bind_null(moveAccounts, 3);
        sqlite3_bind_int(moveAccounts, 4, from);
        sqlite3_bind_int(moveAccounts, 5, to);
        sqlite3_bind_int64(moveAccounts, 6, baseAccount);
        if ((rc = run(moveAccounts)) != SQLITE_DONE)
            return fail(rc, QCoreApplication::translate("ad::AccountWriter", "creating accounts"));
        sqlite3_bind_int64(moveExtensions, 1, c);
        sqlite3_bind_int(moveExtensions, 2, from);
        sqlite3_bind_int(moveExtensions, 3, to);
        sqlite3_bind_int64(moveExtensions, 4, baseAccount);
        sqlite3_bind_int64(moveExtensions, 5, baseExtension);
        if ((rc = run(moveExtensions)) != SQLITE_DONE)
            return fail(rc, QCoreApplication::translate("ad::AccountWriter", "creating extensions"));
        sqlite3_bind_int64(moveMembers, 1, baseExtension);
        sqlite3_bind_int(moveMembers, 2, from);
        sqlite3_bind_int(moveMembers, 3, to);
        if ((rc = run(moveMembers)) != SQLITE_DONE)
            return fail(rc, QCoreApplication::translate("ad::AccountWriter", "adding extensions to hunt groups"));
        if (progress && !progress(to + 1, total))
            return cancelled();
    }
    if (trace)
        qInfo("writer: moved %d rows in %lld ms", total, clock.restart());
    if (didCount) {
        sqlite3_bind_int64(assignDids, 1, c);
        sqlite3_bind_int64(assignDids, 2, baseAccount);
        if ((rc = run(assignDids)) != SQLITE_DONE)
            return fail(rc, QCoreApplication::translate("ad::AccountWriter", "assigning DIDs"));
        if (sqlite3_changes(db) != didCount)
            return staleDid(QCoreApplication::translate("ad::AccountWriter", "%n of them", nullptr, didCount - sqlite3_changes(db)));
    }
    if (trace)
        qInfo("writer: assigned %d DIDs in %lld ms", didCount, clock.restart());
    execAll("DELETE FROM temp.ad_stage; DELETE FROM temp.ad_stage_did;");
    if (batch) {
        Status st = m_db.exec(QStringLiteral("DELETE FROM bulk_batch WHERE i_audit = ?"), {iAudit});
        if (trace)
            qInfo("writer: closed the batch in %lld ms", clock.restart());
        return st;
    }
    return {};
}

Status AccountWriter::writePostgres(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit,
                                    const Progress &progress)
{
    const QString now = Database::nowUtc();
    const int total = accounts.size();
    const int chunk = 5000; // progress and cancellation granularity
    for (int start = 0; start < total; start += chunk) {
        const int end = qMin(total, start + chunk);
        QStringList ids, numbers, names, emails, zones, statuses;
        QList<qint64> productIds, published;
        QStringList didNumbers, didAccounts;
        QList<qint64> memberGroups, memberPositions;
        QStringList memberNumbers;
        for (int i = start; i < end; ++i) {
            const PlannedAccount &a = accounts.at(i);
            ids << a.accountId;
            numbers << a.extension;
            names << a.name;
            emails << a.email;
            zones << a.timeZone;
            statuses << (a.active ? QStringLiteral("active") : QStringLiteral("inactive"));
            productIds << a.productId;
            published << (a.published ? 1 : 0);
            for (const QString &d : a.dids) {
                didNumbers << d;
                didAccounts << a.accountId;
            }
            if (a.huntGroupId) {
                memberGroups << a.huntGroupId;
                memberNumbers << a.extension;
                memberPositions << a.huntGroupPosition;
            }
        }
        Status st = m_db.exec(
            QStringLiteral(
                "WITH u AS (SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]),"
                "   CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]))"
                "   AS u(id, i_product, status, number, name, published, email, tz)),"
                " a AS (INSERT INTO account (id, role, i_customer, i_product, status, blocked, created_at,"
                "   activated_at, i_audit)"
                "   SELECT u.id, 'universal', CAST(? AS bigint), u.i_product, u.status, 'no', CAST(? AS text),"
                "     CASE WHEN u.status = 'active' THEN CAST(? AS text) END, CAST(? AS bigint) FROM u"
                "   RETURNING i_account, id)"
                " INSERT INTO extension (i_customer, kind, number, name, published, email, time_zone, i_account)"
                " SELECT CAST(? AS bigint), 'extension', u.number, u.name, u.published, u.email, u.tz, a.i_account"
                "   FROM u JOIN a ON a.id = u.id"),
            {pgTextArray(ids), pgIntArray(productIds), pgTextArray(statuses), pgTextArray(numbers),
             pgTextArray(names), pgIntArray(published), pgTextArray(emails), pgTextArray(zones), c, now, now,
             iAudit ? QVariant(iAudit) : QVariant(QMetaType(QMetaType::LongLong)), c});
        if (!st.ok())
            return st;
        if (!didNumbers.isEmpty()) {
            QSqlQuery q;
            st = m_db.exec(QStringLiteral("UPDATE did SET i_account = a.i_account"
                                          " FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS u(number, id)"
                                          " JOIN account a ON a.id = u.id"
                                          " WHERE did.number = u.number AND did.i_customer = CAST(? AS bigint)"
                                          " AND did.i_account IS NULL"),
                           {pgTextArray(didNumbers), pgTextArray(didAccounts), c}, &q);
            if (!st.ok())
                return st;
            if (q.numRowsAffected() != didNumbers.size())
                return staleDid(didNumbers.join(QStringLiteral(", ")));
        }
        if (!memberGroups.isEmpty()) {
            st = m_db.exec(QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
                                          " SELECT u.hg, e.i_extension, u.pos"
                                          " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS bigint[]))"
                                          "   AS u(hg, number, pos)"
                                          " JOIN extension e ON e.i_customer = CAST(? AS bigint) AND e.number = u.number"),
                           {pgIntArray(memberGroups), pgTextArray(memberNumbers), pgIntArray(memberPositions), c});
            if (!st.ok())
                return st;
        }
        if (progress && !progress(end, total))
            return cancelled();
    }
    return {};
}

} // namespace ad
