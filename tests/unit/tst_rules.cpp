// Rules 1-11 of docs/rules.md through the services and the database itself, each test run on
// SQLite and on PostgreSQL (initTestCase_data).
#include "services/desk.h"
#include "storage/accountwriter.h"
#include "storage/database.h"
#include "testdb.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ad;
using namespace ad::test;

class TstRules : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Database> m_db;
    QString m_spec;
    std::unique_ptr<Desk> m_admin;
    std::unique_ptr<Desk> m_customer;

    qint64 inUse(qint64 c, const QString &product)
    {
        return scalar(
            *m_db,
            QStringLiteral(
                "SELECT l.in_use FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                " WHERE l.i_customer = ? AND p.name = ?"),
            {c, product});
    }
    qint64 realCount(qint64 c, const QString &product)
    {
        return scalar(
            *m_db,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM account a JOIN product p ON p.i_product = a.i_product"
                "   WHERE a.i_customer = ? AND p.name = ? AND a.status <> 'closed')"
                " + (SELECT count(*) FROM account_addon x JOIN account a ON a.i_account = "
                "x.i_account"
                "   JOIN product p ON p.i_product = x.i_product"
                "   WHERE a.i_customer = ? AND p.name = ? AND a.status <> 'closed')"),
            {c, product, c, product});
    }
    ExtensionRequest ext(const QString &number,
                         const QString &product = QStringLiteral("Cloud PBX"))
    {
        ExtensionRequest r;
        r.number = number;
        r.product = product;
        r.name = QStringLiteral("Test %1").arg(number);
        return r;
    }
    qint64 auditCount() { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")); }
    QString productId(const QString &name)
    {
        return QString::number(
            scalar(*m_db, QStringLiteral("SELECT i_product FROM product WHERE name = ?"), {name}));
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        m_db = freshDatabase(currentEngine(), true, &m_spec);
        QVERIFY(m_db);
        m_admin = std::make_unique<Desk>(*m_db, Actor{QStringLiteral("anna"), false});
        m_customer = std::make_unique<Desk>(*m_db, Actor{QStringLiteral("abc-portal"), true});
    }
    void cleanup()
    {
        m_admin.reset();
        m_customer.reset();
        m_db.reset();
    }

    // ---- demo data
    void demoData()
    {
        QList<CustomerInfo> customers;
        QVERIFY_OK(m_admin->customers.list(&customers));
        QCOMPARE(customers.size(), 5);
        QCOMPARE(customers.first().name, QStringLiteral("ABC Company"));
        QCOMPARE(customers.first().id, 46170);
        QList<AccountInfo> accounts;
        QVERIFY_OK(m_admin->accounts.list(46170, &accounts));
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).id, QStringLiteral("ph46170aa1"));
        QCOMPARE(accounts.at(0).dids, QStringList{QStringLiteral("12094555948")});
        QCOMPARE(accounts.at(1).id, QStringLiteral("ph46170x4665"));
        QCOMPARE(accounts.at(1).name, QStringLiteral("John Doe"));
        QList<DidInfo> dids;
        QVERIFY_OK(m_admin->dids.list(46170, &dids));
        QCOMPARE(dids.size(), 13);
        QStringList inventory;
        QVERIFY_OK(m_admin->dids.inventory(&inventory));
        QCOMPARE(inventory.size(), 10);
        QCOMPARE(inventory.first(), QStringLiteral("18005550100"));
        QList<HuntGroupInfo> groups;
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, QStringLiteral("Sales"));
        QCOMPARE(groups.at(0).number, QStringLiteral("200"));
        QVERIFY_OK(m_admin->accounts.list(46174, &accounts));
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).kind, QStringLiteral("account"));
        QCOMPARE(inUse(46170, QStringLiteral("Auto attendant")), 1);
        QCOMPARE(inUse(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 2);
    }

    // ---- rule 1 (docs/rules.md): account IDs
    void rule1_extensionAccountId()
    {
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4701")), &a));
        QCOMPARE(a.accountId, QStringLiteral("ph46170x4701"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM account WHERE id = "
                                              "'ph46170x4701' AND role = 'universal'")),
                 1);
    }
    void rule1_autoAttendantNumbersNeverReused()
    {
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addAutoAttendant(
            46170, QStringLiteral("Auto attendant"), QStringLiteral("After hours"), {}, false, &a));
        QCOMPARE(a.accountId, QStringLiteral("ph46170aa2"));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170aa2")));
        QVERIFY_OK(m_admin->accounts.addAutoAttendant(46170, QStringLiteral("Auto attendant"),
                                                      QStringLiteral("Holidays"), {}, false, &a));
        QCOMPARE(a.accountId, QStringLiteral("ph46170aa3"));
    }
    void rule1_genericAccountIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::newRow("iccid") << QStringLiteral("8947000000000000037") << QString();
        QTest::newRow("letters and marks") << QStringLiteral("sim.a-b_c@x") << QString();
        QTest::newRow("ph then digit")
            << QStringLiteral("ph46174x1") << QStringLiteral("account_id_invalid");
        QTest::newRow("PH then digit")
            << QStringLiteral("PH9") << QStringLiteral("account_id_invalid");
        QTest::newRow("space") << QStringLiteral("sim 1") << QStringLiteral("account_id_invalid");
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a'))
                                  << QStringLiteral("account_id_invalid");
        QTest::newRow("empty") << QString() << QStringLiteral("account_id_invalid");
        QTest::newRow("exists") << QStringLiteral("8947000000000000011")
                                << QStringLiteral("account_exists");
        QTest::newRow("exists elsewhere")
            << QStringLiteral("ph46170x4665") << QStringLiteral("account_id_invalid");
    }
    void rule1_genericAccountIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, code);
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM account"));
        CreatedAccount a;
        const Status st = m_admin->accounts.addGenericAccount(
            46174, id, QStringLiteral("IoT SIM 1 GB"), false, &a);
        if (code.isEmpty()) {
            QVERIFY2(st.ok(), qPrintable(st.message()));
            QCOMPARE(a.accountId, id);
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM account")), before + 1);
        } else {
            QCOMPARE(st.firstCode(), code);
            QCOMPARE(st.exitCode(), 1);
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM account")), before);
        }
    }
    void rule1_closedIdNotReused()
    {
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170x4665")));
        const Status st =
            m_admin->accounts.addExtension(46170, ext(QStringLiteral("4665")), nullptr);
        QCOMPARE(st.firstCode(), QStringLiteral("extension_exists"));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("8947000000000000011")));
        QCOMPARE(m_admin->accounts
                     .addGenericAccount(46174, QStringLiteral("8947000000000000011"),
                                        QStringLiteral("IoT SIM 1 GB"), false, nullptr)
                     .firstCode(),
                 QStringLiteral("account_exists"));
        // The database refuses a duplicate ID too.
        QVERIFY(
            !rawExec(*m_db,
                     QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) "
                                    "VALUES ('8947000000000000011', 46174, ?, 'x')"),
                     {productId(QStringLiteral("IoT SIM 1 GB"))})
                 .isEmpty());
    }

    // ---- rule 2 (docs/rules.md): the agreement gate
    void rule2_agreementGate()
    {
        // Phone line is not in ABC's agreement.
        ImportPlan plan;
        Status st = m_admin->accounts.addExtension(
            46170, ext(QStringLiteral("4702"), QStringLiteral("Phone line")), nullptr);
        QCOMPARE(st.firstCode(), QStringLiteral("product_not_in_agreement"));
        st = m_admin->accounts.addExtension(
            46170, ext(QStringLiteral("4702"), QStringLiteral("Call recording")), nullptr);
        QCOMPARE(st.firstCode(), QStringLiteral("product_not_main"));
        st = m_admin->accountState.addonAdd(QStringLiteral("ph46170x4665"),
                                            QStringLiteral("Static IP"));
        QCOMPARE(st.firstCode(), QStringLiteral("product_not_in_agreement"));
        st = m_admin->accountState.addonAdd(QStringLiteral("ph46170x4665"),
                                            QStringLiteral("Cloud PBX"));
        QCOMPARE(st.firstCode(), QStringLiteral("product_not_addon"));
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46170x4665"),
                                                  QStringLiteral("Call recording")));
        QCOMPARE(m_admin->accounts
                     .addGenericAccount(46170, QStringLiteral("sim1"),
                                        QStringLiteral("IoT SIM 1 GB"), false, nullptr)
                     .firstCode(),
                 QStringLiteral("product_not_in_agreement"));
        // The database holds the gate as well.
        const QString err =
            rawExec(*m_db,
                    QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) "
                                   "VALUES ('raw1', 46170, ?, 'x')"),
                    {productId(QStringLiteral("Phone line"))});
        QVERIFY2(err.contains(QLatin1String("product_not_in_agreement")), qPrintable(err));
        const QString err2 =
            rawExec(*m_db,
                    QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) "
                                   "VALUES ('raw2', 46170, ?, 'x')"),
                    {productId(QStringLiteral("Call recording"))});
        QVERIFY2(err2.contains(QLatin1String("product_not_main")), qPrintable(err2));
    }

    // ---- rule 3 (docs/rules.md): quantity
    void rule3_quantityCountsEveryOpenAccount()
    {
        // Auto attendant 3 with 1 in use: an inactive and a blocked one fill it.
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addAutoAttendant(46170, QStringLiteral("Auto attendant"),
                                                      QString(), {}, true, &a));
        QCOMPARE(a.status, QStringLiteral("inactive"));
        QVERIFY_OK(m_admin->accounts.addAutoAttendant(46170, QStringLiteral("Auto attendant"),
                                                      QString(), {}, false, &a));
        QVERIFY_OK(m_admin->accountState.block(a.accountId));
        const Status st = m_admin->accounts.addAutoAttendant(
            46170, QStringLiteral("Auto attendant"), QString(), {}, false, &a);
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_exceeded"));
        QCOMPARE(inUse(46170, QStringLiteral("Auto attendant")), 3);
        QCOMPARE(realCount(46170, QStringLiteral("Auto attendant")), 3);
        // Closing frees one.
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170aa1")));
        QVERIFY_OK(m_admin->accounts.addAutoAttendant(46170, QStringLiteral("Auto attendant"),
                                                      QString(), {}, false, &a));
        QCOMPARE(inUse(46170, QStringLiteral("Auto attendant")), 3);
    }
    void rule3_addonsCount()
    {
        // Bluebird: Call recording 1.
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46171x100"),
                                                  QStringLiteral("Call recording")));
        QCOMPARE(m_admin->accountState
                     .addonAdd(QStringLiteral("ph46171x101"), QStringLiteral("Call recording"))
                     .firstCode(),
                 QStringLiteral("quantity_exceeded"));
        QVERIFY_OK(m_admin->accountState.addonRemove(QStringLiteral("ph46171x100"),
                                                     QStringLiteral("Call recording")));
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46171x101"),
                                                  QStringLiteral("Call recording")));
        QCOMPARE(inUse(46171, QStringLiteral("Call recording")), 1);
        // Closing an account frees its add-ons' quota too.
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46171x101")));
        QCOMPARE(inUse(46171, QStringLiteral("Call recording")), 0);
        QCOMPARE(realCount(46171, QStringLiteral("Call recording")), 0);
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46171x100"),
                                                  QStringLiteral("Call recording")));
    }
    void rule3_rawInsertPastLimitRefused()
    {
        // Bluebird: 5-line product, 2 used. Three raw inserts fit, the fourth is refused by the
        // database.
        const QString p = productId(QStringLiteral("Cloud PBX up to 5 phone lines"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rawExec(*m_db,
                             QStringLiteral("INSERT INTO account (id, i_customer, i_product, "
                                            "created_at) VALUES (?, 46171, ?, 'x')"),
                             {QStringLiteral("raw%1").arg(i), p}),
                     QString());
        const QString err =
            rawExec(*m_db,
                    QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) "
                                   "VALUES ('raw9', 46171, ?, 'x')"),
                    {p});
        QVERIFY2(err.contains(QLatin1String("agreement_line_quota")), qPrintable(err));
        QCOMPARE(realCount(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 5);
        // Re-opening a closed account past the limit is refused too.
        QCOMPARE(rawExec(*m_db,
                         QStringLiteral("UPDATE account SET status = 'closed' WHERE id = 'raw0'")),
                 QString());
        QCOMPARE(rawExec(*m_db,
                         QStringLiteral("INSERT INTO account (id, i_customer, i_product, "
                                        "created_at) VALUES ('raw8', 46171, ?, 'x')"),
                         {p}),
                 QString());
        const QString err2 = rawExec(
            *m_db, QStringLiteral("UPDATE account SET status = 'active' WHERE id = 'raw0'"));
        QVERIFY2(err2.contains(QLatin1String("agreement_line_quota")), qPrintable(err2));
        // A multi-row statement is counted as a whole.
        QCOMPARE(rawExec(*m_db,
                         QStringLiteral("UPDATE agreement_line SET quantity = 7 WHERE i_customer = "
                                        "46171 AND i_product = ?"),
                         {p}),
                 QString());
        const QString err3 = rawExec(
            *m_db,
            QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) VALUES"
                           " ('m1', 46171, ?, 'x'), ('m2', 46171, ?, 'x'), ('m3', 46171, ?, 'x')"),
            {p, p, p});
        QVERIFY2(err3.contains(QLatin1String("agreement_line_quota")), qPrintable(err3));
        QCOMPARE(realCount(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 5);
        QCOMPARE(inUse(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 5);
    }
    // The bulk path (AccountWriter: a bulk batch, no per-row rule triggers, on SQLite with the
    // connection's triggers switched off) is checked by the database as a whole when the batch
    // closes: rows the planner would never produce are refused, nothing is left behind.
    void bulkWritesAreCheckedByTheDatabase()
    {
        const QString huntNumber = QString::number(
            scalar(*m_db, QStringLiteral("SELECT CAST(number AS INTEGER) FROM hunt_group WHERE "
                                         "i_customer = 46170 ORDER BY number LIMIT 1")));
        QVERIFY(huntNumber.toLongLong() > 0);
        auto planned = [](const QString &number, qint64 product, const QString &id = QString()) {
            PlannedAccount a;
            a.row = 2;
            a.extension = number;
            a.accountId = id.isEmpty() ? QStringLiteral("ph46170x") + number : id;
            a.productId = product;
            a.timeZone = QStringLiteral("Europe/Berlin");
            a.name = QStringLiteral("Bulk ") + number;
            return a;
        };
        auto attempt = [&](const QList<PlannedAccount> &rows, bool keep = false) {
            Status st = m_db->beginWrite();
            if (!st.ok())
                return st;
            st = m_db->lockCustomer(46170);
            qint64 iAudit = 0;
            if (st.ok())
                st =
                    m_admin->audit.write(46170, QStringLiteral("import"),
                                         QStringLiteral("bulk.csv"), QString(), QString(), &iAudit);
            if (st.ok())
                st = AccountWriter(*m_db).write(46170, rows, iAudit);
            if (st.ok() && keep)
                return m_db->commit();
            m_db->rollback();
            return st;
        };
        const qint64 cloud = productId(QStringLiteral("Cloud PBX")).toLongLong();
        const qint64 attendant = productId(QStringLiteral("Auto attendant")).toLongLong();
        const qint64 phoneLine = productId(QStringLiteral("Phone line")).toLongLong();
        const qint64 recording = productId(QStringLiteral("Call recording")).toLongLong();
        const qint64 accounts = scalar(*m_db, QStringLiteral("SELECT count(*) FROM account"));
        const qint64 attendantsInUse = inUse(46170, QStringLiteral("Auto attendant"));
        // Rule 3: Auto attendant allows 3 and has 1; three more in one batch are refused.
        QCOMPARE(attempt({planned(QStringLiteral("7001"), attendant),
                          planned(QStringLiteral("7002"), attendant),
                          planned(QStringLiteral("7003"), attendant)})
                     .firstCode(),
                 QStringLiteral("quantity_exceeded"));
        // Rule 2: a product outside the agreement.
        QCOMPARE(attempt({planned(QStringLiteral("7004"), cloud),
                          planned(QStringLiteral("7005"), phoneLine)})
                     .firstCode(),
                 QStringLiteral("product_not_in_agreement"));
        // Rule 2: an add-on (in the agreement) is not a main product.
        QCOMPARE(attempt({planned(QStringLiteral("7009"), cloud),
                          planned(QStringLiteral("7010"), recording)})
                     .firstCode(),
                 QStringLiteral("product_not_main"));
        // Rule 5: an extension on a hunt group's number.
        QCOMPARE(attempt({planned(huntNumber, cloud)}).firstCode(),
                 QStringLiteral("extension_exists"));
        // Rule 1: an extension account must be ph{customer}x{number}.
        QCOMPARE(attempt({planned(QStringLiteral("7006"), cloud, QStringLiteral("ph46170x9999"))})
                     .firstCode(),
                 QStringLiteral("account_id_invalid"));
        // Rule 5: one number twice in the batch (the unique index).
        QCOMPARE(attempt({planned(QStringLiteral("7007"), cloud),
                          planned(QStringLiteral("7007"), cloud, QStringLiteral("ph46170x7007b"))})
                     .firstCode(),
                 QStringLiteral("extension_exists"));
        // A product that does not exist: the foreign key.
        QVERIFY(!attempt({planned(QStringLiteral("7008"), 987654)}).ok());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM account")), accounts);
        QCOMPARE(inUse(46170, QStringLiteral("Auto attendant")), attendantsInUse);
        // Two fit; the counter follows the batch, and per-row rules apply again afterwards.
        QVERIFY_OK(attempt({planned(QStringLiteral("7011"), attendant),
                            planned(QStringLiteral("7012"), attendant)},
                           true));
        QCOMPARE(inUse(46170, QStringLiteral("Auto attendant")), attendantsInUse + 2);
        QCOMPARE(realCount(46170, QStringLiteral("Auto attendant")), attendantsInUse + 2);
        const QString err =
            rawExec(*m_db,
                    QStringLiteral("INSERT INTO account (id, i_customer, i_product, created_at) "
                                   "VALUES ('one-more', 46170, ?, 'x')"),
                    {attendant});
        QVERIFY2(err.contains(QLatin1String("agreement_line_quota")), qPrintable(err));
    }

    void rule3_raceTwoDesks()
    {
        // Delta Logistics: 10 lines. Two desks, each on its own connection, try to add 8 at once.
        std::atomic<int> ok{0}, refused{0}, other{0};
        QSemaphore start;
        auto desk = [&](int offset) {
            Status st;
            auto db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
            if (!db) {
                ++other;
                return;
            }
            Desk service(*db, Actor{QStringLiteral("desk%1").arg(offset), false});
            start.acquire();
            for (int i = 0; i < 8; ++i) {
                ExtensionRequest r;
                r.number = QString::number(offset + i);
                r.product = QStringLiteral("Cloud PBX up to 10 phone lines");
                const Status s = service.accounts.addExtension(46173, r, nullptr);
                if (s.ok())
                    ++ok;
                else if (s.firstCode() == QLatin1String("quantity_exceeded"))
                    ++refused;
                else {
                    qWarning("unexpected: %s", qPrintable(s.message()));
                    ++other;
                }
            }
        };
        QThread *a = QThread::create(desk, 100);
        QThread *b = QThread::create(desk, 200);
        a->start();
        b->start();
        start.release(2);
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(other.load(), 0);
        QCOMPARE(ok.load(), 10);
        QCOMPARE(refused.load(), 6);
        QCOMPARE(realCount(46173, QStringLiteral("Cloud PBX up to 10 phone lines")), 10);
        QCOMPARE(inUse(46173, QStringLiteral("Cloud PBX up to 10 phone lines")), 10);
    }
    void rule3_raceRawTransactions()
    {
        // Two raw transactions without the service's checks, each inserting 6 of Delta's 10:
        // the database lets exactly one commit.
        const QString p = productId(QStringLiteral("Cloud PBX up to 10 phone lines"));
        std::atomic<int> committed{0}, refused{0};
        QSemaphore inserted, go;
        auto desk = [&](const QString &prefix, bool first) {
            Status st;
            auto db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
            if (!db)
                return;
            if (!first)
                go.acquire(); // start after the first desk has inserted, before it commits
            if (!db->beginWrite().ok()) {
                ++refused;
                return;
            }
            bool failed = false;
            for (int i = 0; i < 6 && !failed; ++i)
                failed = !rawExec(*db,
                                  QStringLiteral("INSERT INTO account (id, i_customer, i_product, "
                                                 "created_at) VALUES (?, 46173, ?, 'x')"),
                                  {prefix + QString::number(i), p})
                              .isEmpty();
            if (first) {
                go.release();
                QThread::msleep(300); // the other desk now waits for the lock
            }
            if (failed) {
                db->rollback();
                ++refused;
            } else if (db->commit().ok()) {
                ++committed;
            } else {
                ++refused;
            }
        };
        QThread *a = QThread::create(desk, QStringLiteral("a"), true);
        QThread *b = QThread::create(desk, QStringLiteral("b"), false);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(committed.load(), 1);
        QCOMPARE(refused.load(), 1);
        QCOMPARE(realCount(46173, QStringLiteral("Cloud PBX up to 10 phone lines")), 6);
    }

    // ---- rule 4 (docs/rules.md): agreement edits
    void rule4_agreementEdits()
    {
        // Auto attendant: 1 in use.
        Status st = m_admin->agreement.set(46170, QStringLiteral("Auto attendant"), 1);
        QVERIFY2(st.ok(), qPrintable(st.message()));
        QCOMPARE(m_admin->accounts
                     .addAutoAttendant(46170, QStringLiteral("Auto attendant"), QString(), {},
                                       false, nullptr)
                     .firstCode(),
                 QStringLiteral("quantity_exceeded"));
        QVERIFY_OK(
            m_admin->agreement.set(46171, QStringLiteral("Cloud PBX up to 5 phone lines"), 2));
        st = m_admin->agreement.set(46171, QStringLiteral("Cloud PBX up to 5 phone lines"), 1);
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_below_usage"));
        QVERIFY(st.message().contains(QLatin1String("2 account")));
        QCOMPARE(m_admin->agreement.set(46170, QStringLiteral("Cloud PBX"), 0).firstCode(),
                 QStringLiteral("quantity_invalid"));
        QCOMPARE(m_admin->agreement.set(46170, QStringLiteral("Cloud PBX"), 1000000).firstCode(),
                 QStringLiteral("quantity_invalid"));
        QVERIFY_OK(m_admin->agreement.set(46170, QStringLiteral("Cloud PBX"), 999999));
        QVERIFY_OK(m_admin->agreement.set(46170, QStringLiteral("Cloud PBX"), std::nullopt));
        QCOMPARE(m_admin->agreement.remove(46170, QStringLiteral("Cloud PBX")).firstCode(),
                 QStringLiteral("product_in_use"));
        QVERIFY_OK(m_admin->agreement.remove(46170, QStringLiteral("Call recording")));
        QCOMPARE(m_admin->agreement.remove(46170, QStringLiteral("Call recording")).firstCode(),
                 QStringLiteral("product_not_in_agreement"));
        QVERIFY_OK(m_admin->agreement.add(46170, QStringLiteral("Call recording"), 5));
        QCOMPARE(m_admin->agreement.add(46170, QStringLiteral("Call recording"), 5).firstCode(),
                 QStringLiteral("product_in_agreement"));
        QCOMPARE(m_admin->agreement.add(46170, QStringLiteral("No such product"), 5).firstCode(),
                 QStringLiteral("product_unknown"));
        // The database refuses both as well.
        const QString p = productId(QStringLiteral("Cloud PBX up to 5 phone lines"));
        QVERIFY(rawExec(*m_db,
                        QStringLiteral("UPDATE agreement_line SET quantity = 1 WHERE i_customer = "
                                       "46171 AND i_product = ?"),
                        {p})
                    .contains(QLatin1String("agreement_line_quota")));
        QVERIFY(
            rawExec(*m_db,
                    QStringLiteral(
                        "DELETE FROM agreement_line WHERE i_customer = 46171 AND i_product = ?"),
                    {p})
                .contains(QLatin1String("product_in_use")));
        // Several changes apply all or none.
        st = m_admin->agreement.setMany(46171,
                                        {{QStringLiteral("Call recording"), 3},
                                         {QStringLiteral("Cloud PBX up to 5 phone lines"), 1}});
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_below_usage"));
        QList<AgreementLineInfo> lines;
        QVERIFY_OK(m_admin->agreement.lines(46171, &lines));
        for (const auto &l : lines)
            if (l.product.name == QLatin1String("Call recording"))
                QCOMPARE(l.quantity.value_or(-1), 1);
    }

    // ---- rule 5 (docs/rules.md): extension numbers
    void rule5_extensionNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QStringLiteral("4702") << QString();
        QTest::newRow("leading zero distinct") << QStringLiteral("04665") << QString();
        QTest::newRow("15 digits") << QStringLiteral("123456789012345") << QString();
        QTest::newRow("16 digits")
            << QStringLiteral("1234567890123456") << QStringLiteral("extension_invalid");
        QTest::newRow("letters") << QStringLiteral("47a2") << QStringLiteral("extension_invalid");
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("٤٦٦٥") << QStringLiteral("extension_invalid");
        QTest::newRow("scientific")
            << QStringLiteral("4.665E+03") << QStringLiteral("extension_invalid");
        QTest::newRow("empty") << QString() << QStringLiteral("extension_missing");
        QTest::newRow("exists") << QStringLiteral("4665") << QStringLiteral("extension_exists");
        QTest::newRow("hunt group number")
            << QStringLiteral("200") << QStringLiteral("extension_exists");
    }
    void rule5_extensionNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        const Status st = m_admin->accounts.addExtension(46170, ext(number), nullptr);
        if (code.isEmpty())
            QVERIFY2(st.ok(), qPrintable(st.message()));
        else
            QCOMPARE(st.firstCode(), code);
    }
    void rule5_huntGroupNumbersShareTheSpace()
    {
        QCOMPARE(m_admin->huntGroups
                     .add(46170, QStringLiteral("Billing"), QStringLiteral("4665"),
                          QStringLiteral("order"))
                     .firstCode(),
                 QStringLiteral("extension_exists"));
        QCOMPARE(
            m_admin->huntGroups
                .add(46170, QStringLiteral("sales"), QStringLiteral("202"), QStringLiteral("order"))
                .firstCode(),
            QStringLiteral("huntgroup_exists"));
        QVERIFY_OK(m_admin->huntGroups.add(46170, QStringLiteral("Billing"), QStringLiteral("202"),
                                           QStringLiteral("random")));
        // The database enforces the shared number space itself.
        QVERIFY(rawExec(*m_db, QStringLiteral("INSERT INTO hunt_group (i_customer, name, name_key, "
                                              "number) VALUES (46170, 'X', 'x', '4665')"))
                    .contains(QLatin1String("extension_exists")));
        QVERIFY(
            !rawExec(*m_db,
                     QStringLiteral(
                         "INSERT INTO extension (i_customer, kind, number, time_zone, i_account)"
                         " SELECT 46170, 'extension', '4665', 'UTC', i_account FROM account WHERE "
                         "id = 'ph46170aa1'"))
                 .isEmpty());
    }

    // ---- rule 6 (docs/rules.md): DIDs
    void rule6_dids()
    {
        ExtensionRequest r = ext(QStringLiteral("4702"));
        r.dids = {QStringLiteral("+1 (209) 455-5949")};
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addExtension(46170, r, &a));
        QCOMPARE(a.dids, QStringList{QStringLiteral("12094555949")});
        r = ext(QStringLiteral("4703"));
        r.dids = {QStringLiteral("1.209.455.5949")};
        QCOMPARE(m_admin->accounts.addExtension(46170, r, nullptr).firstCode(),
                 QStringLiteral("did_in_use"));
        r.dids = {QStringLiteral("18005550100")};
        QCOMPARE(m_admin->accounts.addExtension(46170, r, nullptr).firstCode(),
                 QStringLiteral("did_not_owned"));
        r.dids = {QStringLiteral("13125550100")}; // Bluebird's
        QCOMPARE(m_admin->accounts.addExtension(46170, r, nullptr).firstCode(),
                 QStringLiteral("did_not_owned"));
        r.dids = {QStringLiteral("12345")};
        QCOMPARE(m_admin->accounts.addExtension(46170, r, nullptr).firstCode(),
                 QStringLiteral("did_invalid"));
        // Give numbers from the inventory (a range) and a new one, assign, release.
        QStringList added;
        QVERIFY_OK(m_admin->dids.add(
            46170, {QStringLiteral("18005550100..18005550102"), QStringLiteral("+1 415 555 0199")},
            &added));
        QCOMPARE(added.size(), 4);
        QCOMPARE(m_admin->dids.add(46171, {QStringLiteral("18005550101")}, nullptr).firstCode(),
                 QStringLiteral("did_owned_by_other"));
        QCOMPARE(m_admin->dids.add(46170, {QStringLiteral("18005550102..18005550101")}, nullptr)
                     .firstCode(),
                 QStringLiteral("did_range_invalid"));
        QVERIFY_OK(
            m_admin->dids.assign(QStringLiteral("ph46170x4665"), QStringLiteral("18005550100")));
        QCOMPARE(m_admin->dids.assign(QStringLiteral("ph46170x4702"), QStringLiteral("18005550100"))
                     .firstCode(),
                 QStringLiteral("did_in_use"));
        QCOMPARE(m_admin->dids.assign(QStringLiteral("ph46170x4665"), QStringLiteral("13125550100"))
                     .firstCode(),
                 QStringLiteral("did_not_owned"));
        QVERIFY_OK(m_admin->dids.release(QStringLiteral("18005550100"), false));
        QCOMPARE(m_admin->dids.release(QStringLiteral("18005550100"), false).firstCode(),
                 QStringLiteral("did_not_assigned"));
        QVERIFY_OK(m_admin->dids.release(QStringLiteral("18005550100"), true));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM did WHERE number = "
                                              "'18005550100' AND i_customer IS NULL")),
                 1);
        // Database: one account per DID, and only the owner's accounts.
        QVERIFY(!rawExec(*m_db,
                         QStringLiteral(
                             "INSERT INTO did (number, i_customer) VALUES ('12094555949', 46170)"))
                     .isEmpty());
        QVERIFY(!rawExec(*m_db, QStringLiteral("UPDATE did SET i_account = (SELECT i_account FROM "
                                               "account WHERE id = 'ph46171x100')"
                                               " WHERE number = '12094555950'"))
                     .isEmpty());
    }

    // ---- rule 7 (docs/rules.md): status on creation
    void rule7_statusOnCreation()
    {
        ExtensionRequest r = ext(QStringLiteral("4702"));
        r.inactive = true;
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addExtension(46170, r, &a));
        QCOMPARE(a.status, QStringLiteral("inactive"));
        QCOMPARE(m_customer->accountState.activate(QStringLiteral("ph46170x4702")).firstCode(),
                 QStringLiteral("admin_only"));
        QVERIFY_OK(m_admin->accountState.activate(QStringLiteral("ph46170x4702")));
        QCOMPARE(m_admin->accountState.activate(QStringLiteral("ph46170x4702")).firstCode(),
                 QStringLiteral("already_active"));
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT count(*) FROM account WHERE id = 'ph46170x4702' "
                                         "AND status = 'active' AND activated_at IS NOT NULL")),
            1);
    }

    // ---- rule 8 (docs/rules.md): blocking
    void rule8_blocking()
    {
        const QString id = QStringLiteral("ph46170x4665");
        QVERIFY_OK(m_admin->accountState.block(id));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral(
                            "SELECT count(*) FROM account WHERE id = ? AND blocked = 'by_admin'"),
                        {id}),
                 1);
        QCOMPARE(m_customer->accountState.unblock(id).firstCode(),
                 QStringLiteral("blocked_by_admin"));
        QCOMPARE(m_customer->accountState.block(id).firstCode(),
                 QStringLiteral("blocked_by_admin"));
        QCOMPARE(m_customer->accountState.close(id).firstCode(),
                 QStringLiteral("blocked_by_admin"));
        QVERIFY_OK(m_admin->accountState.unblock(id));
        QVERIFY_OK(m_customer->accountState.block(id));
        QCOMPARE(
            scalar(*m_db,
                   QStringLiteral(
                       "SELECT count(*) FROM account WHERE id = ? AND blocked = 'by_customer'"),
                   {id}),
            1);
        QCOMPARE(m_customer->accountState.block(id).firstCode(), QStringLiteral("already_blocked"));
        QVERIFY_OK(m_customer->accountState.unblock(id));
        QCOMPARE(m_customer->accountState.unblock(id).firstCode(), QStringLiteral("not_blocked"));
        // An administrator may take over a customer's block.
        QVERIFY_OK(m_customer->accountState.block(id));
        QVERIFY_OK(m_admin->accountState.block(id));
        QCOMPARE(m_customer->accountState.unblock(id).firstCode(),
                 QStringLiteral("blocked_by_admin"));
        QCOMPARE(m_admin->accountState.block(QStringLiteral("nope")).firstCode(),
                 QStringLiteral("account_unknown"));
    }

    // ---- rule 9 (docs/rules.md): closing
    void rule9_closing()
    {
        ExtensionRequest r = ext(QStringLiteral("4702"));
        r.dids = {QStringLiteral("12094555950"), QStringLiteral("12094555951")};
        r.huntGroup = QStringLiteral("sales");
        QVERIFY_OK(m_admin->accounts.addExtension(46170, r, nullptr));
        QList<HuntGroupInfo> groups;
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QCOMPARE(groups.at(0).members, QStringList{QStringLiteral("4702")});
        const qint64 used = inUse(46170, QStringLiteral("Cloud PBX"));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170x4702")));
        QCOMPARE(
            scalar(*m_db,
                   QStringLiteral(
                       "SELECT count(*) FROM did WHERE number IN ('12094555950', '12094555951')"
                       " AND i_customer = 46170 AND i_account IS NULL")),
            2);
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QVERIFY(groups.at(0).members.isEmpty());
        QCOMPARE(inUse(46170, QStringLiteral("Cloud PBX")), used - 1);
        QCOMPARE(m_admin->accountState.close(QStringLiteral("ph46170x4702")).firstCode(),
                 QStringLiteral("account_closed"));
        QCOMPARE(m_admin->accountState.block(QStringLiteral("ph46170x4702")).firstCode(),
                 QStringLiteral("account_closed"));
        // The DIDs can be used again.
        r = ext(QStringLiteral("4703"));
        r.dids = {QStringLiteral("12094555950")};
        QVERIFY_OK(m_admin->accounts.addExtension(46170, r, nullptr));
    }

    // ---- rule 10 (docs/rules.md): the charges estimate
    void rule10_charges()
    {
        qint64 c = 0;
        QVERIFY_OK(m_admin->customers.monthlyCharges(46170, &c));
        QCOMPARE(c, 1600);
        QVERIFY_OK(m_admin->customers.monthlyCharges(46171, &c));
        QCOMPARE(c, 2000); // subscription; the 5-line product has no fee
        QVERIFY_OK(m_admin->customers.monthlyCharges(46173, &c));
        QCOMPARE(c, 3000);
        CreatedAccount a;
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4702")), &a));
        QCOMPARE(a.chargesBefore, 1600);
        QCOMPARE(a.chargesAfter, 2600);
        ExtensionRequest inactive = ext(QStringLiteral("4703"));
        inactive.inactive = true;
        QVERIFY_OK(m_admin->accounts.addExtension(46170, inactive, &a));
        QCOMPARE(a.chargesAfter, a.chargesBefore);
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46170x4702"),
                                                  QStringLiteral("Call recording")));
        QVERIFY_OK(m_admin->customers.monthlyCharges(46170, &c));
        QCOMPARE(c, 3000);
        QVERIFY_OK(m_admin->accountState.block(QStringLiteral("ph46170x4702")));
        QVERIFY_OK(m_admin->customers.monthlyCharges(46170, &c));
        QCOMPARE(c, 1600); // blocked days are not charged
    }

    // ---- rule 11 (docs/rules.md): the audit trail
    void rule11_audit()
    {
        const qint64 before = auditCount();
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4702")), nullptr));
        QVERIFY_OK(m_admin->agreement.set(46170, QStringLiteral("Auto attendant"), 5));
        QVERIFY_OK(m_admin->accountState.block(QStringLiteral("ph46170x4702")));
        QVERIFY_OK(m_customer->accountState.block(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_admin->dids.add(46170, {QStringLiteral("18005550105")}, nullptr));
        QVERIFY_OK(m_admin->huntGroups.add(46170, QStringLiteral("Night"), QStringLiteral("299"),
                                           QStringLiteral("order")));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170x4702")));
        QCOMPARE(auditCount(), before + 7);
        // A refusal writes nothing, not even an audit entry.
        QVERIFY(!m_admin->accounts.addExtension(46170, ext(QStringLiteral("4665")), nullptr).ok());
        QCOMPARE(auditCount(), before + 7);
        QList<AuditEntry> history;
        QVERIFY_OK(m_admin->customers.history(46170, &history));
        QCOMPARE(history.first().action, QStringLiteral("account.close"));
        QCOMPARE(history.first().who, QStringLiteral("anna"));
        bool sawSet = false, sawCustomer = false;
        for (const AuditEntry &e : history) {
            QVERIFY(!e.at.isEmpty());
            if (e.action == QLatin1String("agreement.set")) {
                sawSet = true;
                QCOMPARE(e.oldValue, QStringLiteral("3"));
                QCOMPARE(e.newValue, QStringLiteral("5"));
            }
            if (e.action == QLatin1String("account.block") &&
                e.object == QLatin1String("ph46170x4665")) {
                sawCustomer = true;
                QVERIFY(e.who.contains(QLatin1String("as customer")));
                QCOMPARE(e.newValue, QStringLiteral("by_customer"));
            }
        }
        QVERIFY(sawSet);
        QVERIFY(sawCustomer);
        // The extension's account points at its audit entry.
        QVERIFY(scalar(*m_db, QStringLiteral(
                                  "SELECT a.i_audit FROM account a WHERE a.id = 'ph46170x4702'")) >
                0);
        QList<AuditEntry> filtered;
        QVERIFY_OK(m_admin->customers.history(46170, &filtered, QStringLiteral("huntgroup")));
        QCOMPARE(filtered.size(), 1);
        QList<AuditEntry> newest;
        QVERIFY_OK(m_admin->customers.history(46170, &newest, QString(), 2));
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.first().id, history.first().id);
    }

    void huntGroupsEditing()
    {
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4702")), nullptr));
        QVERIFY_OK(m_admin->huntGroups.setMembers(
            46170, QStringLiteral("Support"), {QStringLiteral("4702"), QStringLiteral("4665")}));
        QCOMPARE(m_admin->huntGroups
                     .setMembers(46170, QStringLiteral("Support"), {QStringLiteral("9999")})
                     .firstCode(),
                 QStringLiteral("member_unknown"));
        QVERIFY_OK(m_admin->huntGroups.update(46170, QStringLiteral("support"),
                                              QStringLiteral("Help desk"), QStringLiteral("205"),
                                              QStringLiteral("simultaneous")));
        QCOMPARE(m_admin->huntGroups
                     .update(46170, QStringLiteral("Help desk"), QStringLiteral("SALES"),
                             std::nullopt, std::nullopt)
                     .firstCode(),
                 QStringLiteral("huntgroup_exists"));
        QList<HuntGroupInfo> groups;
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QCOMPARE(groups.at(0).name, QStringLiteral("Help desk"));
        QCOMPARE(groups.at(0).number, QStringLiteral("205"));
        QCOMPARE(groups.at(0).sequence, QStringLiteral("simultaneous"));
        QCOMPARE(groups.at(0).members,
                 (QStringList{QStringLiteral("4702"), QStringLiteral("4665")}));
        QCOMPARE(
            m_admin->huntGroups
                .add(46170, QStringLiteral("X"), QStringLiteral("299"), QStringLiteral("circular"))
                .firstCode(),
            QStringLiteral("huntgroup_sequence_invalid"));
    }

    void accountDetails()
    {
        ExtensionRequest r = ext(QStringLiteral("4702"));
        r.dids = {QStringLiteral("12094555951"), QStringLiteral("12094555950")};
        r.huntGroup = QStringLiteral("Support");
        QVERIFY_OK(m_admin->accounts.addExtension(46170, r, nullptr));
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46170x4702"),
                                                  QStringLiteral("Call recording")));
        AccountInfo a;
        qint64 c = 0;
        QVERIFY_OK(m_admin->accounts.find(QStringLiteral("ph46170x4702"), &a, &c));
        QCOMPARE(c, 46170);
        QCOMPARE(a.number, QStringLiteral("4702"));
        QCOMPARE(a.kind, QStringLiteral("extension"));
        QCOMPARE(a.product, QStringLiteral("Cloud PBX"));
        QCOMPARE(a.addons, QStringList{QStringLiteral("Call recording")});
        QCOMPARE(a.dids,
                 (QStringList{QStringLiteral("12094555950"), QStringLiteral("12094555951")}));
        QCOMPARE(a.huntGroups, QStringList{QStringLiteral("Support")});
        QVERIFY_OK(m_admin->accounts.find(QStringLiteral("8947000000000000011"), &a, &c));
        QCOMPARE(a.kind, QStringLiteral("account"));
        QCOMPARE(c, 46174);
        QCOMPARE(m_admin->accounts.find(QStringLiteral("nope"), &a).firstCode(),
                 QStringLiteral("account_unknown"));
    }

    void customerUnknown()
    {
        CustomerInfo c;
        QCOMPARE(m_admin->customers.find(QStringLiteral("99999999"), &c).firstCode(),
                 QStringLiteral("customer_unknown"));
        QVERIFY_OK(m_admin->customers.find(QStringLiteral("Corner Bakery"), &c));
        QCOMPARE(c.id, 46172);
        QCOMPARE(
            m_admin->accounts.addExtension(99999, ext(QStringLiteral("1")), nullptr).firstCode(),
            QStringLiteral("customer_unknown"));
        qint64 id = 0;
        QVERIFY_OK(m_admin->customers.add(QStringLiteral("Echo Farms"), QStringLiteral("eur"),
                                          QStringLiteral("Europe/Kyiv"), &id));
        QVERIFY(id > 46174);
        QCOMPARE(m_admin->customers
                     .add(QStringLiteral("Echo Farms"), QStringLiteral("EUR"),
                          QStringLiteral("Europe/Kyiv"), &id)
                     .firstCode(),
                 QStringLiteral("customer_exists"));
    }
};

QTEST_GUILESS_MAIN(TstRules)
#include "tst_rules.moc"
