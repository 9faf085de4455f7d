#include "storage/accountwriter.h"

#include "domain/logging.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <cstring>
#include <new>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace ad {

namespace {

Status cancelled()
{
    return refused(refusal::cancelled());
}
Status staleDid(const QString &did)
{
    return Status::refused(
        QStringLiteral("did_in_use"),
        QCoreApplication::translate(
            "ad::AccountWriter",
            "DID %1 was assigned by someone else in the meantime; nothing was written.")
            .arg(did));
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

// The planned rows as a read-only, eponymous SQLite virtual table, ad_planned(pointer): the
// set-based INSERT ... SELECT statements read the rows [from, to] straight from the plan, so no
// staging table is written and read back. The pointer is bound with sqlite3_bind_pointer, so
// SQL text cannot forge it.
// The text columns of the rows [from, to), converted to UTF-8 (the database's encoding) once per
// slice into one buffer, each value followed by a NUL: SQLite then takes them as they are,
// without translating UTF-16 and without copying a value to terminate it for the CHECK
// constraints and the index on lower(name) that read it as C text.
enum TextField { TextId, TextNumber, TextName, TextEmail, TextZone, TextFieldCount };
struct Utf8Slice {
    QByteArray buffer;
    std::vector<int> offsets; // TextFieldCount + 1 per row: where each value starts, then the end
    bool embeddedNul = false; // a value holds U+0000: lengths must be given, not found by strlen

    void fill(const QList<PlannedAccount> &rows, int from, int to)
    {
        qsizetype chars = 0;
        for (int i = from; i < to; ++i) {
            const PlannedAccount &a = rows.at(i);
            chars += a.accountId.size() + a.extension.size() + a.name.size() + a.email.size() +
                     a.timeZone.size() + TextFieldCount;
        }
        QStringEncoder encoder(QStringEncoder::Utf8);
        buffer.resize(encoder.requiredSpace(chars));
        offsets.assign(size_t(to - from) * (TextFieldCount + 1), 0);
        char *const begin = buffer.data();
        char *out = begin;
        int *offset = offsets.data();
        for (int i = from; i < to; ++i) {
            const PlannedAccount &a = rows.at(i);
            for (const QString *text :
                 {&a.accountId, &a.extension, &a.name, &a.email, &a.timeZone}) {
                *offset++ = int(out - begin);
                char *const start = out;
                out = encoder.appendToBuffer(out, *text);
                if (memchr(start, 0, size_t(out - start)))
                    embeddedNul = true;
                *out++ = '\0';
            }
            *offset++ = int(out - begin);
        }
    }
};

struct PlannedSource {
    const QList<PlannedAccount> *rows = nullptr;
    int from = 0;
    int to = -1; // inclusive
    const Utf8Slice *utf8 = nullptr;
};
constexpr const char *kPlannedPointerType = "ad_planned_rows";
enum PlannedColumn {
    ColSeq,
    ColId,
    ColProduct,
    ColStatus,
    ColNumber,
    ColName,
    ColPublished,
    ColEmail,
    ColZone,
    ColGroup,
    ColPosition,
    ColSource
};

struct PlannedCursor {
    sqlite3_vtab_cursor base;
    const PlannedSource *source = nullptr;
    int i = 0;
    int end = 0;
};

int plannedConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(seq INTEGER, id TEXT, i_product INTEGER, status TEXT,"
            " number TEXT, name TEXT, published INTEGER, email TEXT, tz TEXT,"
            " hg INTEGER, pos INTEGER, source HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!vtab)
        return SQLITE_NOMEM;
    memset(vtab, 0, sizeof(*vtab));
    *out = vtab;
    return SQLITE_OK;
}
int plannedDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}
int plannedBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    // The source pointer is mandatory: without it the table is empty.
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == ColSource && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1000;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0;
    info->estimatedCost = 1e12;
    return SQLITE_OK;
}
int plannedOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *cursor = new (std::nothrow) PlannedCursor();
    if (!cursor)
        return SQLITE_NOMEM;
    *out = &cursor->base;
    return SQLITE_OK;
}
int plannedClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<PlannedCursor *>(cursor);
    return SQLITE_OK;
}
int plannedFilter(sqlite3_vtab_cursor *base, int idxNum, const char *, int argc,
                  sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    cursor->source = idxNum == 1 && argc == 1
                         ? static_cast<const PlannedSource *>(
                               sqlite3_value_pointer(argv[0], kPlannedPointerType))
                         : nullptr;
    if (!cursor->source || !cursor->source->rows || !cursor->source->utf8) {
        cursor->i = cursor->end = 0;
        return SQLITE_OK;
    }
    cursor->i = qMax(0, cursor->source->from);
    cursor->end = qMin(int(cursor->source->rows->size()), cursor->source->to + 1);
    return SQLITE_OK;
}
int plannedNext(sqlite3_vtab_cursor *base)
{
    ++reinterpret_cast<PlannedCursor *>(base)->i;
    return SQLITE_OK;
}
int plannedEof(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    return cursor->i >= cursor->end;
}
void resultText(sqlite3_context *ctx, const PlannedCursor &cursor, TextField field)
{
    // Static: the slice's buffer outlives the statement step that reads it. A length of -1 tells
    // SQLite the value is NUL-terminated.
    const Utf8Slice &utf8 = *cursor.source->utf8;
    const int *row =
        utf8.offsets.data() + size_t(cursor.i - cursor.source->from) * (TextFieldCount + 1);
    const int length = row[field + 1] - row[field] - 1;
    sqlite3_result_text(ctx, utf8.buffer.constData() + row[field], utf8.embeddedNul ? length : -1,
                        SQLITE_STATIC);
}

