#include "storage/snapshotrepository.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "storage/database.h"
#include "storage/preparedstatements.h"

#include <QSqlQuery>
#include <algorithm>

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

Status SnapshotRepository::extensionsAndNumbers(qint64 c, CustomerSnapshot *s,
                                                NumberStrings strings)
{
    // Read through the sqlite3 API on SQLite (PreparedStatements::select): Qt's driver makes a
    // QVariant of every column of every row, ~12,000 instructions a row here. The texts go
    // into the packed OpenExtensions as the UTF-8 SQLite holds (no QString a column), and the
    // numbers, account IDs and DIDs into the planner's integer keys (no QString unless Keep).
    const bool keepStrings = strings == NumberStrings::Keep;
    NumberKeys &keys = s->keys;
    keys = NumberKeys();
    PreparedStatements statements(m_db);
    OpenExtensions &open = s->openExtensions;
    open = OpenExtensions();
    // SQLite does not say how many rows a query has: reserving spares the list and the hashes
    // their growth (a million rows copied at once when the list doubles).
    qint64 extensions = 0;
    Status st = statements.select(
        "extension count",
        QStringLiteral(
            "SELECT count(*) FROM extension WHERE i_customer = ? AND number IS NOT NULL"),
        {c}, [&](const PreparedStatements::Row &r) { extensions = r.integer(0); });
    if (!st.ok())
        return st;
    open.reserve(extensions);
    keys.openByKey.reserve(extensions);
    const QByteArray active("active"), no("no"), closed("closed");
    // The rows mostly share a few zones (and alternate between them): the first 16 kept as
    // text, so that a row's zone is a comparison, not a QString made.
    QList<QPair<QByteArray, QString>> zones;
    QString otherZone;
    // Every extension with a number (the auto attendants have none): the open ones packed, the
    // closed ones only as numbers taken.
    QList<quint64> closedKeys;
    QList<qint64> closedAccounts; // their accounts (not charged)
    st = statements.select(
        "extensions",
        QStringLiteral("SELECT e.i_extension, a.i_account, a.id, e.number, e.name, a.i_product,"
                       " a.status, a.blocked, e.published, e.email, e.time_zone"
                       " FROM extension e JOIN account a ON a.i_account = e.i_account"
                       " WHERE e.i_customer = ? AND e.number IS NOT NULL"),
        {c}, [&](const PreparedStatements::Row &r) {
            const QByteArray number = r.utf8(3);
            if (keepStrings)
                s->extensionNumbers.insert(QString::fromUtf8(number));
            const QByteArray status = r.utf8(6);
            const bool valid = isExtensionNumberUtf8(number);
            if (status == closed) {
                if (valid)
                    closedKeys.append(digitKeyUtf8(number));
                closedAccounts.append(r.integer(1));
                return;
            }
            OpenExtensions::Row x;
            x.iExtension = r.integer(0);
            x.iAccount = r.integer(1);
            x.productId = r.integer(5);
            x.active = status == active;
            x.blocked = r.utf8(7) != no;
            x.published = r.integer(8) != 0;
            const QByteArray tz = r.utf8(10);
            const QString *zone = nullptr;
            for (const QPair<QByteArray, QString> &z : std::as_const(zones))
                if (z.first == tz) {
                    zone = &z.second;
                    break;
                }
            if (!zone && zones.size() < 16) {
                zones.append({QByteArray(tz.constData(), tz.size()), QString::fromUtf8(tz)});
                zone = &zones.last().second;
            } else if (!zone) {
                otherZone = QString::fromUtf8(tz);
                zone = &otherZone;
            }
            if (valid) // a later extension of the same number wins, as a hash insert does
                keys.openByKey.insert(digitKeyUtf8(number), int(open.size()));
            open.add(x, r.utf8(2), number, r.utf8(4), r.utf8(9), *zone);
        });
    if (!st.ok())
        return st;
    open.index(); // by account and by extension, for the DIDs, hunt groups and fees below
    for (quint64 key : std::as_const(closedKeys))
        if (!keys.openByKey.contains(key))
            keys.extensionKeys.insert(key);

    std::sort(closedAccounts.begin(), closedAccounts.end());

    // The monthly charges (what monthlyCharges() sums in scans of its own) are summed in the
    // scans of the customer's accounts and add-ons made here anyway: the subscriptions, the
    // product fee of every active unblocked account and its add-ons' fees (the add-on scan
    // below). The IDs' scan walks every account of the customer: an open extension's account is
    // charged as its packed row says (the extension query read its product, status and blocked),
    // a closed one is not, any other (an auto attendant's) is looked up on its own after the
    // scan. tst_snapshotkeys compares the sum with monthlyCharges().
    qint64 charges = 0;
    if (!(st = statements.select(
              "subscriptions",
              QStringLiteral("SELECT coalesce(sum(fee), 0) FROM subscription WHERE i_customer = ?"),
              {c}, [&](const PreparedStatements::Row &r) { charges += r.integer(0); }))
             .ok())
        return st;
    qint64 lastProduct = -1, lastFee = 0; // the accounts mostly share a product
    const auto productFee = [&](qint64 product) {
        if (product != lastProduct) {
            lastProduct = product;
            lastFee = s->productsById.value(product).feeOrZero();
        }
        return lastFee;
    };
    QList<qint64> otherAccounts;

    // Account IDs "ph{c}x{n}" taken; n the planner asks as a key unless an open extension has it.
    const QByteArray prefix = rules::extensionAccountId(c, QString()).toUtf8();
    if (!(st = statements.select(
              "ids", QStringLiteral("SELECT id, i_account FROM account WHERE i_customer = ?"), {c},
              [&](const PreparedStatements::Row &r) {
                  const qint64 account = r.integer(1);
                  if (const int i = open.indexOfAccount(account); i >= 0) {
                      const OpenExtensions::Row &x = open.row(i);
                      if (x.active && !x.blocked)
                          charges += productFee(x.productId);
                  } else if (!std::binary_search(closedAccounts.cbegin(), closedAccounts.cend(),
                                                 account)) {
                      otherAccounts.append(account);
                  }
                  const QByteArray id = r.utf8(0);
                  if (!id.startsWith(prefix))
                      return;
                  if (keepStrings)
                      s->takenAccountIds.insert(QString::fromUtf8(id));
                  const QByteArrayView suffix = QByteArrayView(id).sliced(prefix.size());
                  if (isExtensionNumberUtf8(suffix))
                      if (const quint64 key = digitKeyUtf8(suffix); !keys.openByKey.contains(key))
                          keys.takenKeys.insert(key);
              }))
             .ok())
        return st;

    // The other accounts, up to 100 a statement (one round trip each on PostgreSQL).
    constexpr qsizetype kChunk = 100;
    for (qsizetype from = 0; from < otherAccounts.size(); from += kChunk) {
        const qsizetype n = qMin(kChunk, otherAccounts.size() - from);
        QVariantList values;
        for (qsizetype i = from; i < from + n; ++i)
            values << otherAccounts.at(i);
        QString sql = QStringLiteral("SELECT i_product FROM account WHERE status = 'active'"
                                     " AND blocked = 'no' AND i_account IN (?");
        sql += QStringLiteral(", ?").repeated(n - 1) + QLatin1Char(')');
        if (!(st = statements.select(
                  "charged accounts." + QByteArray::number(n), sql, values,
                  [&](const PreparedStatements::Row &r) { charges += productFee(r.integer(0)); }))
                 .ok())
            return st;
    }

    // The customer's DIDs: their owners, and those of open extensions on the extension.
    if (!(st = statements.select(
              "dids", QStringLiteral("SELECT number, i_account FROM did WHERE i_customer = ?"), {c},
              [&](const PreparedStatements::Row &r) {
                  const QByteArray number = r.utf8(0);
                  const qint64 owner = r.isNull(1) ? 0 : r.integer(1);
                  keys.didOwner.insert(digitKeyUtf8(number), owner);
                  if (keepStrings)
                      s->dids.insert(QString::fromUtf8(number), owner);
                  if (owner)
                      if (const int i = open.indexOfAccount(owner); i >= 0)
                          open.addDid(i, QString::fromUtf8(number));
              }))
             .ok())
        return st;
    keys.loaded = true;

    // The hunt groups' members (a third of the extensions in the benchmark) and the add-on
    // fees, through the sqlite3 API as well.
    if (!open.isEmpty() &&
        !(st = statements.select(
              "members",
              QStringLiteral("SELECT m.i_extension, m.i_hunt_group FROM hunt_group_member m"
                             " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                             " WHERE h.i_customer = ? ORDER BY h.name_key"),
              {c},
              [&](const PreparedStatements::Row &r) {
                  if (const int i = open.indexOfExtension(r.integer(0)); i >= 0)
                      open.addHuntGroup(i, r.integer(1));
              }))
             .ok())
        return st;
    // Every account's add-on fees (status and blocked only decide the charges: an account's
    // group is the same with them).
    if (!(st =
              statements.select("addon fees",
                                QStringLiteral("SELECT x.i_account, sum(p.fee), a.status, a.blocked"
                                               " FROM account_addon x"
                                               " JOIN account a ON a.i_account = x.i_account"
                                               " JOIN product p ON p.i_product = x.i_product"
                                               " WHERE a.i_customer = ? AND p.fee IS NOT NULL"
                                               " GROUP BY x.i_account, a.status, a.blocked"),
                                {c},
                                [&](const PreparedStatements::Row &r) {
                                    if (r.utf8(2) == active && r.utf8(3) == no)
                                        charges += r.integer(1);
                                    if (const int i = open.indexOfAccount(r.integer(0)); i >= 0)
                                        open.setAddonFees(i, r.integer(1));
                                }))
             .ok())
        return st;
    s->monthlyCharges = charges;
    if (!open.isEmpty())
        open.finish();
    return {};
}

Status SnapshotRepository::load(qint64 c, CustomerSnapshot *s, NumberStrings strings)
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

    return extensionsAndNumbers(c, s, strings); // with the monthly charges
}

} // namespace ad
