// The demo data, rule 11 of docs/rules.md (the audit trail) and customers (finding, adding,
// unknown), through the services and the database itself, each test run on SQLite and on
// PostgreSQL (initTestCase_data).
#include "rulesfixture.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstRulesCustomers : public QObject, public RulesFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks());
    }
    void cleanup() { closeDesks(); }

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
        // who: the desk's label on SQLite, the database login on PostgreSQL; the label is kept.
        QCOMPARE(history.first().who, m_db->isPostgres()
                                          ? text(*m_db, QStringLiteral("SELECT session_user"))
                                          : QStringLiteral("anna"));
        QCOMPARE(history.first().deskLabel, QStringLiteral("anna"));
        QCOMPARE(history.first().via, QStringLiteral("admin"));
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
                QCOMPARE(e.via, QStringLiteral("customer")); // the self-care path, its own field
                QVERIFY(!e.who.contains(QLatin1String("as customer")));
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

QTEST_GUILESS_MAIN(TstRulesCustomers)
#include "tst_rules_customers.moc"
