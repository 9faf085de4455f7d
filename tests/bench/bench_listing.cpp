// Main-window benchmark (issue #4): a customer with 1,000,000 accounts and a database with
// 100,000 customers, on SQLite. Measures what the window does when it opens them: the first
// page of the lazy customer list, the first page of accounts, filters; and, for reference, the
// whole-customer queries the header makes (monthly charges, account count) and a plain
// "SELECT count(*)" over the customer's accounts, in the same run.
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "services/demodata.h"
#include "services/desk.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace ad;

static double ms(const std::function<void()> &f, int runs = 5)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = qMin(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

static void exec(Database &db, const QString &sql, const QVariantList &v = {})
{
    const Status st = db.exec(sql, v);
    if (!st.ok())
        qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(st.message()));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int accounts = 1000000, customers = 100000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--accounts"))
            accounts = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--customers"))
            customers = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const QString spec = dir.filePath(QStringLiteral("big.sqlite"));
    Status st;
    auto db = Database::open(spec, Database::OpenMode::CreateIfMissing, &st);
    if (!db || !DemoData::load(*db, QStringLiteral("bench")).ok())
        qFatal("setup failed");
    QElapsedTimer setup;
    setup.start();
    // Customers 1..N (names "Customer 000001"), then 1,000,000 extensions for ABC Company, written
    // as one bulk batch (schema v3) so that the setup takes seconds, not minutes.
    exec(*db, QStringLiteral("BEGIN IMMEDIATE"));
    exec(*db,
         QStringLiteral(
             "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?)"
             " INSERT INTO customer (i_customer, name, currency, time_zone)"
             " SELECT 100000 + i, 'Customer ' || substr('000000' || i, -6), 'USD', 'UTC' FROM c"),
         {customers});
    exec(*db, QStringLiteral("INSERT INTO audit (i_audit, at, who, i_customer, action) VALUES "
                             "(999999, 'x', 'bench', 46170, 'bench')"));
    exec(*db, QStringLiteral("INSERT INTO bulk_batch (i_audit) VALUES (999999)"));
    exec(*db,
         QStringLiteral(
             "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < ? - 1)"
             " INSERT INTO account (i_account, id, i_customer, i_product, status, created_at, "
             "i_audit)"
             " SELECT 1000000 + i, 'ph46170x' || (1000000 + i), 46170,"
             "  (SELECT i_product FROM product WHERE name = 'Cloud PBX'), 'active', 'x', 999999 "
             "FROM c"),
         {accounts});
    exec(*db, QStringLiteral(
                  "INSERT INTO extension (i_customer, kind, number, name, time_zone, i_account)"
                  " SELECT 46170, 'extension', substr(id, 9), 'Person ' || (i_account % 7919), "
                  "'UTC', i_account"
                  " FROM account WHERE i_audit = 999999"));
    exec(*db, QStringLiteral("DELETE FROM bulk_batch WHERE i_audit = 999999"));
    exec(*db, QStringLiteral("COMMIT"));
    exec(*db, QStringLiteral("ANALYZE"));
    std::printf(
        "Agreement Desk main-window benchmark — SQLite, %d accounts for one customer, %d customers"
        " (set up in %.1f s)\n\n",
        accounts, customers + 5, setup.elapsed() / 1000.0);

    double t;
    {
        t = ms([&] {
            CustomerListModel m(*db);
            if (m.rowCount() != CustomerListModel::kPageSize)
                qFatal("customers page");
        });
        std::printf("  %-58s %8.1f ms (target < 100)\n", "customer list: open, first page", t);
        CustomerListModel m(*db);
        t = ms([&] {
            m.setFilter(QString());
            m.setFilter(QStringLiteral("Customer 0999"));
        });
        std::printf("  %-58s %8.1f ms\n", "customer list: filter by name", t);
        t = ms([&] {
            m.setFilter(QString());
            m.setFilter(QStringLiteral("146170"));
        });
        std::printf("  %-58s %8.1f ms\n", "customer list: filter by i_customer", t);
    }
    AccountListModel model(*db);
    t = ms([&] {
        model.setCustomer(0);
        model.setCustomer(46170);
        if (model.rowCount() != AccountListModel::kPageSize)
            qFatal("accounts page");
    });
    std::printf("  %-58s %8.1f ms (target < 100)\n", "accounts: first page of the customer", t);
    t = ms([&] {
        model.setFilter(QString());
        model.setFilter(QStringLiteral("14321"));
    });
    std::printf("  %-58s %8.1f ms (target < 100), %d rows\n",
                "accounts: filter by extension number prefix", t, model.rowCount());
    t = ms([&] {
        model.setFilter(QString());
        model.setFilter(QStringLiteral("ph46170x17"));
    });
    std::printf("  %-58s %8.1f ms (target < 100), %d rows\n",
                "accounts: filter by account ID prefix", t, model.rowCount());
    t = ms([&] {
        model.setFilter(QString());
        model.setFilter(QStringLiteral("person 42"));
    });
    std::printf("  %-58s %8.1f ms (target < 100), %d rows\n", "accounts: filter by name", t,
                model.rowCount());
    t = ms([&] {
        model.setFilter(QString());
        model.setFilter(QStringLiteral("no such name"));
    });
    std::printf("  %-58s %8.1f ms, %d rows\n", "accounts: filter matching nothing", t,
                model.rowCount());
    t = ms([&] {
        model.setFilter(QString());
        while (model.rowCount() < 2000 && model.canFetchMore({}))
            model.fetchMore({});
    });
    std::printf("  %-58s %8.1f ms\n", "accounts: scroll to row 2,000 (10 pages)", t);

    Desk service(*db, Actor{QStringLiteral("bench"), false});
    qint64 charges = 0;
    t = ms(
        [&] {
            if (const Status summed = service.customers.monthlyCharges(46170, &charges);
                !summed.ok())
                qFatal("monthly charges failed: %s", qPrintable(summed.message()));
        },
        3);
    std::printf("\n  %-58s %8.1f ms\n", "header: monthly charges (whole customer)", t);
    CustomerInfo info;
    t = ms(
        [&] {
            if (const Status read = service.customers.get(46170, &info); !read.ok())
                qFatal("customer failed: %s", qPrintable(read.message()));
        },
        3);
    std::printf("  %-58s %8.1f ms\n", "header: customer with open-account count", t);
    t = ms(
        [&] {
            QSqlQuery q(db->db());
            q.exec(QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170"));
            q.next();
        },
        3);
    std::printf("  %-58s %8.1f ms\n", "reference: SELECT count(*) of the customer's accounts", t);
    return 0;
}
