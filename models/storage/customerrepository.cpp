#include "storage/customerrepository.h"

#include "domain/refusals.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

const QString &CustomerRepository::infoColumns()
{
    // The account count is the agreement's counter over the main products: every open account
    // has exactly one main product, so no count over the accounts is needed.
    static const QString columns =
        QStringLiteral("SELECT c.i_customer, c.name, c.currency, c.time_zone,"
                       " (SELECT coalesce(sum(l.in_use), 0) FROM agreement_line l JOIN product p "
                       "ON p.i_product = l.i_product"
                       "   WHERE l.i_customer = c.i_customer AND p.kind = 'main') AS accounts,"
                       " c.self_care_accounts"
                       " FROM customer c");
    return columns;
}

CustomerInfo CustomerRepository::infoFromRow(const QSqlQuery &q)
{
    CustomerInfo c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.currency = q.value(2).toString();
    c.timeZone = q.value(3).toString();
    c.accounts = q.value(4).toInt();
    c.selfCareInactive = q.value(5).toString() == QLatin1String("inactive");
    return c;
}

Status CustomerRepository::requireExisting(qint64 c)
{
    QSqlQuery q;
    const Status st =
        m_db.exec(QStringLiteral("SELECT i_customer FROM customer WHERE i_customer = ?"), {c}, &q);
    if (st.ok() && !q.next())
        return refused(refusal::customerUnknown(QString::number(c)));
    return st;
}

Status CustomerRepository::get(qint64 c, CustomerInfo *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(infoColumns() + QStringLiteral(" WHERE c.i_customer = ?"), {c}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return refused(refusal::customerUnknown(QString::number(c)));
    *out = infoFromRow(q);
    return {};
}

Status CustomerRepository::idByName(const QString &name, qint64 *c, bool *found)
{
    QSqlQuery q;
    const Status st =
        m_db.exec(QStringLiteral("SELECT i_customer FROM customer WHERE name = ?"), {name}, &q);
    *found = st.ok() && q.next();
    if (*found)
        *c = q.value(0).toLongLong();
    return st;
}

} // namespace ad
