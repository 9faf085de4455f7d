#include "storage/snapshotrepository.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

Status SnapshotRepository::products(QList<ProductInfo> *out)
{
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral(
            "SELECT i_product, name, kind, fee, currency FROM product ORDER BY kind DESC, name"),
        {}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        ProductInfo p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.isMain = q.value(2).toString() == QLatin1String("main");
        if (!q.value(3).isNull())
            p.fee = q.value(3).toLongLong();
        p.currency = q.value(4).toString();
        out->append(p);
    }
    return {};
}

Status SnapshotRepository::monthlyCharges(qint64 c, qint64 *minorUnits)
{
    QSqlQuery q;
    Status st =
        m_db.exec(QStringLiteral(
                      "SELECT (SELECT coalesce(sum(fee), 0) FROM subscription WHERE i_customer = ?)"
                      " + (SELECT coalesce(sum(p.fee), 0) FROM account a JOIN product p ON "
                      "p.i_product = a.i_product"
                      "     WHERE a.i_customer = ? AND a.status = 'active' AND a.blocked = 'no')"
                      " + (SELECT coalesce(sum(p.fee), 0) FROM account a"
                      "     JOIN account_addon x ON x.i_account = a.i_account JOIN product p ON "
                      "p.i_product = x.i_product"
                      "     WHERE a.i_customer = ? AND a.status = 'active' AND a.blocked = 'no')"),
                  {c, c, c}, &q);
    if (!st.ok())
        return st;
    *minorUnits = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

Status SnapshotRepository::load(qint64 c, CustomerSnapshot *s)
{
    *s = CustomerSnapshot();
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral("SELECT i_customer, name, currency, time_zone, next_aa FROM customer "
                       "WHERE i_customer = ?"),
        {c}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return refused(refusal::customerIdUnknown(c));
    s->iCustomer = q.value(0).toLongLong();
    s->name = q.value(1).toString();
    s->currency = q.value(2).toString();
    s->timeZone = q.value(3).toString();
    s->nextAa = q.value(4).toLongLong();

    QList<ProductInfo> all;
    if (!(st = products(&all)).ok())
        return st;
    for (const ProductInfo &p : all) {
        s->productsById.insert(p.id, p);
        s->productsByFoldedName.insert(p.name.simplified().toCaseFolded(), p);
    }

    if (!(st = m_db.exec(
              QStringLiteral(
                  "SELECT i_product, quantity, in_use FROM agreement_line WHERE i_customer = ?"),
              {c}, &q))
             .ok())
        return st;
    while (q.next()) {
        AgreementUsage u;
        if (!q.value(1).isNull())
            u.quantity = q.value(1).toInt();
        u.inUse = q.value(2).toInt();
        s->agreement.insert(q.value(0).toLongLong(), u);
    }

    if (!(st = m_db.exec(
              QStringLiteral(
                  "SELECT number FROM extension WHERE i_customer = ? AND number IS NOT NULL"),
              {c}, &q))
             .ok())
        return st;
    while (q.next())
        s->extensionNumbers.insert(q.value(0).toString());

    if (!(st = m_db.exec(
              QStringLiteral("SELECT h.i_hunt_group, h.name, h.number,"
                             " (SELECT coalesce(max(m.position), 0) FROM hunt_group_member m"
                             "   WHERE m.i_hunt_group = h.i_hunt_group)"
                             " FROM hunt_group h WHERE h.i_customer = ?"),
              {c}, &q))
             .ok())
        return st;
    while (q.next()) {
        HuntGroupRef h;
        h.id = q.value(0).toLongLong();
        h.name = q.value(1).toString();
        h.lastPosition = q.value(3).toInt();
        s->huntGroupNumbers.insert(q.value(2).toString());
        s->huntGroupsByFoldedName.insert(rules::foldName(h.name), h);
    }

    if (!(st = m_db.exec(QStringLiteral("SELECT id FROM account WHERE i_customer = ?"), {c}, &q))
             .ok())
        return st;
    const QString prefix = QStringLiteral("ph%1x").arg(c);
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id.startsWith(prefix))
            s->takenAccountIds.insert(id);
    }

    if (!(st = m_db.exec(QStringLiteral("SELECT number, i_account FROM did WHERE i_customer = ?"),
                         {c}, &q))
             .ok())
        return st;
    while (q.next())
        s->dids.insert(q.value(0).toString(), q.value(1).isNull() ? 0 : q.value(1).toLongLong());

    return monthlyCharges(c, &s->monthlyCharges);
}

} // namespace ad
