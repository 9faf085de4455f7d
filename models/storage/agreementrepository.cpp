#include "storage/agreementrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

Status AgreementRepository::lines(qint64 c, QList<AgreementLineInfo> *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT p.i_product, p.name, p.kind, p.fee, p.currency, l.quantity, l.in_use"
                       " FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                       " WHERE l.i_customer = ? ORDER BY p.kind DESC, p.name"),
        {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        AgreementLineInfo l;
        l.product.id = q.value(0).toLongLong();
        l.product.name = q.value(1).toString();
        l.product.isMain = q.value(2).toString() == QLatin1String("main");
        if (!q.value(3).isNull())
            l.product.fee = q.value(3).toLongLong();
        l.product.currency = q.value(4).toString();
        if (!q.value(5).isNull())
            l.quantity = q.value(5).toInt();
        l.inUse = q.value(6).toInt();
        out->append(l);
    }
    return {};
}

Status AgreementRepository::usage(qint64 c, qint64 iProduct, AgreementUsage *out, bool *found)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT quantity, in_use FROM agreement_line WHERE i_customer = ? AND i_product = ?"),
        {c, iProduct}, &q);
    *found = st.ok() && q.next();
    if (*found) {
        *out = AgreementUsage();
        if (!q.value(0).isNull())
            out->quantity = q.value(0).toInt();
        out->inUse = q.value(1).toInt();
    }
    return st;
}

} // namespace ad
