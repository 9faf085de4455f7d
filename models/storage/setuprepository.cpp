#include "storage/setuprepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <functional>
#include <limits>

namespace ad {

namespace {
// Runs `sql` for up to 500 numbers at a time: "%1" becomes `mark` once per number, and the
// values are `prefix` followed by row(number) for each number.
Status forChunks(Database &db, const QString &sql, const QString &mark, const QVariantList &prefix,
                 const QStringList &numbers,
                 const std::function<QVariantList(const QString &)> &row, int *changed = nullptr)
{
    constexpr int kChunk = 500;
    if (changed)
        *changed = 0;
    for (int from = 0; from < numbers.size(); from += kChunk) {
        const QStringList chunk = numbers.mid(from, kChunk);
        QStringList marks;
        QVariantList values = prefix;
        for (const QString &n : chunk) {
            marks << mark;
            values += row(n);
        }
        QSqlQuery q;
        const Status st = db.exec(sql.arg(marks.join(QLatin1Char(','))), values, &q);
        if (!st.ok())
            return st;
        if (changed)
            *changed += q.numRowsAffected();
    }
    return {};
}
} // namespace

Status SetupRepository::productUsage(QList<ProductUsage> *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT p.i_product, p.name, p.kind, p.fee, p.currency, p.status, p.used,"
            " (SELECT count(*) FROM agreement_line l WHERE l.i_product = p.i_product),"
            " (SELECT count(*) FROM account a WHERE a.i_product = p.i_product"
            "    AND a.status <> 'closed')"
            " + (SELECT count(*) FROM account_addon x JOIN account a ON a.i_account = x.i_account"
            "    WHERE x.i_product = p.i_product AND a.status <> 'closed')"
            " FROM product p ORDER BY p.kind DESC, p.name"),
        {}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        ProductUsage u;
        u.product.id = q.value(0).toLongLong();
        u.product.name = q.value(1).toString();
        u.product.isMain = q.value(2).toString() == QLatin1String("main");
        if (!q.value(3).isNull())
            u.product.fee = q.value(3).toLongLong();
        u.product.currency = q.value(4).toString();
        u.product.retired = q.value(5).toString() == QLatin1String("retired");
        u.product.used = q.value(6).toInt() != 0;
        u.customers = q.value(7).toInt();
        u.accounts = q.value(8).toInt();
        out->append(u);
    }
    return {};
}

Status SetupRepository::subscriptions(qint64 c, QList<SubscriptionInfo> *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(QStringLiteral("SELECT i_subscription, name, fee FROM subscription"
                                               " WHERE i_customer = ? ORDER BY lower(name)"),
                                {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return {};
}

Status SetupRepository::charges(qint64 c, ChargesBreakdown *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT c.currency,"
            " (SELECT coalesce(sum(fee), 0) FROM subscription s WHERE s.i_customer = c.i_customer),"
            " (SELECT coalesce(sum(p.fee), 0) FROM account a"
            "   JOIN product p ON p.i_product = a.i_product"
            "   WHERE a.i_customer = c.i_customer AND a.status = 'active' AND a.blocked = 'no'),"
            " (SELECT coalesce(sum(p.fee), 0) FROM account a"
            "   JOIN account_addon x ON x.i_account = a.i_account"
            "   JOIN product p ON p.i_product = x.i_product"
            "   WHERE a.i_customer = c.i_customer AND a.status = 'active' AND a.blocked = 'no'),"
            " (SELECT count(*) FROM account a"
            "   WHERE a.i_customer = c.i_customer AND a.status = 'active' AND a.blocked = 'no')"
            " FROM customer c WHERE c.i_customer = ?"),
        {c}, &q);
    if (!st.ok())
        return st;
    *out = ChargesBreakdown();
    if (q.next()) {
        out->currency = q.value(0).toString();
        out->subscriptions = q.value(1).toLongLong();
        out->mainProducts = q.value(2).toLongLong();
        out->addons = q.value(3).toLongLong();
        out->chargedAccounts = q.value(4).toInt();
    }
    return {};
}

Status SetupRepository::isCharged(qint64 c, bool *charged)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT 1 FROM account WHERE i_customer = ?"
                       " UNION ALL SELECT 1 FROM subscription WHERE i_customer = ? LIMIT 1"),
        {c, c}, &q);
    if (!st.ok())
        return st;
    *charged = q.next();
    return {};
}

