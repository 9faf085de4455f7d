// The provider's set-up, part 2 (domain.md "Provider set-up", "Who may do what"): subscriptions
// charged to the customer directly, the DID inventory and the provider-wide history, through the
// services and the database itself, on SQLite and PostgreSQL. Each refusal has its code and
// writes nothing; the self-care path is refused first (not_allowed_for_customer).
#include "rulesfixture.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstSetupInventory : public QObject, public RulesFixture {
    Q_OBJECT

    qint64 charges(qint64 c)
    {
        qint64 v = -1;
        const Status st = m_admin->customers.monthlyCharges(c, &v);
        return st.ok() ? v : -1;
    }
    QString owner(const QString &number)
    {
        return text(*m_db,
                    QStringLiteral("SELECT coalesce(CAST(i_customer AS TEXT), 'inventory') FROM did"
                                   " WHERE number = ?"),
                    {number});
    }
    qint64 didRows() { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM did")); }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks(QStringLiteral("portal")));
    }
    void cleanup() { closeDesks(); }

    // ---- subscriptions

    void demoSubscriptionIsShownAndCharged()
    {
        // Bluebird Dental's 20.00 USD estimate: its "Cloud PBX package" subscription, and the fees
        // of its two accounts (the 5-line product has none).
        QList<SubscriptionInfo> subs;
        QVERIFY_OK(m_admin->subscriptions.list(46171, &subs));
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.first().name, QStringLiteral("Cloud PBX package"));
        QCOMPARE(subs.first().fee, 2000);
        ChargesBreakdown parts;
        QVERIFY_OK(m_admin->customers.charges(46171, &parts));
        QCOMPARE(parts.subscriptions, 2000);
        QCOMPARE(parts.mainProducts, 0);
        QCOMPARE(parts.addons, 0);
        QCOMPARE(parts.chargedAccounts, 2);
        QCOMPARE(parts.total(), charges(46171));
        QCOMPARE(parts.currency, QStringLiteral("USD"));
        // ABC: no subscription, Auto attendant 6.00 + Cloud PBX 10.00.
        QVERIFY_OK(m_admin->customers.charges(46170, &parts));
        QCOMPARE(parts.subscriptions, 0);
        QCOMPARE(parts.mainProducts, 1600);
        QCOMPARE(parts.total(), 1600);
    }

    void subscriptionAddSetRemove()
    {
        const qint64 audit = auditCount();
        qint64 id = 0;
        QVERIFY_OK(
            m_admin->subscriptions.add(46170, QStringLiteral(" Up to  10 lines "), 3000, &id));
        QVERIFY(id > 0);
        QCOMPARE(charges(46170), 4600);
        QCOMPARE(
            m_admin->subscriptions.add(46170, QStringLiteral("UP TO 10 LINES"), 100).firstCode(),
            QStringLiteral("subscription_exists"));
        // The same name at another customer is another subscription.
        QVERIFY_OK(m_admin->subscriptions.add(46172, QStringLiteral("Up to 10 lines"), 100));
        QCOMPARE(m_admin->subscriptions.add(46170, QStringLiteral(""), 100).firstCode(),
                 QStringLiteral("subscription_name_invalid"));
        QCOMPARE(m_admin->subscriptions.add(99999, QStringLiteral("X"), 100).firstCode(),
                 QStringLiteral("customer_unknown"));
        QVERIFY_OK(m_admin->subscriptions.setFee(46170, QStringLiteral("up to 10 lines"), 3500));
        QCOMPARE(charges(46170), 5100);
        QCOMPARE(m_admin->subscriptions.setFee(46170, QStringLiteral("Nope"), 1).firstCode(),
                 QStringLiteral("subscription_unknown"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT old_value || ' -> ' || new_value FROM audit"
                                            " WHERE action = 'subscription.fee'")),
                 QStringLiteral("30.00 USD -> 35.00 USD"));
        QVERIFY_OK(m_admin->subscriptions.remove(46170, QStringLiteral("Up to 10 lines")));
        QCOMPARE(charges(46170), 1600);
        QCOMPARE(m_admin->subscriptions.remove(46170, QStringLiteral("Up to 10 lines")).firstCode(),
                 QStringLiteral("subscription_unknown"));
        QCOMPARE(auditCount(), audit + 4);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE i_customer = 46170"
                                              " AND action LIKE 'subscription.%'")),
                 3);
        // The database keeps names unique per customer by itself too.
        QVERIFY(!rawExec(*m_db, QStringLiteral("INSERT INTO subscription (i_customer, name, fee)"
                                               " VALUES (46171, 'CLOUD PBX PACKAGE', 1)"))
                     .isEmpty());
    }

    void subscriptionsRefusedToSelfCare()
    {
        const qint64 audit = auditCount();
        QCOMPARE(m_customer->subscriptions.add(46171, QStringLiteral("Free stuff"), 0).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->subscriptions.setFee(46171, QStringLiteral("Cloud PBX package"), 0)
                     .firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->subscriptions.remove(46171, QStringLiteral("Cloud PBX package"))
                     .firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        // Reading its own is allowed.
        QList<SubscriptionInfo> subs;
        QVERIFY_OK(m_customer->subscriptions.list(46171, &subs));
        QCOMPARE(subs.size(), 1);
        QCOMPARE(charges(46171), 2000);
        QCOMPARE(auditCount(), audit);
    }

    // ---- the DID inventory

    void inventoryAddAndList()
    {
        const qint64 audit = auditCount();
        QStringList added;
        QVERIFY_OK(m_admin->didInventory.add(
            {QStringLiteral("1 (555) 000-1000..15550001009"), QStringLiteral("+15550002000")},
            &added));
        QCOMPARE(added.size(), 11);
        QCOMPARE(added.first(), QStringLiteral("15550001000"));
        QCOMPARE(owner(QStringLiteral("15550001005")), QStringLiteral("inventory"));
        QCOMPARE(auditCount(), audit + 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE i_customer IS NULL"
                                              " AND action = 'did.inventory.add'")),
                 1);
        const qint64 rows = didRows();
        // Known numbers: in the inventory already, or a customer's. Nothing of the batch is
        // written.
        Status st =
            m_admin->didInventory.add({QStringLiteral("15550003000"), QStringLiteral("18005550100"),
                                       QStringLiteral("12094555948")});
        QCOMPARE(st.problems().size(), 2);
        QCOMPARE(st.problems().at(0).code, QStringLiteral("did_exists"));
        QCOMPARE(st.problems().at(1).code, QStringLiteral("did_owned_by_other"));
        QCOMPARE(
            m_admin->didInventory.add({QStringLiteral("15550000000..15550010000")}).firstCode(),
            QStringLiteral("did_range_too_large"));
        QCOMPARE(m_admin->didInventory.add({QStringLiteral("12-34")}).firstCode(),
                 QStringLiteral("did_invalid"));
        QCOMPARE(m_admin->didInventory.add({}).kind(), Status::Kind::Usage);
        QCOMPARE(didRows(), rows);
        // 10,000 in one range is the most.
        QVERIFY_OK(m_admin->didInventory.add({QStringLiteral("16660000000..16660009999")}));
        QCOMPARE(didRows(), rows + 10000);

        QList<InventoryDid> list;
        QVERIFY_OK(m_admin->didInventory.list(&list, QStringLiteral("1209455594")));
        QCOMPARE(list.size(), 2); // ABC's 12094555948 (assigned) and 12094555949 (free)
        QCOMPARE(list.first().number, QStringLiteral("12094555948"));
        QCOMPARE(list.first().iCustomer, 46170);
        QCOMPARE(list.first().customer, QStringLiteral("ABC Company"));
        QCOMPARE(list.first().accountId, QStringLiteral("ph46170aa1"));
        QVERIFY(list.last().accountId.isEmpty());
        QVERIFY_OK(m_admin->didInventory.list(&list, QStringLiteral("18005550101")));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().iCustomer, 0);
        QVERIFY(list.first().customer.isEmpty());
        QVERIFY_OK(m_admin->didInventory.list(&list, QStringLiteral("bluebird")));
        QCOMPARE(list.size(), 5);
    }

    void giveAndTake()
    {
        QStringList given;
        QVERIFY_OK(m_admin->didInventory.give(46173, {QStringLiteral("18005550100..18005550102")},
                                              &given));
        QCOMPARE(given.size(), 3);
        QCOMPARE(owner(QStringLiteral("18005550101")), QStringLiteral("46173"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE i_customer = 46173"
                                              " AND action = 'did.give'")),
                 1);
        // Another customer's number, one of its own, one nobody knows: refused as a whole.
        const Status st = m_admin->didInventory.give(
            46173, {QStringLiteral("18005550103"), QStringLiteral("12094555949"),
                    QStringLiteral("18005550100"), QStringLiteral("19990000000")});
        QCOMPARE(st.problems().size(), 3);
        QCOMPARE(st.problems().at(0).code, QStringLiteral("did_owned_by_other"));
        QVERIFY(st.problems().at(0).message.contains(QLatin1String("ABC Company")));
        QCOMPARE(st.problems().at(1).code, QStringLiteral("did_already_owned"));
        QCOMPARE(st.problems().at(2).code, QStringLiteral("did_unknown"));
        QCOMPARE(owner(QStringLiteral("18005550103")), QStringLiteral("inventory"));
        QCOMPARE(m_admin->didInventory.give(99999, {QStringLiteral("18005550103")}).firstCode(),
                 QStringLiteral("customer_unknown"));

        // Take a free number back; an assigned one cannot be taken.
        QVERIFY_OK(m_admin->didInventory.take(QStringLiteral("+1 800 555 0101")));
        QCOMPARE(owner(QStringLiteral("18005550101")), QStringLiteral("inventory"));
        QCOMPARE(m_admin->didInventory.take(QStringLiteral("12094555948")).firstCode(),
                 QStringLiteral("did_assigned"));
        QCOMPARE(owner(QStringLiteral("12094555948")), QStringLiteral("46170"));
        QCOMPARE(m_admin->didInventory.take(QStringLiteral("18005550101")).firstCode(),
                 QStringLiteral("did_unknown")); // in the inventory already
        QCOMPARE(m_admin->didInventory.take(QStringLiteral("19990000000")).firstCode(),
                 QStringLiteral("did_unknown"));
        // Released from its account, it can go back.
        QVERIFY_OK(m_admin->dids.release(QStringLiteral("12094555948"), false));
        QVERIFY_OK(m_admin->didInventory.take(QStringLiteral("12094555948")));
        QCOMPARE(owner(QStringLiteral("12094555948")), QStringLiteral("inventory"));
        // A given number works as the customer's own: assigned to a new extension.
        QVERIFY_OK(m_admin->agreement.add(46172, QStringLiteral("Cloud PBX"), 2));
        QVERIFY_OK(m_admin->didInventory.give(46172, {QStringLiteral("12094555948")}));
        ExtensionRequest r = ext(QStringLiteral("30"));
        r.dids = {QStringLiteral("12094555948")};
        QVERIFY_OK(m_admin->accounts.addExtension(46172, r, nullptr));
    }

    void takeSeveralAllOrNothing()
    {
        QVERIFY_OK(m_admin->didInventory.give(46173, {QStringLiteral("18005550100..18005550102")}));
        const QString takes =
            QStringLiteral("SELECT count(*) FROM audit WHERE action = 'did.take'");
        const qint64 before = scalar(*m_db, takes);
        // One of them is on an account: none is taken, the refusal names it.
        const Status st = m_admin->didInventory.take(
            QStringList{QStringLiteral("18005550100"), QStringLiteral("12094555948"),
                        QStringLiteral("18005550101"), QStringLiteral("19990000000")});
        QCOMPARE(st.problems().size(), 2);
        QCOMPARE(st.problems().at(0).code, QStringLiteral("did_assigned"));
        QCOMPARE(st.problems().at(1).code, QStringLiteral("did_unknown"));
        QCOMPARE(owner(QStringLiteral("18005550100")), QStringLiteral("46173"));
        QCOMPARE(owner(QStringLiteral("18005550101")), QStringLiteral("46173"));
        QCOMPARE(scalar(*m_db, takes), before);
        // Numbers of two customers at once: all back, one audit entry per customer.
        QStringList taken;
        QVERIFY_OK(m_admin->didInventory.take(QStringList{QStringLiteral("18005550100"),
                                                          QStringLiteral("+1 209 455 5950"),
                                                          QStringLiteral("18005550101")},
                                              &taken));
        QCOMPARE(taken.size(), 3);
        QCOMPARE(owner(QStringLiteral("18005550100")), QStringLiteral("inventory"));
        QCOMPARE(owner(QStringLiteral("12094555950")), QStringLiteral("inventory"));
        QCOMPARE(owner(QStringLiteral("18005550102")), QStringLiteral("46173"));
        QCOMPARE(scalar(*m_db, takes), before + 2);
    }

    void inventoryRefusedToSelfCare()
    {
        const qint64 audit = auditCount();
        const qint64 rows = didRows();
        QList<InventoryDid> list;
        QCOMPARE(m_customer->didInventory.list(&list).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->didInventory.add({QStringLiteral("15550001000")}).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        // The permission check comes first (this number is another customer's).
        QCOMPARE(m_customer->didInventory.give(46170, {QStringLiteral("13125550100")}).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->didInventory.give(46170, {QStringLiteral("18005550100")}).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->didInventory.take(QStringLiteral("12094555950")).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->dids.add(46170, {QStringLiteral("18005550100")}, nullptr).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->dids.release(QStringLiteral("12094555950"), true).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(auditCount(), audit);
        QCOMPARE(didRows(), rows);
        QCOMPARE(owner(QStringLiteral("18005550100")), QStringLiteral("inventory"));
        QCOMPARE(owner(QStringLiteral("12094555950")), QStringLiteral("46170"));
        // Assigning and releasing its own numbers among its accounts stays allowed.
        QVERIFY_OK(
            m_customer->dids.assign(QStringLiteral("ph46170x4665"), QStringLiteral("12094555950")));
        QVERIFY_OK(m_customer->dids.release(QStringLiteral("12094555950"), false));
    }

    // ---- the provider-wide history

    void providerHistory()
    {
        QVERIFY_OK(
            m_admin->products.add(QStringLiteral("Fax line"), true, 300, QStringLiteral("USD")));
        QVERIFY_OK(m_admin->didInventory.add({QStringLiteral("15550004000")}));
        QVERIFY_OK(m_admin->subscriptions.add(46172, QStringLiteral("Support"), 500));
        QList<ProviderAuditEntry> all;
        QVERIFY_OK(m_admin->customers.providerHistory(&all));
        QVERIFY(all.size() >= 3);
        QCOMPARE(all.at(0).entry.action, QStringLiteral("subscription.add"));
        QCOMPARE(all.at(0).iCustomer, 46172);
        QCOMPARE(all.at(0).customer, QStringLiteral("Corner Bakery"));
        QCOMPARE(all.at(1).entry.action, QStringLiteral("did.inventory.add"));
        QCOMPARE(all.at(1).iCustomer, 0);
        QCOMPARE(all.at(2).entry.action, QStringLiteral("product.add"));
        // On PostgreSQL who is the login (session_user); the desk label is kept beside it.
        QCOMPARE(all.at(2).entry.deskLabel.isEmpty() ? all.at(2).entry.who
                                                     : all.at(2).entry.deskLabel,
                 QStringLiteral("anna"));
        QVERIFY_OK(m_admin->customers.providerHistory(&all, QStringLiteral("fax")));
        QCOMPARE(all.size(), 1);
        QCOMPARE(m_customer->customers.providerHistory(&all).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
    }
};

QTEST_GUILESS_MAIN(TstSetupInventory)
#include "tst_setup_inventory.moc"