int plannedColumn(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    const PlannedAccount &a = cursor->source->rows->at(cursor->i);
    switch (column) {
    case ColSeq:
        sqlite3_result_int64(ctx, cursor->i);
        break;
    case ColId:
        resultText(ctx, *cursor, TextId);
        break;
    case ColProduct:
        sqlite3_result_int64(ctx, a.productId);
        break;
    case ColStatus:
        sqlite3_result_text(ctx, a.active ? "active" : "inactive", -1, SQLITE_STATIC);
        break;
    case ColNumber:
        resultText(ctx, *cursor, TextNumber);
        break;
    case ColName:
        resultText(ctx, *cursor, TextName);
        break;
    case ColPublished:
        sqlite3_result_int(ctx, a.published ? 1 : 0);
        break;
    case ColEmail:
        resultText(ctx, *cursor, TextEmail);
        break;
    case ColZone:
        resultText(ctx, *cursor, TextZone);
        break;
    case ColGroup:
        if (a.huntGroupId)
            sqlite3_result_int64(ctx, a.huntGroupId);
        else
            sqlite3_result_null(ctx);
        break;
    case ColPosition:
        if (a.huntGroupId)
            sqlite3_result_int(ctx, a.huntGroupPosition);
        else
            sqlite3_result_null(ctx);
        break;
    default:
        sqlite3_result_null(ctx);
        break;
    }
    return SQLITE_OK;
}
int plannedRowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<PlannedCursor *>(base)->i;
    return SQLITE_OK;
}

const sqlite3_module kPlannedModule = {
    /* iVersion */ 0,
    /* xCreate */ nullptr, // eponymous only: usable as ad_planned(?) without CREATE VIRTUAL TABLE
    /* xConnect */ plannedConnect,
    /* xBestIndex */ plannedBestIndex,
    /* xDisconnect */ plannedDisconnect,
    /* xDestroy */ nullptr,
    /* xOpen */ plannedOpen,
    /* xClose */ plannedClose,
    /* xFilter */ plannedFilter,
    /* xNext */ plannedNext,
    /* xEof */ plannedEof,
    /* xColumn */ plannedColumn,
    /* xRowid */ plannedRowid,
    /* xUpdate */ nullptr,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

// Prepares statements with the connection's triggers switched off, and switches them back on.
struct TriggersOff {
    sqlite3 *db;
    int before = 1;
    explicit TriggersOff(sqlite3 *d) : db(d)
    {
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1,
                          &before); // -1: only read the setting
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
    ~TriggersOff() { sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, before, nullptr); }
};
} // namespace

