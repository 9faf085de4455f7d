#include "services/exporter.h"

#include "domain/csvcolumns.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace ad {

Status Exporter::exportExtensions(Database &db, qint64 c, CsvWriter *out, int *count,
                                  const QStringList &onlyAccountIds)
{
    QSqlQuery q;
    Status st = db.exec(QStringLiteral("SELECT d.i_account, d.number FROM did d WHERE d.i_customer "
                                       "= ? AND d.i_account IS NOT NULL"
                                       " ORDER BY d.number"),
                        {c}, &q);
    if (!st.ok())
        return st;
    QHash<qint64, QStringList> dids;
    while (q.next())
        dids[q.value(0).toLongLong()] << q.value(1).toString();
    st = db.exec(QStringLiteral("SELECT m.i_extension, h.name FROM hunt_group_member m JOIN "
                                "hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                " WHERE h.i_customer = ? ORDER BY h.name_key"),
                 {c}, &q);
    if (!st.ok())
        return st;
    // Every group an extension is in, comma-separated (an update sets exactly these again).
    QHash<qint64, QStringList> hunt;
    while (q.next())
        hunt[q.value(0).toLongLong()] << q.value(1).toString();
    st = db.exec(
        QStringLiteral("SELECT e.i_extension, a.i_account, e.number, e.name, e.published, e.email, "
                       "e.time_zone, p.name, a.id"
                       " FROM extension e JOIN account a ON a.i_account = e.i_account"
                       " JOIN product p ON p.i_product = a.i_product"
                       " WHERE e.i_customer = ? AND e.kind = 'extension' AND a.status <> 'closed'"
                       " ORDER BY length(e.number), e.number"),
        {c}, &q);
    if (!st.ok())
        return st;
    const QSet<QString> only(onlyAccountIds.begin(), onlyAccountIds.end());
    out->addRow(csv::templateHeader());
    int n = 0;
    while (q.next()) {
        if (!only.isEmpty() && !only.contains(q.value(8).toString()))
            continue;
        const qint64 iExt = q.value(0).toLongLong();
        out->addRow({q.value(2).toString(), q.value(3).toString(),
                     dids.value(q.value(1).toLongLong()).join(QLatin1Char(',')),
                     q.value(4).toInt() ? QStringLiteral("Y") : QStringLiteral("N"),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     hunt.value(iExt).join(QStringLiteral(", "))});
        ++n;
    }
    if (count)
        *count = n;
    return {};
}

} // namespace ad
