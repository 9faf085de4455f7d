#include "storage/accountrepository.h"

#include "domain/refusals.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace ad {

namespace {
const QString &accountColumns()
{
    static const QString columns =
        QStringLiteral("SELECT a.i_account, a.id, p.name, a.status, a.blocked, a.created_at, "
                       "e.kind, e.number, e.name, e.aa_seq"
                       " FROM account a JOIN product p ON p.i_product = a.i_product"
                       " LEFT JOIN extension e ON e.i_account = a.i_account");
    return columns;
}

AccountInfo accountFromRow(const QSqlQuery &q)
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

Status readStrings(Database &db, const QString &sql, qint64 key, QStringList *out)
{
    QSqlQuery q;
    const Status st = db.exec(sql, {key}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        *out << q.value(0).toString();
    return {};
}
} // namespace

// Where the add-ons, DIDs and hunt groups of listed accounts are read from: the conditions
// that follow each query's FROM and joins, and their bound values.
struct AccountRepository::DetailScope {
    QString addons;     // over account_addon x (product p joined)
    QString dids;       // over did
    QString huntGroups; // over hunt_group_member m, hunt_group h, extension e
    QVariantList binds;

    // Every account of a customer: one condition on the customer.
    static DetailScope customer(qint64 c)
    {
        return {
            QStringLiteral(" JOIN account a ON a.i_account = x.i_account WHERE a.i_customer = ?"),
            QStringLiteral(" WHERE i_customer = ? AND i_account IS NOT NULL"),
            QStringLiteral(" WHERE h.i_customer = ?"),
            {c}};
    }
    // The listed accounts: "IN (?,?,…)", one placeholder per key, the keys bound.
    static DetailScope accounts(const QList<AccountInfo> &list)
    {
        QString marks;
        QVariantList ids;
        for (const AccountInfo &a : list) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            ids << a.iAccount;
        }
        const QString in = QStringLiteral(" IN (") + marks + QStringLiteral(")");
        return {QStringLiteral(" WHERE x.i_account") + in, QStringLiteral(" WHERE i_account") + in,
                QStringLiteral(" WHERE e.i_account") + in, ids};
    }
};

