// AccountWriter on SQLite: a few set-based INSERT ... SELECT statements per chunk that read the
// planned rows in place (plannedrows.h), inside a bulk batch, with the connection's triggers off
// until finish() assigns the staged DIDs and closes the batch.
#include "storage/accountwriter.h"

#include "domain/logging.h"
#include "storage/accountwritersession.h"
#include "storage/database.h"
#include "storage/plannedrows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ad {

using plannedrows::kPlannedModule;
using plannedrows::kPlannedPointerType;
using plannedrows::PlannedSource;
using plannedrows::Utf8Slice;
using writer::staleDid;

Status AccountWriter::sqliteFailure(int rc, const QString &doing)
{
    return m_db.statusFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(d->db)),
                                     QSqlError::StatementError, QString::number(rc)),
                           doing);
}

namespace {
int run(sqlite3_stmt *st)
{
    const int r = sqlite3_step(st);
    sqlite3_reset(st);
    return r;
}
} // namespace

Status AccountWriter::beginSqlite()
{
    // SQLite journals every page a statement touches when the statement may abort (rule
    // triggers, foreign keys), so 100,000 single-row INSERTs cost far more than the rows
    // themselves. Instead a few set-based INSERT ... SELECT statements per chunk read the planned
    // rows in place from the virtual table ad_planned.
    const QVariant handle = m_db.db().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        d->db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!d->db)
        return Status::database(QCoreApplication::translate(
            "ad::AccountWriter", "The SQLite connection handle is not available."));
    sqlite3 *db = d->db;
    auto prepare = [&](const char *text, sqlite3_stmt **out) {
        const int rc = sqlite3_prepare_v2(db, text, -1, out, nullptr);
        if (rc == SQLITE_OK)
            d->stmts.list.push_back(*out);
        return rc;
    };
    // Registering replaces an earlier registration of the same (stateless) module.
    int rc = sqlite3_create_module_v2(db, "ad_planned", &kPlannedModule, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db,
                          "CREATE TEMP TABLE IF NOT EXISTS ad_stage_did (number TEXT PRIMARY KEY, "
                          "seq INTEGER) WITHOUT ROWID;"
                          "DELETE FROM temp.ad_stage_did;",
                          nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(
            rc, QCoreApplication::translate("ad::AccountWriter", "preparing the import"));
    // Inside a bulk batch (schema version 3): the per-row rule triggers skip this batch's
    // accounts and its close checks them all at once. Naming the customer (version 9) lets the
    // close probe indexes per product instead of sorting every account of the batch.
    if (d->iAudit) {
        Status st =
            m_db.exec(QStringLiteral("INSERT INTO bulk_batch (i_audit, i_customer) VALUES (?, ?)"),
                      {d->iAudit, d->c});
        if (!st.ok())
            return st;
    }
    // Keys are given explicitly, following the largest in use: this transaction holds SQLite's
    // write lock, so nobody else can take them, and no lookup by account ID is needed to link
    // extensions, DIDs and hunt group members.
    {
        QSqlQuery q;
        Status st =
            m_db.exec(QStringLiteral("SELECT (SELECT coalesce(max(i_account), 0) + 1 FROM account),"
                                     " (SELECT coalesce(max(i_extension), 0) + 1 FROM extension)"),
                      {}, &q);
        if (!st.ok())
            return st;
        q.next();
        d->baseAccount = q.value(0).toLongLong();
        d->baseExtension = q.value(1).toLongLong();
    }
    d->now = Database::nowUtc().toUtf8();
    // While the batch's rows are inserted, triggers are switched off on this connection: the
    // per-row rule triggers on account and extension would only find out that the row belongs to
    // the batch, 200,000 times for 100,000 rows; no other trigger fires on these inserts. SQLite
    // compiles triggers into a statement (one prepared with them and run without them would be
    // prepared again), so they stay off until finish(), which switches them back on before the
    // DID assignment and the batch's close, which need theirs. Between add() calls nothing else
    // may write through this connection.
    if (d->iAudit)
        d->triggersOff.emplace(db);
    if ((rc = prepare("INSERT INTO temp.ad_stage_did (number, seq) VALUES (?1, ?2)",
                      &d->stageDid)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO account (i_account, id, role, i_customer, i_product, status, "
                      "blocked, created_at,"
                      " activated_at, i_audit)"
                      " SELECT ?6 + seq, id, 'universal', ?1, i_product, status, 'no', ?2,"
                      "        CASE WHEN status = 'active' THEN ?2 END, ?3"
                      " FROM ad_planned(?7)",
                      &d->moveAccounts)) != SQLITE_OK ||
        (rc = prepare(
             "INSERT INTO extension (i_extension, i_customer, kind, number, name, published, "
             "email, time_zone,"
             " i_account)"
             " SELECT ?5 + seq, ?1, 'extension', number, name, published, email, tz, ?4 + seq"
             " FROM ad_planned(?6)",
             &d->moveExtensions)) != SQLITE_OK ||
        (rc = prepare("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
                      " SELECT hg, ?1 + seq, pos FROM ad_planned(?2) WHERE hg IS NOT NULL",
                      &d->moveMembers)) != SQLITE_OK)
        return sqliteFailure(
            rc, QCoreApplication::translate("ad::AccountWriter", "preparing the import"));
    return {};
}

