#include "services/auditlog.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "storage/database.h"
#include "storage/preparedstatements.h"
#include "storage/valuerows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ad {

AuditLog::AuditLog(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor))
{
    if (m_actor.user.isEmpty())
        m_actor.user = Actor::osLogin();
}

Status AuditLog::write(qint64 c, const QString &action, const QString &object,
                       const QString &oldValue, const QString &newValue, qint64 *id)
{
    return insert(0, c, action, object, oldValue, newValue, id);
}

Status AuditLog::reserve(qint64 *id)
{
    // The key: PostgreSQL takes the identity's next value; SQLite, whose writer holds the file's
    // write lock for the whole transaction, the next row id.
    QSqlQuery q;
    Status st =
        m_db.exec(m_db.isPostgres()
                      ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit', 'i_audit'))")
                      : QStringLiteral("SELECT coalesce(max(i_audit), 0) + 1 FROM audit"),
                  {}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return Status::database(QStringLiteral("audit: no key could be reserved"));
    *id = q.value(0).toLongLong();
    // The rows written before the entry point to it: their references are checked at COMMIT
    // (schema version 6: SQLite declares account.i_audit DEFERRABLE INITIALLY DEFERRED,
    // PostgreSQL's account_i_audit_fkey is deferrable).
    if (!m_db.isPostgres())
        return {};
    return m_db.exec(QStringLiteral("SET CONSTRAINTS account_i_audit_fkey DEFERRED"));
}

Status AuditLog::writeReserved(qint64 id, qint64 c, const QString &action, const QString &object,
                               const QString &oldValue, const QString &newValue)
{
    return insert(id, c, action, object, oldValue, newValue, nullptr);
}

Status AuditLog::insert(qint64 presetId, qint64 c, const QString &action, const QString &object,
                        const QString &oldValue, const QString &newValue, qint64 *id)
{
    if (!rules::isValidDeskLabel(m_actor.user)) {
        const Problem p = refusal::deskLabelInvalid(m_actor.user);
        return Status::usage(p.code, p.message, p.field);
    }
    if (m_db.schemaVersion() > 0 && m_db.schemaVersion() < 6) {
        // A database opened at an older schema version (tests of the in-place upgrade): who
        // carries the self-care marker, as it did then.
        return m_db.insert(
            QStringLiteral(
                "INSERT INTO audit (at, who, i_customer, action, object, old_value, new_value)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {Database::nowUtc(),
             m_actor.user + (m_actor.asCustomer ? QStringLiteral(" (as customer)") : QString()),
             c > 0 ? QVariant(c) : QVariant(QMetaType(QMetaType::LongLong)), action,
             rules::nonNull(object), rules::nonNull(oldValue), rules::nonNull(newValue)},
            QStringLiteral("i_audit"), id);
    }
    // On PostgreSQL the database puts session_user into who (trigger audit_who) whatever is sent.
    QVariantList values{Database::nowUtc(),
                        m_actor.user,
                        m_actor.user,
                        m_actor.asCustomer ? QStringLiteral("customer") : QStringLiteral("admin"),
                        c > 0 ? QVariant(c) : QVariant(QMetaType(QMetaType::LongLong)),
                        action,
                        rules::nonNull(object),
                        rules::nonNull(oldValue),
                        rules::nonNull(newValue)};
    if (presetId > 0) {
        values.prepend(presetId);
        return m_db.exec(QStringLiteral("INSERT INTO audit (i_audit, at, who, desk_label, via, "
                                        "i_customer, action, object, old_value, new_value)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values);
    }
    return m_db.insert(QStringLiteral("INSERT INTO audit (at, who, desk_label, via, i_customer, "
                                      "action, object, old_value, new_value)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       values, QStringLiteral("i_audit"), id);
}

bool AuditLog::writesManyAtOnce() const
{
    // Not when the desk label is refused or an older schema has other columns: then one by one.
    return rules::isValidDeskLabel(m_actor.user) &&
           !(m_db.schemaVersion() > 0 && m_db.schemaVersion() < 6);
}

QVariantList AuditLog::sharedValues(qint64 c) const
{
    // What every entry of a batch shares (when, who, via, the customer), bound once.
    const QString via = m_actor.asCustomer ? QStringLiteral("customer") : QStringLiteral("admin");
    return {Database::nowUtc(), m_actor.user, m_actor.user, via,
            c > 0 ? QVariant(c) : QVariant(QMetaType(QMetaType::LongLong))};
}

const QString &AuditLog::manyRowsSql()
{
    // SQLite: one INSERT for all the entries, read in order from the ad_values virtual table
    // (ValueRows), so they get their ids in the order given.
    static const QString sql =
        QStringLiteral("INSERT INTO audit (at, who, desk_label, via, i_customer, action, object,"
                       " old_value, new_value) SELECT ?2, ?3, ?4, ?5, ?6, v.t1, v.t2, v.t3, v.t4"
                       " FROM ad_values(?1) AS v");
    return sql;
}

Status AuditLog::writeManyUtf8(qint64 c, const QList<Utf8Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    PreparedStatements statements(m_db);
    if (!statements.native() || !writesManyAtOnce()) {
        QList<Entry> texts;
        texts.reserve(entries.size());
        const auto text = [](QByteArrayView utf8) {
            return utf8.isNull() ? QString() : QString::fromUtf8(utf8);
        };
        for (const Utf8Entry &e : entries)
            texts.append({text(e.action), text(e.object), text(e.oldValue), text(e.newValue)});
        return writeMany(c, texts);
    }
    ValueRows rows;
    for (const Utf8Entry &e : entries)
        rows.addUtf8(0, 0, {e.action, e.object, e.oldValue, e.newValue});
    return statements.runRows("rows", manyRowsSql(), rows, sharedValues(c));
}

Status AuditLog::writeMany(qint64 c, const QList<Entry> &entries)
{
    if (!writesManyAtOnce()) {
        // The refusal, or an older schema's columns: one by one, as write() does.
        for (const Entry &e : entries)
            if (Status st = write(c, e.action, e.object, e.oldValue, e.newValue); !st.ok())
                return st;
        return {};
    }
    // Rows per statement; what every entry shares (when, who, via, the customer) is bound once
    // per statement. PostgreSQL takes long batches (one round trip each). On SQLite the values
    // are bound through the sqlite3 API (PreparedStatements): Qt's driver, used before, cost
    // more per bound value than SQLite's insert of it and grew with the statement's values.
    const qsizetype kChunk = 100;
    const QVariantList shared = sharedValues(c);
    // One statement prepared for a whole batch and re-run (parsing a statement of hundreds of
    // values costs more than running it), another for the last, shorter one.
    PreparedStatements statements(m_db);
    if (statements.native()) {
        if (entries.isEmpty())
            return {};
        ValueRows rows;
        for (const Entry &e : entries)
            rows.add(0, 0, {e.action, e.object, e.oldValue, e.newValue});
        return statements.runRows("rows", manyRowsSql(), rows, shared);
    }
    QVariantList values;
    for (qsizetype from = 0; from < entries.size(); from += kChunk) {
        const qsizetype n = qMin<qsizetype>(kChunk, entries.size() - from);
        QStringList rows;
        for (qsizetype i = 0; i < n; ++i)
            rows << QStringLiteral("(?, ?, ?, ?)");
        values = shared;
        for (qsizetype i = from; i < from + n; ++i) {
            const Entry &e = entries.at(i);
            values << e.action << rules::nonNull(e.object) << rules::nonNull(e.oldValue)
                   << rules::nonNull(e.newValue);
        }
        const Status st =
            statements.run(n == kChunk ? QByteArrayLiteral("full") : QByteArrayLiteral("last"),
                           QStringLiteral("INSERT INTO audit (at, who, desk_label, via, "
                                          "i_customer, action, object, old_value, new_value) "
                                          "SELECT CAST(? AS TEXT), CAST(? AS TEXT), "
                                          "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), "
                                          "v.column1, v.column2, v.column3, v.column4 "
                                          "FROM (VALUES ") +
                               rows.join(QStringLiteral(", ")) + QStringLiteral(") AS v"),
                           values);
        if (!st.ok())
            return st;
    }
    return {};
}

} // namespace ad