// One import's writing state: begin() ... add() ... finish(), inside the caller's transaction.
struct AccountWriter::Session {
    qint64 c = 0;
    qint64 iAudit = 0;
    int written = 0;  // accounts written so far: the next one's sequence number
    int didCount = 0; // DIDs staged so far (SQLite)
    qint64 spent[4] = {0, 0, 0,
                       0}; // for the agreementdesk.storage log: accounts, extensions, members, DIDs
    // PostgreSQL
    QString nowText;
    // SQLite
    sqlite3 *db = nullptr;
    Statements stmts;
    sqlite3_stmt *stageDid = nullptr, *moveAccounts = nullptr, *moveExtensions = nullptr,
                 *moveMembers = nullptr, *assignDids = nullptr;
    qint64 baseAccount = 0, baseExtension = 0;
    QByteArray now;
    std::optional<TriggersOff> triggersOff;
};

AccountWriter::AccountWriter(Database &db) : m_db(db) {}
AccountWriter::~AccountWriter() = default;

Status AccountWriter::write(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit,
                            const Progress &progress)
{
    Status st = begin(c, iAudit);
    if (!st.ok())
        return st;
    // Progress and cancellation between chunks; PostgreSQL pays a round trip per chunk.
    const int chunk = m_db.isPostgres() ? 10000 : 5000;
    const int total = accounts.size();
    for (int from = 0; from < total; from += chunk) {
        const int to = qMin(total, from + chunk);
        st = add(accounts, from, to);
        if (!st.ok())
            return st;
        if (progress && !progress(to, total)) {
            d.reset();
            return cancelled();
        }
    }
    return finish();
}

Status AccountWriter::begin(qint64 c, qint64 iAudit)
{
    d = std::make_unique<Session>();
    d->c = c;
    d->iAudit = iAudit;
    if (m_db.isPostgres()) {
        d->nowText = Database::nowUtc();
        return {};
    }
    return beginSqlite();
}

Status AccountWriter::add(const QList<PlannedAccount> &accounts, int from, int to)
{
    if (!d)
        return Status::database(QStringLiteral("AccountWriter::add without begin"));
    from = qMax(0, from);
    to = qMin(int(accounts.size()), to);
    if (from >= to)
        return {};
    return m_db.isPostgres() ? addPostgres(accounts, from, to) : addSqlite(accounts, from, to);
}