Status AccountRepository::addDetails(const DetailScope &scope, QList<AccountInfo> *out)
{
    if (out->isEmpty())
        return {};
    QHash<qint64, int> index;
    for (int i = 0; i < out->size(); ++i)
        index.insert(out->at(i).iAccount, i);
    // One query each for the add-ons, the DIDs and the hunt groups of all the accounts (a page's
    // are prepared once per connection on PostgreSQL: Database::eachRow).
    Status st = m_db.eachRow(QStringLiteral("SELECT x.i_account, p.name FROM account_addon x JOIN "
                                            "product p ON p.i_product = x.i_product") +
                                 scope.addons + QStringLiteral(" ORDER BY p.name"),
                             scope.binds, [&](const QSqlQuery &q) {
                                 (*out)[index.value(q.value(0).toLongLong())].addons
                                     << q.value(1).toString();
                             });
    if (!st.ok())
        return st;
    st = m_db.eachRow(QStringLiteral("SELECT i_account, number FROM did") + scope.dids +
                          QStringLiteral(" ORDER BY number"),
                      scope.binds, [&](const QSqlQuery &q) {
                          (*out)[index.value(q.value(0).toLongLong())].dids
                              << q.value(1).toString();
                      });
    if (!st.ok())
        return st;
    return m_db.eachRow(QStringLiteral("SELECT e.i_account, h.name FROM hunt_group_member m"
                                       " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                       " JOIN extension e ON e.i_extension = m.i_extension") +
                            scope.huntGroups + QStringLiteral(" ORDER BY h.name"),
                        scope.binds, [&](const QSqlQuery &q) {
                            (*out)[index.value(q.value(0).toLongLong())].huntGroups
                                << q.value(1).toString();
                        });
}

Status AccountRepository::select(const QString &whereAndOrder, const QVariantList &binds,
                                 QList<AccountInfo> *out)
{
    out->clear();
    const Status st = m_db.eachRow(accountColumns() + whereAndOrder, binds,
                                   [out](const QSqlQuery &q) { out->append(accountFromRow(q)); });
    if (!st.ok())
        return st;
    return addDetails(DetailScope::accounts(*out), out);
}

Status AccountRepository::byId(const QString &accountId, AccountInfo *out, bool *found)
{
    QList<AccountInfo> one;
    const Status st = select(QStringLiteral(" WHERE a.id = ?"), {accountId}, &one);
    *found = st.ok() && !one.isEmpty();
    if (*found)
        *out = one.first();
    return st;
}

Status AccountRepository::ofCustomer(qint64 c, QList<AccountInfo> *out)
{
    QSqlQuery q;
    Status st = m_db.exec(accountColumns() + QStringLiteral(" WHERE a.i_customer = ?"), {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    QList<qint64> aaSeq;
    while (q.next()) {
        out->append(accountFromRow(q));
        aaSeq << (q.value(9).isNull() ? 0 : q.value(9).toLongLong());
    }
    q.finish();
    if (!(st = addDetails(DetailScope::customer(c), out)).ok())
        return st;

    // Auto attendants first, then extensions by number, then other accounts by ID.
    QList<int> order(out->size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    auto rank = [](const QString &kind) {
        return kind == QLatin1String("auto_attendant") ? 0
               : kind == QLatin1String("extension")    ? 1
                                                       : 2;
    };
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        const AccountInfo &a = out->at(l);
        const AccountInfo &b = out->at(r);
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        if (a.kind == QLatin1String("auto_attendant"))
            return aaSeq.at(l) < aaSeq.at(r);
        if (a.kind == QLatin1String("extension")) {
            if (a.number.size() != b.number.size())
                return a.number.size() < b.number.size();
            return a.number < b.number;
        }
        return a.id < b.id;
    });
    QList<AccountInfo> sorted;
    sorted.reserve(out->size());
    for (int i : order)
        sorted.append(out->at(i));
    *out = sorted;
    return {};
}

Status AccountRepository::row(const QString &accountId, AccountRow *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT i_account, i_customer, i_product, status, blocked FROM account WHERE id = ?"),
        {accountId.trimmed()}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return refused(refusal::accountUnknown(accountId));
    out->iAccount = q.value(0).toLongLong();
    out->iCustomer = q.value(1).toLongLong();
    out->iProduct = q.value(2).toLongLong();
    out->status = q.value(3).toString();
    out->blocked = q.value(4).toString();
    return {};
}

Status AccountRepository::idExists(const QString &accountId, bool *exists)
{
    QSqlQuery q;
    const Status st =
        m_db.exec(QStringLiteral("SELECT 1 FROM account WHERE id = ?"), {accountId}, &q);
    *exists = st.ok() && q.next();
    return st;
}

Status AccountRepository::hasAddon(qint64 iAccount, qint64 iProduct, bool *has)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT 1 FROM account_addon WHERE i_account = ? AND i_product = ?"),
        {iAccount, iProduct}, &q);
    *has = st.ok() && q.next();
    return st;
}

Status AccountRepository::didsOf(qint64 iAccount, QStringList *out)
{
    return readStrings(m_db,
                       QStringLiteral("SELECT number FROM did WHERE i_account = ? ORDER BY number"),
                       iAccount, out);
}

Status AccountRepository::huntGroupsOf(qint64 iAccount, QStringList *out)
{
    return readStrings(
        m_db,
        QStringLiteral("SELECT h.name FROM hunt_group_member m JOIN hunt_group h ON h.i_hunt_group "
                       "= m.i_hunt_group"
                       " JOIN extension e ON e.i_extension = m.i_extension WHERE e.i_account = ?"),
        iAccount, out);
}

} // namespace ad
