#include "accountwriter.h"

#include "database.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ad {

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1) { return QCoreApplication::translate("ad::AccountWriter", s, c, n); }

Status cancelled()
{
    return Status::refused(QStringLiteral("cancelled"), tr("Cancelled — nothing was written."));
}
Status staleDid(const QString &did)
{
    return Status::refused(QStringLiteral("did_in_use"),
                           tr("DID %1 was assigned by someone else in the meantime; nothing was written.").arg(did));
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

Status AccountWriter::writeSqlite(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit,
                                  const Progress &progress)
{
    QSqlDatabase &db = m_db.db();
    const QString now = Database::nowUtc();
    QSqlQuery insAccount(db), insExt(db), setDid(db), addMember(db);
    const bool prepared =
        insAccount.prepare(QStringLiteral("INSERT INTO account (id, role, i_customer, i_product, status, blocked,"
                                          " created_at, activated_at, i_audit)"
                                          " VALUES (?, 'universal', ?, ?, ?, 'no', ?, ?, ?)")) &&
        insExt.prepare(QStringLiteral("INSERT INTO extension (i_customer, kind, number, name, published, email,"
                                      " time_zone, i_account) VALUES (?, 'extension', ?, ?, ?, ?, ?, ?)")) &&
        setDid.prepare(QStringLiteral("UPDATE did SET i_account = ? WHERE number = ? AND i_customer = ?"
                                      " AND i_account IS NULL")) &&
        addMember.prepare(QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position)"
                                         " VALUES (?, ?, ?)"));
    if (!prepared)
        return m_db.statusFrom(insAccount.lastError().isValid() ? insAccount.lastError() : insExt.lastError(),
                               tr("preparing the import"));
    const int total = accounts.size();
    const int step = qMax(1, qMin(2000, total / 100));
    for (int i = 0; i < total; ++i) {
        const PlannedAccount &a = accounts.at(i);
        insAccount.bindValue(0, a.accountId);
        insAccount.bindValue(1, c);
        insAccount.bindValue(2, a.productId);
        insAccount.bindValue(3, a.active ? QStringLiteral("active") : QStringLiteral("inactive"));
        insAccount.bindValue(4, now);
        insAccount.bindValue(5, a.active ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
        insAccount.bindValue(6, iAudit ? QVariant(iAudit) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!insAccount.exec())
            return m_db.statusFrom(insAccount.lastError(), tr("creating account %1").arg(a.accountId));
        const qint64 iAccount = insAccount.lastInsertId().toLongLong();
        insExt.bindValue(0, c);
        insExt.bindValue(1, a.extension);
        insExt.bindValue(2, rules::nonNull(a.name));
        insExt.bindValue(3, a.published ? 1 : 0);
        insExt.bindValue(4, rules::nonNull(a.email));
        insExt.bindValue(5, a.timeZone);
        insExt.bindValue(6, iAccount);
        if (!insExt.exec())
            return m_db.statusFrom(insExt.lastError(), tr("creating extension %1").arg(a.extension));
        const qint64 iExtension = insExt.lastInsertId().toLongLong();
        for (const QString &did : a.dids) {
            setDid.bindValue(0, iAccount);
            setDid.bindValue(1, did);
            setDid.bindValue(2, c);
            if (!setDid.exec())
                return m_db.statusFrom(setDid.lastError(), tr("assigning DID %1").arg(did));
            if (setDid.numRowsAffected() != 1)
                return staleDid(did);
        }
        if (a.huntGroupId) {
            addMember.bindValue(0, a.huntGroupId);
            addMember.bindValue(1, iExtension);
            addMember.bindValue(2, a.huntGroupPosition);
            if (!addMember.exec())
                return m_db.statusFrom(addMember.lastError(), tr("adding %1 to a hunt group").arg(a.extension));
        }
        if (progress && ((i + 1) % step == 0 || i + 1 == total) && !progress(i + 1, total))
            return cancelled();
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
