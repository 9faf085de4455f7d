#include "storage/listingrepository.h"

#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

namespace {
// The customers filter: name contains (case-insensitive), or i_customer starts with the text.
const char *kCustomerWhere =
    " WHERE (? = '' OR lower(c.name) LIKE ? OR CAST(c.i_customer AS TEXT) LIKE ?)";

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
    if (f.size() >= 3 && f.startsWith(QLatin1String("ph"), Qt::CaseInsensitive) &&
        f.at(2).isDigit())
        return true;
    return f.contains(QLatin1Char('@')) || f.contains(QLatin1Char('.')) ||
           f.contains(QLatin1Char('_'));
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
            a.where = QStringLiteral(
                " WHERE a.i_customer = ? AND e.i_customer = ? AND substr(lower(e.name), 1, ?) = ?");
            a.binds << c << int(lower.size()) << lower;
        } else {
            const QString upper = binaryUpperBound(lower);
            a.where = QStringLiteral(
                          " WHERE a.i_customer = ? AND e.i_customer = ? AND lower(e.name) >= ?") +
                      (upper.isEmpty() ? QString() : QStringLiteral(" AND lower(e.name) < ?"));
            a.binds << c << lower;
            if (!upper.isEmpty())
                a.binds << upper;
        }
    }
    return a;
}
} // namespace

Status ListingRepository::customersPage(const QString &filter, CustomerOrder order, bool ascending,
                                        int offset, int limit, QList<CustomerInfo> *out)
{
    // Fixed fragments chosen from an enum; values are bound.
    QString orderBy;
    switch (order) {
    case CustomerOrder::Name:
        orderBy = QStringLiteral("c.name");
        break;
    case CustomerOrder::Id:
        orderBy = QStringLiteral("c.i_customer");
        break;
    case CustomerOrder::Accounts:
        orderBy = QStringLiteral("accounts");
        break;
    }
    const bool filtered = !filter.trimmed().isEmpty();
    const QString sql = CustomerRepository::infoColumns() +
                        (filtered ? QLatin1String(kCustomerWhere) : QLatin1String("")) +
                        QStringLiteral(" ORDER BY ") + orderBy +
                        (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) +
                        QStringLiteral(", c.i_customer LIMIT ? OFFSET ?");
    QVariantList binds = filtered ? customerBinds(filter) : QVariantList();
    binds << limit << offset;
    out->clear();
    return m_db.eachRow(
        sql, binds, [out](const QSqlQuery &q) { out->append(CustomerRepository::infoFromRow(q)); });
}

bool ListingRepository::hasExtensions(qint64 c)
{
    bool has = false;
    return m_db.eachRow(QStringLiteral("SELECT 1 FROM extension WHERE i_customer = ? LIMIT 1"), {c},
                        [&has](const QSqlQuery &) { has = true; })
               .ok() &&
           has;
}

Status ListingRepository::accountsPage(qint64 c, const QString &filter, int offset, int limit,
                                       QList<AccountInfo> *out)
{
    // Only a filter of digits asks whether the customer has extensions: on PostgreSQL the
    // question walks a running import's uncommitted extensions in the index before it finds a
    // committed one (40 ms with 60,000 in flight), which an unfiltered page does not need.
    const bool digits = digitsOnly(filter.trimmed());
    const AccountFilter f = accountFilter(c, filter, m_db.isPostgres(), digits && hasExtensions(c));
    QVariantList binds = f.binds;
    binds << limit << offset;
    return AccountRepository(m_db).select(f.where + f.order + QStringLiteral(" LIMIT ? OFFSET ?"),
                                          binds, out);
}

} // namespace ad