Status SetupRepository::dids(const QString &filter, QList<InventoryDid> *out)
{
    QSqlQuery q;
    const QString f = QStringLiteral("%") + filter.trimmed().toLower() + QStringLiteral("%");
    const Status st = m_db.exec(
        QStringLiteral("SELECT d.number, d.i_customer, coalesce(c.name, ''), coalesce(a.id, '')"
                       " FROM did d LEFT JOIN customer c ON c.i_customer = d.i_customer"
                       " LEFT JOIN account a ON a.i_account = d.i_account"
                       " WHERE ? = '%%' OR d.number LIKE ? OR lower(coalesce(c.name, '')) LIKE ?"
                       " ORDER BY d.number"),
        {f, f, f}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).isNull() ? 0 : q.value(1).toLongLong(),
                     q.value(2).toString(), q.value(3).toString()});
    return {};
}

Status SetupRepository::didOwners(const QStringList &numbers, QHash<QString, qint64> *out)
{
    out->clear();
    constexpr int kChunk = 500;
    for (int from = 0; from < numbers.size(); from += kChunk) {
        const QStringList chunk = numbers.mid(from, kChunk);
        QStringList marks;
        QVariantList values;
        for (const QString &n : chunk) {
            marks << QStringLiteral("?");
            values << n;
        }
        QSqlQuery q;
        const Status st = m_db.exec(QStringLiteral("SELECT number, i_customer FROM did"
                                                   " WHERE number IN (%1)")
                                        .arg(marks.join(QLatin1Char(','))),
                                    values, &q);
        if (!st.ok())
            return st;
        while (q.next())
            out->insert(q.value(0).toString(), q.value(1).isNull() ? 0 : q.value(1).toLongLong());
    }
    return {};
}

Status SetupRepository::insertDids(qint64 c, const QStringList &numbers, int *inserted)
{
    // A number another desk inserted meanwhile is skipped, not an error: *inserted says how many
    // rows this call wrote, and the caller refuses the rest (did_owned_by_other).
    if (c == 0)
        return forChunks(
            m_db, QStringLiteral("INSERT INTO did (number) VALUES %1 ON CONFLICT DO NOTHING"),
            QStringLiteral("(?)"), {}, numbers, [](const QString &n) { return QVariantList{n}; },
            inserted);
    return forChunks(
        m_db,
        QStringLiteral("INSERT INTO did (number, i_customer) VALUES %1 ON CONFLICT DO NOTHING"),
        QStringLiteral("(?, ?)"), {}, numbers,
        [c](const QString &n) {
            return QVariantList{n, c};
        },
        inserted);
}

Status SetupRepository::ownedBy(qint64 c, const QStringList &numbers, QStringList *out)
{
    out->clear();
    QHash<QString, qint64> owners;
    const Status st = didOwners(numbers, &owners);
    if (!st.ok())
        return st;
    for (auto it = owners.constBegin(); it != owners.constEnd(); ++it)
        if (it.value() == c)
            out->append(it.key());
    return {};
}

Status SetupRepository::claimDids(qint64 c, const QStringList &numbers, int *claimed)
{
    return forChunks(
        m_db,
        QStringLiteral("UPDATE did SET i_customer = ? WHERE i_customer IS NULL"
                       " AND number IN (%1)"),
        QStringLiteral("?"), {c}, numbers, [](const QString &n) { return QVariantList{n}; },
        claimed);
}

Status SetupRepository::history(const QString &filter, int limit, QList<ProviderAuditEntry> *out)
{
    QSqlQuery q;
    const QString f = QStringLiteral("%") + filter.trimmed().toLower() + QStringLiteral("%");
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT x.i_audit, x.at, x.who, x.action, x.object, x.old_value, x.new_value,"
            " x.i_customer, coalesce(c.name, ''), x.via, x.desk_label"
            " FROM audit x LEFT JOIN customer c ON c.i_customer = x.i_customer"
            " WHERE (lower(x.action) LIKE ? OR lower(x.object) LIKE ? OR lower(x.who) LIKE ?"
            "   OR lower(x.new_value) LIKE ? OR lower(x.old_value) LIKE ?"
            "   OR lower(coalesce(c.name, '')) LIKE ? OR lower(x.desk_label) LIKE ? OR x.via LIKE "
            "?)"
            " ORDER BY x.i_audit DESC LIMIT ?"),
        {f, f, f, f, f, f, f, f, limit > 0 ? limit : std::numeric_limits<int>::max()}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        ProviderAuditEntry e;
        e.entry.id = q.value(0).toLongLong();
        e.entry.at = q.value(1).toString();
        e.entry.who = q.value(2).toString();
        e.entry.action = q.value(3).toString();
        e.entry.object = q.value(4).toString();
        e.entry.oldValue = q.value(5).toString();
        e.entry.newValue = q.value(6).toString();
        e.entry.via = q.value(9).toString();
        e.entry.deskLabel = q.value(10).toString();
        e.iCustomer = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        e.customer = q.value(8).toString();
        out->append(e);
    }
    return {};
}

} // namespace ad
