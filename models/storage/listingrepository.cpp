#include "storage/listingrepository.h"

#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace ad {

namespace {
// The customers filter: name contains (case-insensitive), or i_customer starts with the text.
const char *kCustomerWhere = " WHERE (? = '' OR lower(c.name) LIKE ? OR CAST(c.i_customer AS TEXT) LIKE ?)";

QVariantList customerBinds(const QString &filter)
{
    const QString f = filter.trimmed();
    return {f, QStringLiteral("%") + f.toLower() + QStringLiteral("%"), f + QStringLiteral("%")};
}

// Accounts filter. Digits: extension numbers starting with them, a range on the index
// (i_customer, number), in number order. Anything else: the start of the account ID or of the
// name (case-insensitive), walking the accounts in ID order. Either way a page stops at LIMIT.
bool digitsOnly(const QString &f)
{
    if (f.isEmpty())
        return false;
    for (QChar c : f)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// The smallest digit string above every string that starts with `prefix` ("469" -> "47");
// empty when there is none ("99").
QString digitUpperBound(QString prefix)
{
    while (!prefix.isEmpty() && prefix.back() == QLatin1Char('9'))
        prefix.chop(1);
    if (prefix.isEmpty())
        return {};
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

struct AccountFilter {
    QString where;
    QString order;
    QVariantList binds;
};

// The smallest string above every string that starts with `prefix` in binary order ("ph17" ->
// "ph18"); empty when there is none.
QString binaryUpperBound(QString prefix)
{
    while (!prefix.isEmpty() && prefix.back().unicode() == 0xFFFF)
        prefix.chop(1);
    if (prefix.isEmpty())
        return {};
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

bool looksLikeAccountId(const QString &f)
{
    if (f.size() >= 3 && f.startsWith(QLatin1String("ph"), Qt::CaseInsensitive) && f.at(2).isDigit())
        return true;
    return f.contains(QLatin1Char('@')) || f.contains(QLatin1Char('.')) || f.contains(QLatin1Char('_'));
}

// Four kinds of filter, each one index range (so a filter that matches nothing costs nothing):
//  * digits: extension numbers starting with them (index extension (i_customer, number)), and
//    for a customer without extensions, account IDs (an IoT customer's ICCIDs);
//  * an account ID ("ph46170x47", "sim.01@x"): account IDs starting with it;
//  * anything else: names starting with it, case-insensitive (index on lower(name)).
// Ranges on text are exact in binary order (SQLite); on PostgreSQL, whose collation may not be
// binary, the same prefixes are matched with LIKE/substr instead.
AccountFilter accountFilter(qint64 c, const QString &filterText, bool postgres, bool hasExtensions)
{
    const QString f = filterText.trimmed();
    AccountFilter a;
    a.binds << c;
    if (f.isEmpty()) {
        a.where = QStringLiteral(" WHERE a.i_customer = ?");
        a.order = QStringLiteral(" ORDER BY a.id");
    } else if (digitsOnly(f) && hasExtensions) {
        const QString upper = digitUpperBound(f);
        a.where = QStringLiteral(" WHERE a.i_customer = ? AND e.i_customer = ? AND e.number >= ?") +
                  (upper.isEmpty() ? QString() : QStringLiteral(" AND e.number < ?"));
        a.binds << c << f;
        if (!upper.isEmpty())
            a.binds << upper;
        a.order = QStringLiteral(" ORDER BY e.number");
    } else if (digitsOnly(f) || looksLikeAccountId(f)) {
        a.order = QStringLiteral(" ORDER BY a.id");
        if (postgres) {
            a.where = QStringLiteral(" WHERE a.i_customer = ? AND substr(a.id, 1, ?) = ?");
            a.binds << int(f.size()) << f;
        } else {
            const QString upper = binaryUpperBound(f);
            a.where = QStringLiteral(" WHERE a.i_customer = ? AND a.id >= ?") +
                      (upper.isEmpty() ? QString() : QStringLiteral(" AND a.id < ?"));
            a.binds << f;
            if (!upper.isEmpty())
                a.binds << upper;
        }
    } else {
        const QString lower = f.toLower();
        a.order = QStringLiteral(" ORDER BY lower(e.name), a.id");
        if (postgres) {
            a.where = QStringLiteral(" WHERE a.i_customer = ? AND e.i_customer = ? AND substr(lower(e.name), 1, ?) = ?");
            a.binds << c << int(lower.size()) << lower;
        } else {
            const QString upper = binaryUpperBound(lower);
            a.where = QStringLiteral(" WHERE a.i_customer = ? AND e.i_customer = ? AND lower(e.name) >= ?") +
                      (upper.isEmpty() ? QString() : QStringLiteral(" AND lower(e.name) < ?"));
            a.binds << c << lower;
            if (!upper.isEmpty())
                a.binds << upper;
        }
    }
    return a;
}
} // namespace

Status ListingRepository::customersPage(const QString &filter, CustomerOrder order, bool ascending, int offset,
                                        int limit, QList<CustomerInfo> *out)
{
    // Fixed fragments chosen from an enum; values are bound.
    QString orderBy;
    switch (order) {
    case CustomerOrder::Name: orderBy = QStringLiteral("c.name"); break;
    case CustomerOrder::Id: orderBy = QStringLiteral("c.i_customer"); break;
    case CustomerOrder::Accounts: orderBy = QStringLiteral("accounts"); break;
    }
    const bool filtered = !filter.trimmed().isEmpty();
    const QString sql = QStringLiteral("SELECT c.i_customer, c.name, c.currency, c.time_zone,"
                                       " (SELECT coalesce(sum(l.in_use), 0) FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                       "   WHERE l.i_customer = c.i_customer AND p.kind = 'main') AS accounts"
                                       " FROM customer c") +
                        (filtered ? QLatin1String(kCustomerWhere) : QLatin1String("")) + QStringLiteral(" ORDER BY ") + orderBy +
                        (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) +
                        QStringLiteral(", c.i_customer LIMIT ? OFFSET ?");
    QVariantList binds = filtered ? customerBinds(filter) : QVariantList();
    binds << limit << offset;
    QSqlQuery q;
    Status st = m_db.exec(sql, binds, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        CustomerInfo c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.currency = q.value(2).toString();
        c.timeZone = q.value(3).toString();
        c.accounts = q.value(4).toInt();
        out->append(c);
    }
    return {};
}

Status ListingRepository::customersCount(const QString &filter, int *count)
{
    // A fixed WHERE fragment; the filter is bound.
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT count(*) FROM customer c") + QLatin1String(kCustomerWhere),
                          customerBinds(filter), &q);
    if (!st.ok())
        return st;
    *count = q.next() ? q.value(0).toInt() : 0;
    return {};
}

bool ListingRepository::hasExtensions(qint64 c)
{
    QSqlQuery q;
    return m_db.exec(QStringLiteral("SELECT 1 FROM extension WHERE i_customer = ? LIMIT 1"), {c}, &q).ok() && q.next();
}

const QString &ListingRepository::accountColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT a.i_account, a.id, p.name, a.status, a.blocked, a.created_at, e.kind, e.number, e.name, e.aa_seq"
        " FROM account a JOIN product p ON p.i_product = a.i_product"
        " LEFT JOIN extension e ON e.i_account = a.i_account");
    return columns;
}