Status AccountWriter::finish()
{
    if (!d)
        return Status::database(QStringLiteral("AccountWriter::finish without begin"));
    Status st = m_db.isPostgres() ? Status() : finishSqlite();
    qCInfo(lcStorage,
           "writer: %d rows: accounts %lld ms, extensions %lld ms, hunt group members %lld ms, "
           "DIDs %lld ms",
           d->written, d->spent[0] / 1000000, d->spent[1] / 1000000, d->spent[2] / 1000000,
           d->spent[3] / 1000000);
    d.reset();
    return st;
}

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
    // accounts and its close checks them all at once.
    if (d->iAudit) {
        Status st =
            m_db.exec(QStringLiteral("INSERT INTO bulk_batch (i_audit) VALUES (?)"), {d->iAudit});
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

Status AccountWriter::addSqlite(const QList<PlannedAccount> &accounts, int from, int to)
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
    utf8.fill(accounts, from, to);
    source.utf8 = &utf8;
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
    if ((rc = run(s.moveExtensions)) != SQLITE_DONE)
        return sqliteFailure(
            rc, QCoreApplication::translate("ad::AccountWriter", "creating extensions"));
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

Status AccountWriter::addPostgres(const QList<PlannedAccount> &accounts, int from, int to)
{
    // One statement per call: the rows arrive as arrays, take their keys from the identity
    // sequences in a materialised CTE, and the account, extension, hunt group member and DID
    // changes are data-modifying CTEs that share those keys — no lookup by account ID or number,
    // no RETURNING joins, one round trip. Foreign keys and the statement-level rule triggers run
    // at the end of the statement and see all of its rows.
    Session &s = *d;
    QElapsedTimer part;
    part.start();
    QStringList ids, numbers, names, emails, zones, statuses, didNumbers;
    QList<qint64> productIds, published, groups, positions, didRows;
    for (int i = from; i < to; ++i) {
        const PlannedAccount &a = accounts.at(i);
        ids << a.accountId;
        numbers << a.extension;
        names << rules::nonNull(a.name);
        emails << rules::nonNull(a.email);
        zones << a.timeZone;
        statuses << (a.active ? QStringLiteral("active") : QStringLiteral("inactive"));
        productIds << a.productId;
        published << (a.published ? 1 : 0);
        groups << a.huntGroupId;
        positions << a.huntGroupPosition;
        for (const QString &did : a.dids) {
            didNumbers << did;
            didRows << (i - from + 1); // the row's ordinality in this statement
        }
    }
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral(
            "WITH u AS MATERIALIZED ("
            "   SELECT nextval(CAST((SELECT pg_get_serial_sequence('account', 'i_account')) AS "
            "regclass)) AS ia,"
            "          nextval(CAST((SELECT pg_get_serial_sequence('extension', 'i_extension')) AS "
            "regclass)) AS ie, u.*"
            "   FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS "
            "text[]),"
            "               CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS "
            "text[]),"
            "               CAST(? AS bigint[]), CAST(? AS integer[]))"
            "        WITH ORDINALITY AS u(id, i_product, status, number, name, published, email, "
            "tz, hg, pos, ord)),"
            " a AS (INSERT INTO account (i_account, id, role, i_customer, i_product, status, "
            "blocked, created_at,"
            "   activated_at, i_audit)"
            "   SELECT ia, id, 'universal', CAST(? AS bigint), i_product, status, 'no', CAST(? AS "
            "text),"
            "     CASE WHEN status = 'active' THEN CAST(? AS text) END, CAST(? AS bigint) FROM u),"
            " e AS (INSERT INTO extension (i_extension, i_customer, kind, number, name, published, "
            "email, time_zone,"
            "   i_account)"
            "   SELECT ie, CAST(? AS bigint), 'extension', number, name, published, email, tz, ia "
            "FROM u),"
            " m AS (INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
            "   SELECT hg, ie, pos FROM u WHERE hg <> 0),"
            " d AS (UPDATE did SET i_account = u.ia"
            "   FROM unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS x(number, ord) JOIN u ON "
            "u.ord = x.ord"
            "   WHERE did.number = x.number AND did.i_customer = CAST(? AS bigint) AND "
            "did.i_account IS NULL"
            "   RETURNING 1)"
            " SELECT count(*) FROM d"),
        {pgTextArray(ids), pgIntArray(productIds), pgTextArray(statuses), pgTextArray(numbers),
         pgTextArray(names), pgIntArray(published), pgTextArray(emails), pgTextArray(zones),
         pgIntArray(groups), pgIntArray(positions), s.c, s.nowText, s.nowText,
         s.iAudit ? QVariant(s.iAudit) : QVariant(QMetaType(QMetaType::LongLong)), s.c,
         pgTextArray(didNumbers), pgIntArray(didRows), s.c},
        &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return m_db.statusFrom(
            q.lastError(), QCoreApplication::translate("ad::AccountWriter", "creating accounts"));
    const qint64 assigned = q.value(0).toLongLong();
    if (assigned != didNumbers.size())
        return staleDid(QCoreApplication::translate("ad::AccountWriter", "%n of them", nullptr,
                                                    int(didNumbers.size() - assigned)));
    s.written += to - from;
    s.spent[0] += part.nsecsElapsed();
    return {};
}

} // namespace ad
