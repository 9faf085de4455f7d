#include "storage/snapshotrepository.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "storage/database.h"
#include "storage/preparedstatements.h"

#include <QSqlQuery>

namespace ad {

Status SnapshotRepository::products(QList<ProductInfo> *out)
{
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral("SELECT i_product, name, kind, fee, currency, status, used FROM product"
                       " ORDER BY kind DESC, name"),
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
        p.retired = q.value(5).toString() == QLatin1String("retired");
        p.used = q.value(6).toInt() != 0;
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

Status SnapshotRepository::openExtensions(qint64 c, CustomerSnapshot *s)
{
    // Read through the sqlite3 API on SQLite (PreparedStatements::select): Qt's driver makes a
    // QVariant of every column of every row, ~12,000 instructions a row here. The texts go
    // into the packed OpenExtensions as the UTF-8 SQLite holds (no QString a column).
    PreparedStatements statements(m_db);
    OpenExtensions &open = s->openExtensions;
    open = OpenExtensions();
    // SQLite does not say how many rows a query has: the customer's extension numbers (loaded
    // before) bound the open extensions, and reserving spares the hashes their rehashes.
    open.reserve(s->extensionNumbers.size());
    const QByteArray active("active"), no("no");
    QString zone;
    QByteArray lastZone;
    Status st = statements.select(
        "open",
        QStringLiteral("SELECT e.i_extension, a.i_account, a.id, e.number, e.name, a.i_product,"
                       " a.status, a.blocked, e.published, e.email, e.time_zone"
                       " FROM extension e JOIN account a ON a.i_account = e.i_account"
                       " WHERE e.i_customer = ? AND e.kind = 'extension' AND a.status <> 'closed'"),
        {c}, [&](const PreparedStatements::Row &r) {
            OpenExtensions::Row x;
            x.iExtension = r.integer(0);
            x.iAccount = r.integer(1);
            x.productId = r.integer(5);
            x.active = r.utf8(6) == active;
            x.blocked = r.utf8(7) != no;
            x.published = r.integer(8) != 0;
            const QByteArray tz = r.utf8(10);
            if (tz != lastZone || zone.isNull()) { // the rows mostly share a few zones
                lastZone = QByteArray(tz.constData(), tz.size());
                zone = QString::fromUtf8(tz);
            }
            open.add(x, r.utf8(2), r.utf8(3), r.utf8(4), r.utf8(9), zone);
        });
    if (!st.ok())
        return st;
    QSqlQuery q;
    if (open.isEmpty())
        return {};
    for (auto it = s->dids.constBegin(); it != s->dids.constEnd(); ++it)
        if (it.value())
            if (const int i = open.indexOfAccount(it.value()); i >= 0)
                open.addDid(i, it.key());
    if (!(st = m_db.exec(
              QStringLiteral("SELECT m.i_extension, m.i_hunt_group FROM hunt_group_member m"
                             " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                             " WHERE h.i_customer = ? ORDER BY h.name_key"),
              {c}, &q))
             .ok())
        return st;
    while (q.next())
        if (const int i = open.indexOfExtension(q.value(0).toLongLong()); i >= 0)
            open.addHuntGroup(i, q.value(1).toLongLong());
    if (!(st = m_db.exec(QStringLiteral("SELECT x.i_account, sum(p.fee) FROM account_addon x"
                                        " JOIN account a ON a.i_account = x.i_account"
                                        " JOIN product p ON p.i_product = x.i_product"
                                        " WHERE a.i_customer = ? AND p.fee IS NOT NULL"
                                        " GROUP BY x.i_account"),
                         {c}, &q))
             .ok())
        return st;
    while (q.next())
        if (const int i = open.indexOfAccount(q.value(0).toLongLong()); i >= 0)
            open.setAddonFees(i, q.value(1).toLongLong());
    open.finish();
    return {};
}

Status SnapshotRepository::load(qint64 c, CustomerSnapshot *s)
{
    *s = CustomerSnapshot();
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral("SELECT i_customer, name, currency, time_zone, next_aa, self_care_accounts"
                       " FROM customer "
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
    s->selfCareInactive = q.value(5).toString() == QLatin1String("inactive");

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

    PreparedStatements statements(m_db);
    if (!(st = statements.select(
              "numbers",
              QStringLiteral(
                  "SELECT number FROM extension WHERE i_customer = ? AND number IS NOT NULL"),
              {c},
              [&](const PreparedStatements::Row &r) { s->extensionNumbers.insert(r.text(0)); }))
             .ok())
        return st;

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
        s->huntGroupNames.insert(h.id, h.name);
    }

    const QString prefix = QStringLiteral("ph%1x").arg(c);
    if (!(st = statements.select("ids",
                                 QStringLiteral("SELECT id FROM account WHERE i_customer = ?"), {c},
                                 [&](const PreparedStatements::Row &r) {
                                     const QString id = r.text(0);
                                     if (id.startsWith(prefix))
                                         s->takenAccountIds.insert(id);
                                 }))
             .ok())
        return st;

    if (!(st = statements.select(
              "dids", QStringLiteral("SELECT number, i_account FROM did WHERE i_customer = ?"), {c},
              [&](const PreparedStatements::Row &r) {
                  s->dids.insert(r.text(0), r.isNull(1) ? 0 : r.integer(1));
              }))
             .ok())
        return st;

    if (!(st = openExtensions(c, s)).ok())
        return st;
    return monthlyCharges(c, &s->monthlyCharges);
}

} // namespace ad