AccountInfo ListingRepository::accountFromRow(const QSqlQuery &q)
{
    AccountInfo a;
    a.iAccount = q.value(0).toLongLong();
    a.id = q.value(1).toString();
    a.product = q.value(2).toString();
    a.status = q.value(3).toString();
    a.blocked = q.value(4).toString();
    a.createdAt = q.value(5).toString();
    a.kind = q.value(6).isNull() ? QStringLiteral("account") : q.value(6).toString();
    a.number = q.value(7).toString();
    a.name = q.value(8).toString();
    return a;
}

Status ListingRepository::loadAccounts(const QString &whereAndOrder, const QVariantList &binds, QList<AccountInfo> *out)
{
    QSqlQuery q;
    Status st = m_db.exec(accountColumns() + whereAndOrder, binds, &q);
    if (!st.ok())
        return st;
    out->clear();
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out->size());
        out->append(accountFromRow(q));
    }
    q.finish();
    if (out->isEmpty())
        return {};
    // Add-ons, DIDs and hunt groups of these accounts only: one query each, their keys bound.
    QString marks;
    QVariantList ids;
    for (const AccountInfo &a : *out) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        ids << a.iAccount;
    }
    // "IN (?,?,…)": only placeholders are built, one per key; the keys are bound.
    const QString in = QStringLiteral(" IN (") + marks + QStringLiteral(")");
    if (!(st = m_db.exec(QStringLiteral("SELECT x.i_account, p.name FROM account_addon x JOIN product p ON p.i_product = x.i_product"
                                        " WHERE x.i_account") + in + QStringLiteral(" ORDER BY p.name"),
                         ids, &q))
             .ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].addons << q.value(1).toString();
    if (!(st = m_db.exec(QStringLiteral("SELECT i_account, number FROM did WHERE i_account") + in + QStringLiteral(" ORDER BY number"),
                         ids, &q))
             .ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].dids << q.value(1).toString();
    if (!(st = m_db.exec(QStringLiteral("SELECT e.i_account, h.name FROM hunt_group_member m"
                                        " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                        " JOIN extension e ON e.i_extension = m.i_extension WHERE e.i_account") +
                             in + QStringLiteral(" ORDER BY h.name"),
                         ids, &q))
             .ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].huntGroups << q.value(1).toString();
    return {};
}

Status ListingRepository::accountsPage(qint64 c, const QString &filter, int offset, int limit, QList<AccountInfo> *out)
{
    const AccountFilter f = accountFilter(c, filter, m_db.isPostgres(), hasExtensions(c));
    QVariantList binds = f.binds;
    binds << limit << offset;
    return loadAccounts(f.where + f.order + QStringLiteral(" LIMIT ? OFFSET ?"), binds, out);
}

Status ListingRepository::accountById(const QString &accountId, AccountInfo *out, bool *found)
{
    QList<AccountInfo> one;
    const Status st = loadAccounts(QStringLiteral(" WHERE a.id = ?"), {accountId}, &one);
    *found = st.ok() && !one.isEmpty();
    if (*found)
        *out = one.first();
    return st;
}

Status ListingRepository::accountsCount(qint64 c, const QString &filter, int *count)
{
    const AccountFilter f = accountFilter(c, filter, m_db.isPostgres(), hasExtensions(c));
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT count(*) FROM account a LEFT JOIN extension e ON e.i_account = a.i_account") +
                              f.where,
                          f.binds, &q);
    if (!st.ok())
        return st;
    *count = q.next() ? q.value(0).toInt() : 0;
    return {};
}

} // namespace ad
