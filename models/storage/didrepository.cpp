#include "storage/didrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

Status DidRepository::ofCustomer(qint64 c, QList<DidInfo> *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT d.number, a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
            " WHERE d.i_customer = ? ORDER BY d.number"),
        {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

Status DidRepository::inventory(QStringList *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT number FROM did WHERE i_customer IS NULL ORDER BY number"), {}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append(q.value(0).toString());
    return {};
}

Status DidRepository::owner(const QString &number, qint64 *c, bool *found)
{
    QSqlQuery q;
    const Status st =
        m_db.exec(QStringLiteral("SELECT i_customer FROM did WHERE number = ?"), {number}, &q);
    *found = st.ok() && q.next();
    if (*found)
        *c = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    return st;
}

Status DidRepository::holder(const QString &number, qint64 *c, QString *accountId, bool *found)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT d.i_customer, a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
            " WHERE d.number = ?"),
        {number}, &q);
    *found = st.ok() && q.next();
    if (*found) {
        *c = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        *accountId = q.value(1).toString();
    }
    return st;
}

Status DidRepository::assignedTo(const QString &number, qint64 c, QString *accountId, bool *found)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
                       " WHERE d.number = ? AND d.i_customer = ?"),
        {number, c}, &q);
    *found = st.ok() && q.next();
    if (*found)
        *accountId = q.value(0).toString();
    return st;
}

namespace {
Status changed(Database &db, const QString &sql, const QVariantList &values, bool *done)
{
    QSqlQuery q;
    const Status st = db.exec(sql, values, &q);
    *done = st.ok() && q.numRowsAffected() == 1;
    return st;
}
} // namespace

Status DidRepository::claim(const QString &number, qint64 c, bool *done)
{
    return changed(
        m_db,
        QStringLiteral("UPDATE did SET i_customer = ? WHERE number = ? AND i_customer IS NULL"),
        {c, number}, done);
}

Status DidRepository::insertNew(const QString &number, qint64 c, bool *done)
{
    // ON CONFLICT DO NOTHING: a number another desk inserted meanwhile is not an error of the
    // database (which would abort the transaction on PostgreSQL) but a refusal the caller gives.
    return changed(m_db,
                   QStringLiteral("INSERT INTO did (number, i_customer) VALUES (?, ?)"
                                  " ON CONFLICT (number) DO NOTHING"),
                   {number, c}, done);
}

Status DidRepository::assign(const QString &number, qint64 c, qint64 iAccount, bool *done)
{
    return changed(m_db,
                   QStringLiteral("UPDATE did SET i_account = ? WHERE number = ? AND i_customer = ?"
                                  " AND i_account IS NULL"),
                   {iAccount, number, c}, done);
}

Status DidRepository::release(const QString &number, qint64 c, bool toInventory, bool *done)
{
    return changed(
        m_db,
        toInventory
            ? QStringLiteral("UPDATE did SET i_account = NULL, i_customer = NULL"
                             " WHERE number = ? AND i_customer = ?")
            : QStringLiteral("UPDATE did SET i_account = NULL WHERE number = ? AND i_customer = ?"),
        {number, c}, done);
}

} // namespace ad
