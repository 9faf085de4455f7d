// AccountWriter on PostgreSQL: one statement per chunk, the rows bound as arrays (the literals
// of pgTextArray() and pgIntArray()) and expanded with unnest().
#include "storage/accountwriter.h"

#include "domain/rules.h"
#include "storage/accountwritersession.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace ad {

using writer::staleDid;

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
