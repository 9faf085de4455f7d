// Shared desks you can trust (issue #12, domain.md "Who may do what", "The audit trail on a
// shared database"): the self-care path refused the provider's side, the audit's identity and
// its append-only rows, the usage counters nobody sets by hand, the DID race, names; through the
// services and the database itself, on SQLite and on PostgreSQL.
#include "rulesfixture.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ad;
using namespace ad::test;

// Runs SQL as written, without PREPARE (PostgreSQL cannot prepare DDL, TRUNCATE or roles);
// returns the driver's error text, empty on success.
static QString direct(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    if (q.exec(sql))
        return {};
    return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
}

class TstSharedDesks : public QObject, public RulesFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks());
    }
    void cleanup() { closeDesks(); }

    // ---- who may do what

    void selfCareMayNotChangeTheProvidersSide()
    {
        const qint64 audits = auditCount();
        auto refusedForCustomer = [&](const Status &st, const char *what) {
            QVERIFY2(st.firstCode() == QLatin1String("not_allowed_for_customer"),
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QLatin1String(what), st.firstCode(), st.message())));
            QCOMPARE(st.exitCode(), 1);
        };
        refusedForCustomer(m_customer->agreement.set(46170, QStringLiteral("Auto attendant"), 50),
                           "agreement set");
        refusedForCustomer(
            m_customer->agreement.setMany(46170, {{QStringLiteral("Auto attendant"), 50}}),
            "agreement set (several)");
        refusedForCustomer(
            m_customer->agreement.add(46170, QStringLiteral("Enterprise PBX"), std::nullopt),
            "agreement add");
        refusedForCustomer(m_customer->agreement.remove(46170, QStringLiteral("Call recording")),
                           "agreement remove");
        refusedForCustomer(m_customer->dids.add(46170, {QStringLiteral("17775550000")}, nullptr),
                           "did add (new)");
        refusedForCustomer(m_customer->dids.add(46170, {QStringLiteral("18005550100")}, nullptr),
                           "did add (inventory)");
        refusedForCustomer(m_customer->dids.release(QStringLiteral("12094555948"), true),
                           "did release --to-inventory");
        qint64 id = 0;
        refusedForCustomer(m_customer->customers.add(QStringLiteral("Echo Corp"),
                                                     QStringLiteral("USD"), QStringLiteral("UTC"),
                                                     &id),
                           "customer add");
        // The permission check comes first: a change another rule would refuse too.
        refusedForCustomer(m_customer->agreement.set(46170, QStringLiteral("Auto attendant"), 0),
                           "agreement set 0");
        refusedForCustomer(m_customer->agreement.set(46170, QStringLiteral("No such"), 5),
                           "agreement set unknown product");
        refusedForCustomer(m_customer->dids.add(46170, {QStringLiteral("12")}, nullptr),
                           "did add invalid");
        refusedForCustomer(m_customer->customers.add(QStringLiteral("ABC Company"),
                                                     QStringLiteral("USD"), QStringLiteral("UTC"),
                                                     &id),
                           "customer add existing");

        // Nothing was written, not even an audit entry.
        QCOMPARE(auditCount(), audits);
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT l.quantity FROM agreement_line l JOIN "
                                         "product p ON p.i_product = l.i_product WHERE "
                                         "l.i_customer = 46170 AND p.name = 'Auto attendant'")),
            3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM agreement_line WHERE "
                                              "i_customer = 46170")),
                 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM did WHERE number IN "
                                              "('17775550000', '18005550100') AND i_customer IS "
                                              "NOT NULL")),
                 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM did WHERE number = "
                                              "'12094555948' AND i_customer = 46170 AND "
                                              "i_account IS NOT NULL")),
                 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM customer")), 5);

        // What the customer may do still works: release its own DID among its accounts.
        QVERIFY_OK(m_customer->dids.release(QStringLiteral("12094555948"), false));
        // And the administrator may do all of the above.
        QVERIFY_OK(m_admin->agreement.set(46170, QStringLiteral("Auto attendant"), 50));
        QVERIFY_OK(m_admin->dids.add(46170, {QStringLiteral("18005550100")}, nullptr));
        QVERIFY_OK(m_admin->dids.release(QStringLiteral("12094555949"), true));
        QVERIFY_OK(m_admin->customers.add(QStringLiteral("Echo Corp"), QStringLiteral("USD"),
                                          QStringLiteral("UTC"), &id));
    }

    // ---- the audit's identity

    void auditIdentity()
    {
        QVERIFY_OK(m_admin->accountState.block(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_customer->accountState.block(QStringLiteral("ph46171x100")));
        const QString login = text(*m_db, QStringLiteral("SELECT session_user"));
        const bool pg = m_db->isPostgres();
        auto row = [&](const QString &object) {
            return QStringList{
                text(*m_db, QStringLiteral("SELECT who FROM audit WHERE object = ?"), {object}),
                text(*m_db, QStringLiteral("SELECT via FROM audit WHERE object = ?"), {object}),
                text(*m_db, QStringLiteral("SELECT desk_label FROM audit WHERE object = ?"),
                     {object})};
        };
        QCOMPARE(row(QStringLiteral("ph46170x4665")),
                 (QStringList{pg ? login : QStringLiteral("anna"), QStringLiteral("admin"),
                              QStringLiteral("anna")}));
        QCOMPARE(row(QStringLiteral("ph46171x100")),
                 (QStringList{pg ? login : QStringLiteral("abc-portal"), QStringLiteral("customer"),
                              QStringLiteral("abc-portal")}));
        // The history carries them.
        QList<AuditEntry> list;
        QVERIFY_OK(m_admin->customers.history(46171, &list));
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().via, QStringLiteral("customer"));
        QCOMPARE(list.first().deskLabel, QStringLiteral("abc-portal"));
        QCOMPARE(list.first().who, pg ? login : QStringLiteral("abc-portal"));

        if (pg) {
            // Whatever a client sends as who, the database writes the connection's login.
            QCOMPARE(rawExec(*m_db, QStringLiteral("INSERT INTO audit (at, who, action) VALUES "
                                                   "('x', 'CFO Bob Smith', 'forged')")),
                     QString());
            QCOMPARE(text(*m_db, QStringLiteral("SELECT who FROM audit WHERE action = 'forged'")),
                     login);
        }
    }

    void deskLabelIsValidated_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("maria") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('m')) << true;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('m')) << false;
        QTest::newRow("5000 characters") << QString(5000, QLatin1Char('m')) << false;
        QTest::newRow("newline") << QStringLiteral("CFO\nBob") << false;
        QTest::newRow("tab") << QStringLiteral("CFO\tBob") << false;
        QTest::newRow("U+202E") << QStringLiteral("bob\u202Eevil") << false;
        QTest::newRow("U+200B") << QStringLiteral("bob\u200B") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
    }
    void deskLabelIsValidated()
    {
        QFETCH(QString, label);
        QFETCH(bool, valid);
        const qint64 audits = auditCount();
        Desk desk(*m_db, Actor{label, false});
        const Status st = desk.accountState.block(QStringLiteral("ph46170x4665"));
        if (valid) {
            QVERIFY_OK(st);
            QCOMPARE(auditCount(), audits + 1);
            return;
        }
        QCOMPARE(st.firstCode(), QStringLiteral("desk_label_invalid"));
        QCOMPARE(st.exitCode(), 2);
        QCOMPARE(auditCount(), audits);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT blocked FROM account WHERE id = "
                                            "'ph46170x4665'")),
                 QStringLiteral("no"));
    }

    // ---- append-only audit

    void auditIsAppendOnly()
    {
        QVERIFY_OK(m_admin->accountState.block(QStringLiteral("ph46170x4665")));
        const qint64 audits = auditCount();
        QVERIFY(auditCount() > 0);
        QVERIFY(rawExec(*m_db, QStringLiteral("UPDATE audit SET who = 'someone else'"))
                    .contains(QLatin1String("audit_append_only")));
        QVERIFY(rawExec(*m_db, QStringLiteral("UPDATE audit SET new_value = 'x' WHERE i_audit = "
                                              "(SELECT max(i_audit) FROM audit)"))
                    .contains(QLatin1String("audit_append_only")));
        QVERIFY(rawExec(*m_db, QStringLiteral("DELETE FROM audit"))
                    .contains(QLatin1String("audit_append_only")));
        if (m_db->isPostgres()) {
            const QString err = direct(*m_db, QStringLiteral("TRUNCATE audit CASCADE"));
            QVERIFY2(err.contains(QLatin1String("never emptied")), qPrintable(err));
        }
        QCOMPARE(auditCount(), audits);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE who = 'someone "
                                              "else' OR new_value = 'x'")),
                 0);
        // Through the program's own statements the refusal has its code.
        const Status st = m_db->exec(QStringLiteral("DELETE FROM audit WHERE i_audit = ?"),
                                     {scalar(*m_db, QStringLiteral("SELECT max(i_audit) FROM "
                                                                   "audit"))});
        QCOMPARE(st.firstCode(), QStringLiteral("audit_append_only"));
    }

    // ---- usage counters

    void countersCannotBeSetByHand()
    {
        const QString line = QStringLiteral("Cloud PBX up to 10 phone lines");
        for (int i = 0; i < 10; ++i)
            QVERIFY_OK(m_admin->accounts.addExtension(46173, ext(QString::number(100 + i), line),
                                                      nullptr));
        QCOMPARE(inUse(46173, line), 10);
        // Delta at 10 of 10: a hand-written reset of the counter is refused on both engines.
        const QString err =
            rawExec(*m_db, QStringLiteral("UPDATE agreement_line SET in_use = 0 WHERE i_customer "
                                          "= 46173"));
        QVERIFY2(err.contains(QLatin1String("counter_protected")), qPrintable(err));
        QVERIFY(rawExec(*m_db, QStringLiteral("UPDATE agreement_line SET in_use = in_use + 1 "
                                              "WHERE i_customer = 46170"))
                    .contains(QLatin1String("counter_protected")));
        QVERIFY(rawExec(*m_db, QStringLiteral("UPDATE agreement_line SET i_customer = 46172 WHERE "
                                              "i_customer = 46173"))
                    .contains(QLatin1String("counter_protected")));
        QCOMPARE(inUse(46173, line), 10);
        // So the 11th account is still refused.
        const Status st =
            m_admin->accounts.addExtension(46173, ext(QStringLiteral("110"), line), nullptr);
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_exceeded"));
        // A change that agrees with the accounts (here: none) and the quantity stay possible.
        QCOMPARE(rawExec(*m_db, QStringLiteral("UPDATE agreement_line SET in_use = 10 WHERE "
                                               "i_customer = 46173")),
                 QString());
        QVERIFY_OK(m_admin->agreement.set(46173, line, 12));
        // And the program's own maintenance keeps working: add, close, add-ons, block.
        QVERIFY_OK(
            m_admin->accounts.addExtension(46173, ext(QStringLiteral("110"), line), nullptr));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46173x100")));
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4700")), nullptr));
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46170x4700"),
                                                  QStringLiteral("Call recording")));
        QVERIFY_OK(m_admin->accountState.addonAdd(QStringLiteral("ph46170x4665"),
                                                  QStringLiteral("Call recording")));
        QVERIFY_OK(m_admin->accountState.addonRemove(QStringLiteral("ph46170x4700"),
                                                     QStringLiteral("Call recording")));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46170x4665")));
        QCOMPARE(inUse(46173, line), realCount(46173, line));
        QCOMPARE(inUse(46170, QStringLiteral("Cloud PBX")),
                 realCount(46170, QStringLiteral("Cloud PBX")));
        QCOMPARE(inUse(46170, QStringLiteral("Call recording")),
                 realCount(46170, QStringLiteral("Call recording")));
    }

    // ---- every write checks what it changed: the DID race

    void didTakenMeanwhileIsOwnedByOther()
    {
        // Another desk (Corner Bakery's) takes an inventory number and holds its transaction
        // open; this desk, for Bluebird, read the number as free and writes after the other one
        // committed: exactly one gets it, and this one is told so and writes nothing.
        const QString n = QStringLiteral("18005550105");
        const qint64 audits = auditCount();
        Status st;
        auto other = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
        QVERIFY2(other, qPrintable(st.message()));
        QVERIFY_OK(other->beginWrite());
        QCOMPARE(rawExec(*other,
                         QStringLiteral("UPDATE did SET i_customer = 46172 WHERE number "
                                        "= ? AND i_customer IS NULL"),
                         {n}),
                 QString());
        Status raced;
        QThread *t = QThread::create([&] {
            Status s;
            auto db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &s);
            if (!db) {
                raced = s;
                return;
            }
            Desk desk(*db, Actor{QStringLiteral("bluebird-desk"), false});
            raced = desk.dids.add(46171, {n}, nullptr);
        });
        t->start();
        if (m_db->isPostgres()) {
            // Wait until the desk has read the number as free and its UPDATE waits for the
            // other desk's row lock.
            bool waiting = false;
            for (int i = 0; i < 400 && !waiting; ++i) {
                QThread::msleep(25);
                waiting = scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                       "WHERE datname = current_database() AND "
                                                       "wait_event_type = 'Lock'")) > 0;
            }
            QVERIFY(waiting);
        } else {
            QThread::msleep(500); // the desk waits for the file's write lock
        }
        QVERIFY_OK(other->commit());
        QVERIFY(t->wait(30000));
        delete t;
        QCOMPARE(raced.firstCode(), QStringLiteral("did_owned_by_other"));
        QCOMPARE(raced.exitCode(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT i_customer FROM did WHERE number = ?"), {n}),
                 46172);
        QCOMPARE(auditCount(), audits);
    }

    // A quantity edit that began at 3 is refused once another desk has set 6 (the GUI's Apply
    // sends where its edit began): nothing is written; from the new value it goes through.
    void quantityChangedMeanwhileIsRefused()
    {
        const QString aa = QStringLiteral("Auto attendant");
        QVERIFY_OK(m_admin->agreement.set(46170, aa, 3));
        Status st;
        auto other = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
        QVERIFY2(other, qPrintable(st.message()));
        Desk otherDesk(*other, Actor{QStringLiteral("bert"), false});
        QVERIFY_OK(otherDesk.agreement.set(46170, aa, 6));
        const qint64 audits = auditCount();
        AgreementService::QuantityChange mine(aa, 9);
        mine.checkExpected = true;
        mine.expected = 3;
        st = m_admin->agreement.setMany(46170, {mine});
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_changed"));
        QCOMPARE(st.exitCode(), 1);
        QVERIFY2(st.message().contains(QLatin1String("from 3 to 6")), qPrintable(st.message()));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT l.quantity FROM agreement_line l JOIN product p ON "
                                       "p.i_product = l.i_product WHERE l.i_customer = 46170 AND "
                                       "p.name = ?"),
                        {aa}),
                 6);
        QCOMPARE(auditCount(), audits);
        mine.expected = 6;
        QVERIFY_OK(m_admin->agreement.setMany(46170, {mine}));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT l.quantity FROM agreement_line l JOIN product p ON "
                                       "p.i_product = l.i_product WHERE l.i_customer = 46170 AND "
                                       "p.name = ?"),
                        {aa}),
                 9);
    }

    void didRace_data()
    {
        QTest::addColumn<QStringList>("numbers");
        QTest::newRow("from the inventory")
            << QStringList{QStringLiteral("18005550106"), QStringLiteral("18005550107"),
                           QStringLiteral("18005550108"), QStringLiteral("18005550109")};
        QTest::newRow("new numbers")
            << QStringList{QStringLiteral("17775550040"), QStringLiteral("17775550041"),
                           QStringLiteral("17775550042"), QStringLiteral("17775550043")};
    }
    void didRace()
    {
        // Two customers' desks take the same number at once, round after round: one success
        // and one did_owned_by_other each time, and one did.add entry.
        QFETCH(QStringList, numbers);
        for (const QString &n : numbers) {
            const qint64 audits = auditCount();
            std::atomic<int> ok{0}, other{0}, unexpected{0};
            QSemaphore ready, go;
            auto desk = [&](qint64 customer) {
                Status s;
                auto db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &s);
                ready.release();
                if (!db) {
                    ++unexpected;
                    return;
                }
                Desk service(*db, Actor{QStringLiteral("desk%1").arg(customer), false});
                go.acquire();
                const Status st = service.dids.add(customer, {n}, nullptr);
                if (st.ok())
                    ++ok;
                else if (st.firstCode() == QLatin1String("did_owned_by_other"))
                    ++other;
                else {
                    qWarning("unexpected: %s %s", qPrintable(st.firstCode()),
                             qPrintable(st.message()));
                    ++unexpected;
                }
            };
            QThread *a = QThread::create(desk, qint64(46171));
            QThread *b = QThread::create(desk, qint64(46172));
            a->start();
            b->start();
            ready.acquire(2);
            go.release(2);
            QVERIFY(a->wait(30000));
            QVERIFY(b->wait(30000));
            delete a;
            delete b;
            QCOMPARE(unexpected.load(), 0);
            QCOMPARE(ok.load(), 1);
            QCOMPARE(other.load(), 1);
            QCOMPARE(auditCount(), audits + 1);
            QCOMPARE(scalar(*m_db,
                            QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                           "'did.add' AND object = ?"),
                            {n}),
                     qint64(1));
            QVERIFY(scalar(*m_db, QStringLiteral("SELECT i_customer FROM did WHERE number = ?"),
                           {n}) > 0);
        }
    }

    // ---- names

    void customerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("all digits") << QStringLiteral("46176");
        QTest::newRow("one digit") << QStringLiteral("7");
        QTest::newRow("U+202E") << QStringLiteral("Evil\u202Eynapmoc");
        QTest::newRow("U+200B") << QStringLiteral("Zero\u200Bwidth");
        QTest::newRow("Cf after 100 characters")
            << QString(120, QLatin1Char('a')) + QStringLiteral("\u200B");
        QTest::newRow("newline") << QStringLiteral("Two\nlines");
    }
    void customerNames()
    {
        QFETCH(QString, name);
        qint64 id = 0;
        const Status st =
            m_admin->customers.add(name, QStringLiteral("USD"), QStringLiteral("UTC"), &id);
        QCOMPARE(st.firstCode(), QStringLiteral("customer_name_invalid"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM customer")), 5);
    }
    void namesRefuseFormatCharacters()
    {
        // Extension and hunt group names too (rules::isValidName).
        ExtensionRequest r = ext(QStringLiteral("4701"));
        r.name = QStringLiteral("John\u202EDoe");
        QCOMPARE(m_admin->accounts.addExtension(46170, r, nullptr).firstCode(),
                 QStringLiteral("name_invalid"));
        QVERIFY_OK(m_admin->customers.add(QStringLiteral("Customer 46176"), QStringLiteral("USD"),
                                          QStringLiteral("UTC"), nullptr));
    }

    // ---- storage problems with their own codes

    void diskFullIsDatabaseFull()
    {
        if (m_db->isPostgres())
            QSKIP("SQLite: a size limit stands in for a full disk");
        // SQLite reports a full disk and a database at its size limit alike (SQLITE_FULL).
        const qint64 pages = scalar(*m_db, QStringLiteral("PRAGMA page_count"));
        QCOMPARE(rawExec(*m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)),
                 QString());
        const Status st =
            m_admin->dids.add(46172, {QStringLiteral("16005550000..16005559999")}, nullptr);
        QCOMPARE(st.firstCode(), QStringLiteral("database_full"));
        QCOMPARE(st.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(TstSharedDesks)
#include "tst_shared_desks.moc"
