// Rules 2, 3, 4 and 10 of docs/rules.md, the ones of the agreement (its gate, the quantity with
// bulk writes and races, its edits, the charges estimate), through the services and the database
// itself, each test run on SQLite and on PostgreSQL (initTestCase_data).
#include "rulesfixture.h"
#include "storage/accountwriter.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ad;
using namespace ad::test;

class TstRulesAgreement : public QObject, public RulesFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks());
    }
    void cleanup() { closeDesks(); }

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
};

QTEST_GUILESS_MAIN(TstRulesAgreement)
#include "tst_rules_agreement.moc"