Status AccountWriter::addSqlite(const QList<PlannedAccount> &accounts, int from, int to,
                                const Utf8Slice *text)
{
    Session &s = *d;
    QElapsedTimer part;
    part.start();
    int rc = SQLITE_OK;
    // The DIDs are staged (a fifth of the rows at most) and assigned at once by finish().
    for (int i = from; i < to; ++i) {
        for (const QString &did : accounts.at(i).dids) {
            sqlite3_bind_text16(s.stageDid, 1, did.utf16(), int(did.size() * 2), SQLITE_STATIC);
            sqlite3_bind_int64(s.stageDid, 2, s.written + (i - from));
            if ((rc = run(s.stageDid)) != SQLITE_DONE)
                return sqliteFailure(
                    rc,
                    QCoreApplication::translate("ad::AccountWriter", "staging DID %1").arg(did));
            ++s.didCount;
        }
    }
    s.spent[3] += part.nsecsElapsed();
    // ad_planned numbers the rows by their index in `accounts`; the keys continue after the
    // rows written before.
    PlannedSource source;
    source.rows = &accounts;
    source.from = from;
    source.to = to - 1;
    Utf8Slice utf8;
    if (!text) {
        utf8.fill(accounts, from, to);
        text = &utf8;
    }
    source.utf8 = text;
    const qint64 shift = s.written - from;
    sqlite3_bind_int64(s.moveAccounts, 1, s.c);
    sqlite3_bind_text(s.moveAccounts, 2, s.now.constData(), int(s.now.size()), SQLITE_STATIC);
    if (s.iAudit)
        sqlite3_bind_int64(s.moveAccounts, 3, s.iAudit);
    else
        sqlite3_bind_null(s.moveAccounts, 3);
    sqlite3_bind_int64(s.moveAccounts, 6, s.baseAccount + shift);
    sqlite3_bind_pointer(s.moveAccounts, 7, &source, kPlannedPointerType, nullptr);
    part.restart();
    if ((rc = run(s.moveAccounts)) != SQLITE_DONE)
        return sqliteFailure(rc,
                             QCoreApplication::translate("ad::AccountWriter", "creating accounts"));
    s.spent[0] += part.nsecsElapsed();
    part.restart();
    sqlite3_bind_int64(s.moveExtensions, 1, s.c);
    sqlite3_bind_int64(s.moveExtensions, 4, s.baseAccount + shift);
    sqlite3_bind_int64(s.moveExtensions, 5, s.baseExtension + shift);
    sqlite3_bind_pointer(s.moveExtensions, 6, &source, kPlannedPointerType, nullptr);
    if ((rc = run(s.moveExtensions)) != SQLITE_DONE) {
        // The extension's one key (schema 10): its account with the extension's customer and the
        // account ID its number calls for. Triggers are off here; the key holds regardless.
        if (sqlite3_extended_errcode(s.db) == SQLITE_CONSTRAINT_FOREIGNKEY)
            return Status::refused(
                QStringLiteral("account_id_invalid"),
                QCoreApplication::translate(
                    "ad::AccountWriter",
                    "An extension's account does not match it: an extension's account is "
                    "ph{customer}x{number} of the extension's own customer. Nothing was written."));
        return sqliteFailure(
            rc, QCoreApplication::translate("ad::AccountWriter", "creating extensions"));
    }
    s.spent[1] += part.nsecsElapsed();
    part.restart();
    sqlite3_bind_int64(s.moveMembers, 1, s.baseExtension + shift);
    sqlite3_bind_pointer(s.moveMembers, 2, &source, kPlannedPointerType, nullptr);
    if ((rc = run(s.moveMembers)) != SQLITE_DONE)
        return sqliteFailure(rc, QCoreApplication::translate("ad::AccountWriter",
                                                             "adding extensions to hunt groups"));
    s.spent[2] += part.nsecsElapsed();
    s.written += to - from;
    return {};
}

Status AccountWriter::finishSqlite()
{
    Session &s = *d;
    s.triggersOff.reset();
    QElapsedTimer part;
    part.start();
    int rc = SQLITE_OK;
    if (s.didCount) {
        if ((rc = sqlite3_prepare_v2(
                 s.db,
                 "UPDATE did SET i_account = ?2 + (SELECT sd.seq FROM temp.ad_stage_did sd"
                 "                                 WHERE sd.number = did.number)"
                 " WHERE i_customer = ?1 AND i_account IS NULL"
                 "   AND number IN (SELECT number FROM temp.ad_stage_did)",
                 -1, &s.assignDids, nullptr)) != SQLITE_OK)
            return sqliteFailure(
                rc, QCoreApplication::translate("ad::AccountWriter", "preparing the import"));
        s.stmts.list.push_back(s.assignDids);
        sqlite3_bind_int64(s.assignDids, 1, s.c);
        sqlite3_bind_int64(s.assignDids, 2, s.baseAccount);
        if ((rc = run(s.assignDids)) != SQLITE_DONE)
            return sqliteFailure(
                rc, QCoreApplication::translate("ad::AccountWriter", "assigning DIDs"));
        if (sqlite3_changes(s.db) != s.didCount)
            return staleDid(QCoreApplication::translate("ad::AccountWriter", "%n of them", nullptr,
                                                        s.didCount - sqlite3_changes(s.db)));
    }
    sqlite3_exec(s.db, "DELETE FROM temp.ad_stage_did;", nullptr, nullptr, nullptr);
    s.spent[3] += part.nsecsElapsed();
    if (s.iAudit) {
        part.restart();
        Status st =
            m_db.exec(QStringLiteral("DELETE FROM bulk_batch WHERE i_audit = ?"), {s.iAudit});
        qCInfo(lcStorage, "writer: closed the batch in %lld ms", part.elapsed());
        return st;
    }
    return {};
}

} // namespace ad
