#include "services/demodata.h"

#include "domain/records.h"
#include "domain/refusals.h"
#include "services/auditlog.h"
#include "services/transaction.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace ad {

namespace {

struct DemoProduct {
    const char *name;
    const char *kind;
    int fee; // cents; -1 = none
};

const DemoProduct kProducts[] = {
    {"Cloud PBX", "main", 1000},
    {"Auto attendant", "main", 600},
    {"Phone line", "main", 600},
    {"Cloud PBX up to 5 phone lines", "main", -1},
    {"Cloud PBX up to 10 phone lines", "main", -1},
    {"Enterprise PBX", "main", 2500},
    {"IoT SIM 1 GB", "main", 200},
    {"Call recording", "addon", 400},
    {"Voicemail to email", "addon", 100},
    {"Static IP", "addon", 100},
};

} // namespace

Status DemoData::load(Database &db, const QString &who)
{
    return Transaction::run(db, 0, [&]() -> Status { return loadInTransaction(db, who); });
}

Status DemoData::loadInTransaction(Database &db, const QString &who)
{
    QSqlQuery q;
    Status st = db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM product)"),
        {}, &q);
    if (!st.ok())
        return st;
    if (q.next() && q.value(0).toLongLong() > 0)
        return refused(refusal::databaseNotEmpty());
    q.finish();

    const QString now = Database::nowUtc();
    QHash<QString, qint64> product;
    for (const DemoProduct &p : kProducts) {
        qint64 id = 0;
        if (!(st = db.insert(
                  QStringLiteral(
                      "INSERT INTO product (name, kind, fee, currency) VALUES (?, ?, ?, 'USD')"),
                  {QString::fromUtf8(p.name), QString::fromLatin1(p.kind),
                   p.fee < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(p.fee))},
                  QStringLiteral("i_product"), &id))
                 .ok())
            return st;
        product.insert(QString::fromUtf8(p.name), id);
    }

    struct Customer {
        qint64 id;
        const char *name;
        const char *tz;
    };
    const Customer customers[] = {{46170, "ABC Company", "America/Los_Angeles"},
                                  {46171, "Bluebird Dental", "America/Chicago"},
                                  {46172, "Corner Bakery", "America/New_York"},
                                  {46173, "Delta Logistics", "Europe/Berlin"},
                                  {46174, "Nordic Sensors", "Europe/Oslo"}};
    for (const Customer &c : customers)
        if (!(st = db.exec(QStringLiteral("INSERT INTO customer (i_customer, name, currency, "
                                          "time_zone, next_aa) VALUES (?, ?, 'USD', ?, 1)"),
                           {c.id, QString::fromUtf8(c.name), QString::fromLatin1(c.tz)}))
                 .ok())
            return st;
    if (db.isPostgres()) {
        // Identity columns: continue after the demo's explicit keys.
        if (!(st = db.exec(QStringLiteral(
                  "SELECT setval(pg_get_serial_sequence('customer', 'i_customer'), 46174)")))
                 .ok())
            return st;
    }

    struct Line {
        qint64 c;
        const char *product;
        int quantity; // 0 = Unlimited
    };
    const Line lines[] = {{46170, "Cloud PBX", 0},
                          {46170, "Auto attendant", 3},
                          {46170, "Call recording", 0},
                          {46171, "Cloud PBX up to 5 phone lines", 5},
                          {46171, "Call recording", 1},
                          {46172, "Phone line", 0},
                          {46173, "Cloud PBX up to 10 phone lines", 10},
                          {46174, "IoT SIM 1 GB", 100},
                          {46174, "Static IP", 10}};
    for (const Line &l : lines)
        if (!(st = db.exec(
                  QStringLiteral("INSERT INTO agreement_line (i_customer, i_product, quantity, "
                                 "in_use) VALUES (?, ?, ?, 0)"),
                  {l.c, product.value(QString::fromUtf8(l.product)),
                   l.quantity ? QVariant(l.quantity) : QVariant(QMetaType(QMetaType::Int))}))
                 .ok())
            return st;

    if (!(st = db.exec(QStringLiteral("INSERT INTO subscription (i_customer, name, fee) VALUES "
                                      "(46171, 'Cloud PBX package', 2000)")))
             .ok() ||
        !(st = db.exec(QStringLiteral("INSERT INTO subscription (i_customer, name, fee) VALUES "
                                      "(46173, '10 lines package', 3000)")))
             .ok())
        return st;

    qint64 iAudit = 0;
    if (!(st = AuditLog(db, Actor{who, false})
                   .write(0, QStringLiteral("demo.load"), QStringLiteral("Panda Telecom"),
                          QString(), QStringLiteral("demo data of domain.md"), &iAudit))
             .ok())
        return st;

    struct Acc {
        qint64 c;
        const char *id;
        const char *product;
        const char *kind; // extension, auto_attendant, account
        const char *number;
        const char *name;
    };
    const Acc accounts[] = {
        {46170, "ph46170aa1", "Auto attendant", "auto_attendant", nullptr, "Main menu"},
        {46170, "ph46170x4665", "Cloud PBX", "extension", "4665", "John Doe"},
        {46171, "ph46171x100", "Cloud PBX up to 5 phone lines", "extension", "100", "Front desk"},
        {46171, "ph46171x101", "Cloud PBX up to 5 phone lines", "extension", "101",
         "Dr. Maria Alvarez"},
        {46174, "8947000000000000011", "IoT SIM 1 GB", "account", nullptr, nullptr},
        {46174, "8947000000000000029", "IoT SIM 1 GB", "account", nullptr, nullptr},
    };
    QHash<QString, qint64> accountIds;
    QHash<qint64, QString> tzOf = {{46170, QStringLiteral("America/Los_Angeles")},
                                   {46171, QStringLiteral("America/Chicago")},
                                   {46174, QStringLiteral("Europe/Oslo")}};
    for (const Acc &a : accounts) {
        qint64 iAccount = 0;
        if (!(st = db.insert(QStringLiteral("INSERT INTO account (id, role, i_customer, i_product, "
                                            "status, blocked, created_at,"
                                            " activated_at, i_audit) VALUES (?, 'universal', ?, ?, "
                                            "'active', 'no', ?, ?, ?)"),
                             {QString::fromLatin1(a.id), a.c,
                              product.value(QString::fromUtf8(a.product)), now, now, iAudit},
                             QStringLiteral("i_account"), &iAccount))
                 .ok())
            return st;
        accountIds.insert(QString::fromLatin1(a.id), iAccount);
        const QString kind = QString::fromLatin1(a.kind);
        if (kind == QLatin1String("account"))
            continue;
        const bool aa = kind == QLatin1String("auto_attendant");
        if (!(st = db.exec(QStringLiteral("INSERT INTO extension (i_customer, kind, number, "
                                          "aa_seq, name, published, email, time_zone, i_account)"
                                          " VALUES (?, ?, ?, ?, ?, 0, '', ?, ?)"),
                           {a.c, kind,
                            aa ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(QString::fromLatin1(a.number)),
                            aa ? QVariant(1) : QVariant(QMetaType(QMetaType::LongLong)),
                            QString::fromUtf8(a.name), tzOf.value(a.c), iAccount}))
                 .ok())
            return st;
    }
    if (!(st = db.exec(QStringLiteral("UPDATE customer SET next_aa = 2 WHERE i_customer = 46170")))
             .ok())
        return st;

    auto addDids = [&](qint64 first, qint64 last, const QVariant &owner) -> Status {
        for (qint64 n = first; n <= last; ++n) {
            Status s = db.exec(QStringLiteral("INSERT INTO did (number, i_customer) VALUES (?, ?)"),
                               {QString::number(n), owner});
            if (!s.ok())
                return s;
        }
        return {};
    };
    if (!(st = addDids(12094555948LL, 12094555960LL, 46170)).ok() ||
        !(st = addDids(13125550100LL, 13125550104LL, 46171)).ok() ||
        !(st = addDids(14155550100LL, 14155550101LL, 46172)).ok() ||
        !(st = addDids(18005550100LL, 18005550109LL, QVariant(QMetaType(QMetaType::LongLong))))
             .ok())
        return st;
    if (!(st = db.exec(QStringLiteral("UPDATE did SET i_account = ? WHERE number = '12094555948'"),
                       {accountIds.value(QStringLiteral("ph46170aa1"))}))
             .ok())
        return st;

    struct Hunt {
        qint64 c;
        const char *name;
        const char *number;
    };
    const Hunt hunts[] = {
        {46170, "Sales", "200"}, {46170, "Support", "201"}, {46171, "Front desk", "300"}};
    for (const Hunt &h : hunts)
        if (!(st =
                  db.exec(QStringLiteral("INSERT INTO hunt_group (i_customer, name, name_key, "
                                         "number, sequence) VALUES (?, ?, ?, ?, 'order')"),
                          {h.c, QString::fromUtf8(h.name), QString::fromUtf8(h.name).toCaseFolded(),
                           QString::fromLatin1(h.number)}))
                 .ok())
            return st;
    return {};
}

} // namespace ad
