// The provider's set-up, part 1 (domain.md "Provider set-up", "Who may do what"): the product
// catalog and customers' details and settings, through the services and the database itself, on
// SQLite and PostgreSQL. Each refusal has its code and writes nothing; the self-care path is
// refused first (not_allowed_for_customer). Subscriptions, the DID inventory and the provider's
// history are in tst_setup_inventory.
#include "rulesfixture.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstSetupCatalog : public QObject, public RulesFixture {
    Q_OBJECT

    qint64 charges(qint64 c)
    {
        qint64 v = -1;
        const Status st = m_admin->customers.monthlyCharges(c, &v);
        return st.ok() ? v : -1;
    }
    ProductInfo product(const QString &name)
    {
        ProductInfo p;
        const Status st = m_admin->products.find(name, &p);
        return st.ok() ? p : ProductInfo();
    }
    qint64 productRows() { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM product")); }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks(QStringLiteral("portal")));
    }
    void cleanup() { closeDesks(); }

    // ---- products

    void productAddNamesUniqueCaseInsensitively()
    {
        const qint64 audit = auditCount();
        qint64 id = 0;
        QVERIFY_OK(m_admin->products.add(QStringLiteral("  Cloud   Voice "), true, 1250,
                                         QStringLiteral("usd"), &id));
        QVERIFY(id > 0);
        const ProductInfo p = product(QStringLiteral("cloud voice"));
        QCOMPARE(p.id, id);
        QCOMPARE(p.name, QStringLiteral("Cloud Voice")); // white space collapsed
        QCOMPARE(p.fee, std::optional<qint64>(1250));
        QCOMPARE(p.currency, QStringLiteral("USD"));
        QVERIFY(p.isMain);
        QVERIFY(!p.retired);
        QVERIFY(!p.used);
        QCOMPARE(auditCount(), audit + 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT action FROM audit WHERE i_customer IS NULL"
                                            " ORDER BY i_audit DESC LIMIT 1")),
                 QStringLiteral("product.add"));
        // No fee at all is "none", not 0.
        QVERIFY_OK(m_admin->products.add(QStringLiteral("Bundle line"), true, std::nullopt,
                                         QStringLiteral("USD")));
        QVERIFY(!product(QStringLiteral("bundle LINE")).fee.has_value());

        const qint64 rows = productRows();
        for (const QString &dup : {QStringLiteral("CLOUD VOICE"), QStringLiteral("cloud  voice"),
                                   QStringLiteral("call recording")})
            QCOMPARE(m_admin->products.add(dup, false, 100, QStringLiteral("USD")).firstCode(),
                     QStringLiteral("product_exists"));
        QCOMPARE(m_admin->products.add(QStringLiteral(" "), true, 100, QStringLiteral("USD"))
                     .firstCode(),
                 QStringLiteral("product_name_invalid"));
        QCOMPARE(
            m_admin->products.add(QStringLiteral("X"), true, 100, QStringLiteral("US")).firstCode(),
            QStringLiteral("currency_invalid"));
        QCOMPARE(productRows(), rows);
        QCOMPARE(auditCount(), audit + 2);
        // The database keeps names unique case-insensitively by itself too.
        QVERIFY(!rawExec(*m_db, QStringLiteral("INSERT INTO product (name, kind) VALUES "
                                               "('CLOUD VOICE', 'main')"))
                     .isEmpty());
    }

    void productRenameAndFee()
    {
        QVERIFY_OK(m_admin->products.rename(QStringLiteral("phone line"),
                                            QStringLiteral("Phone  Line Plus")));
        QCOMPARE(product(QStringLiteral("Phone Line Plus")).fee, std::optional<qint64>(600));
        ProductInfo gone;
        QCOMPARE(m_admin->products.find(QStringLiteral("Phone line"), &gone).firstCode(),
                 QStringLiteral("product_unknown"));
        // Renaming to a different case of its own name is allowed; to another's name is not.
        QVERIFY_OK(m_admin->products.rename(QStringLiteral("Phone Line Plus"),
                                            QStringLiteral("phone line plus")));
        QCOMPARE(
            m_admin->products.rename(QStringLiteral("phone line plus"), QStringLiteral("cloud pbx"))
                .firstCode(),
            QStringLiteral("product_exists"));
        QCOMPARE(
            m_admin->products.rename(QStringLiteral("Nothing"), QStringLiteral("Y")).firstCode(),
            QStringLiteral("product_unknown"));

        // A fee change applies to the estimate from then on: ABC has ph46170aa1 (Auto attendant
        // 6.00) and ph46170x4665 (Cloud PBX 10.00), active and unblocked.
        QCOMPARE(charges(46170), 1600);
        QVERIFY_OK(m_admin->products.setFee(QStringLiteral("Cloud PBX"), 1200));
        QCOMPARE(charges(46170), 1800);
        QVERIFY_OK(m_admin->products.setFee(QStringLiteral("Cloud PBX"), std::nullopt));
        QCOMPARE(charges(46170), 600);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT old_value || ' -> ' || new_value FROM audit"
                                            " WHERE action = 'product.fee' ORDER BY i_audit DESC"
                                            " LIMIT 1")),
                 QStringLiteral("12.00 -> none"));
        QCOMPARE(m_admin->products.change(QStringLiteral("Cloud PBX"), ProductChange{}).firstCode(),
                 QStringLiteral("nothing_to_change"));
    }

    void retiredProductRefusedButKeepsWorking()
    {
        QVERIFY_OK(m_admin->products.retire(QStringLiteral("Cloud PBX")));
        QVERIFY(product(QStringLiteral("Cloud PBX")).retired);
        QCOMPARE(m_admin->products.retire(QStringLiteral("cloud pbx")).firstCode(),
                 QStringLiteral("product_retired"));
        // Not on a new agreement line ...
        QCOMPARE(m_admin->agreement.add(46172, QStringLiteral("Cloud PBX"), 5).firstCode(),
                 QStringLiteral("product_retired"));
        // ... nor on a new account, though ABC's line stays (Unlimited) ...
        const qint64 before = inUse(46170, QStringLiteral("Cloud PBX"));
        QCOMPARE(
            m_admin->accounts.addExtension(46170, ext(QStringLiteral("4701")), nullptr).firstCode(),
            QStringLiteral("product_retired"));
        QCOMPARE(m_admin->accounts
                     .addAutoAttendant(46170, QStringLiteral("Cloud PBX"), QStringLiteral("AA"), {},
                                       false, nullptr)
                     .firstCode(),
                 QStringLiteral("product_retired"));
        QCOMPARE(inUse(46170, QStringLiteral("Cloud PBX")), before);
        // ... nor as an add-on.
        QVERIFY_OK(m_admin->products.retire(QStringLiteral("Call recording")));
        QCOMPARE(m_admin->accountState
                     .addonAdd(QStringLiteral("ph46170x4665"), QStringLiteral("Call recording"))
                     .firstCode(),
                 QStringLiteral("product_retired"));
        // The database refuses them by itself too.
        QVERIFY(rawExec(*m_db,
                        QStringLiteral("INSERT INTO agreement_line (i_customer, i_product,"
                                       " quantity) VALUES (46172, ?, 1)"),
                        {productId(QStringLiteral("Cloud PBX"))})
                    .contains(QLatin1String("product_retired")));
        // Existing lines and accounts keep working: the quantity changes, the account is blocked
        // and unblocked, and it is still charged.
        QVERIFY_OK(m_admin->agreement.set(46170, QStringLiteral("Cloud PBX"), 10));
        QVERIFY_OK(m_admin->accountState.block(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_admin->accountState.unblock(QStringLiteral("ph46170x4665")));
        QCOMPARE(charges(46170), 1600);
        // Its fee may still change.
        QVERIFY_OK(m_admin->products.setFee(QStringLiteral("Cloud PBX"), 1100));
        QCOMPARE(charges(46170), 1700);
        QList<ProductUsage> catalog;
        QVERIFY_OK(m_admin->products.catalog(&catalog));
        bool seen = false;
        for (const ProductUsage &u : catalog)
            if (u.product.name == QLatin1String("Cloud PBX")) {
                seen = true;
                QVERIFY(u.product.retired);
                QCOMPARE(u.customers, 1);
                QCOMPARE(u.accounts, 1);
            }
        QVERIFY(seen);
    }

    void deleteOnlyNeverUsed()
    {
        // Enterprise PBX is on no agreement in the demo: it may go.
        const qint64 rows = productRows();
        QVERIFY(!product(QStringLiteral("Enterprise PBX")).used);
        QVERIFY_OK(m_admin->products.remove(QStringLiteral("enterprise pbx")));
        QCOMPARE(productRows(), rows - 1);
        // Cloud PBX is used.
        QCOMPARE(m_admin->products.remove(QStringLiteral("Cloud PBX")).firstCode(),
                 QStringLiteral("product_used"));
        // Voicemail to email: used once on an agreement, removed since, still "used".
        QVERIFY_OK(m_admin->agreement.add(46172, QStringLiteral("Voicemail to email"), 3));
        QVERIFY_OK(m_admin->agreement.remove(46172, QStringLiteral("Voicemail to email")));
        QVERIFY(product(QStringLiteral("Voicemail to email")).used);
        QCOMPARE(m_admin->products.remove(QStringLiteral("Voicemail to email")).firstCode(),
                 QStringLiteral("product_used"));
        QCOMPARE(productRows(), rows - 1);
        // The database refuses deleting it, or marking it unused again, by itself too.
        QVERIFY(rawExec(*m_db, QStringLiteral("DELETE FROM product WHERE name = 'Voicemail to "
                                              "email'"))
                    .contains(QLatin1String("product_used")));
        QVERIFY(rawExec(*m_db, QStringLiteral("UPDATE product SET used = 0 WHERE name = "
                                              "'Voicemail to email'"))
                    .contains(QLatin1String("product_used")));
        QCOMPARE(m_admin->products.remove(QStringLiteral("Nothing")).firstCode(),
                 QStringLiteral("product_unknown"));
    }

    void productsRefusedToSelfCare()
    {
        const qint64 audit = auditCount();
        const qint64 rows = productRows();
        QList<ProductUsage> catalog;
        QCOMPARE(m_customer->products.catalog(&catalog).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        // The permission check comes first, even where another rule would refuse too.
        QCOMPARE(
            m_customer->products.add(QStringLiteral("Cloud PBX"), true, 100, QStringLiteral("USD"))
                .firstCode(),
            QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->products.add(QStringLiteral("New"), true, 100, QStringLiteral("USD"))
                     .firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->products.setFee(QStringLiteral("Cloud PBX"), 1).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->products.rename(QStringLiteral("Cloud PBX"), QStringLiteral("Y"))
                     .firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->products.retire(QStringLiteral("Cloud PBX")).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->products.remove(QStringLiteral("Enterprise PBX")).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->agreement.add(46170, QStringLiteral("Phone line"), 1).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->agreement.set(46170, QStringLiteral("Cloud PBX"), 50).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(m_customer->agreement.remove(46170, QStringLiteral("Call recording")).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(auditCount(), audit);
        QCOMPARE(productRows(), rows);
        QCOMPARE(product(QStringLiteral("Cloud PBX")).fee, std::optional<qint64>(1000));
        QVERIFY(!product(QStringLiteral("Cloud PBX")).retired);
    }

    // ---- customers

    void customerAddAndChange()
    {
        qint64 id = 0;
        QVERIFY_OK(m_admin->customers.add(QStringLiteral("Echo Farms"), QStringLiteral("eur"),
                                          QStringLiteral("Europe/Kyiv"), true, &id));
        CustomerInfo c;
        QVERIFY_OK(m_admin->customers.get(id, &c));
        QCOMPARE(c.currency, QStringLiteral("EUR"));
        QVERIFY(c.selfCareInactive);
        CustomerInfo abc;
        QVERIFY_OK(m_admin->customers.get(46170, &abc));
        QVERIFY(!abc.selfCareInactive); // the default

        CustomerChange ch;
        ch.name = QStringLiteral("Echo Farms Ltd");
        ch.timeZone = QStringLiteral("Europe/Oslo");
        ch.currency = QStringLiteral("NOK");
        ch.selfCareInactive = false;
        const qint64 audit = auditCount();
        QVERIFY_OK(m_admin->customers.change(id, ch));
        QVERIFY_OK(m_admin->customers.get(id, &c));
        QCOMPARE(c.name, QStringLiteral("Echo Farms Ltd"));
        QCOMPARE(c.timeZone, QStringLiteral("Europe/Oslo"));
        QCOMPARE(c.currency, QStringLiteral("NOK"));
        QVERIFY(!c.selfCareInactive);
        QCOMPARE(auditCount(), audit + 4); // one entry per change
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM audit WHERE i_customer = ?"
                                       " AND action = 'customer.currency'"
                                       " AND old_value = 'EUR' AND new_value = 'NOK'"),
                        {id}),
                 1);

        CustomerChange bad;
        bad.name = QStringLiteral("ABC Company");
        QCOMPARE(m_admin->customers.change(id, bad).firstCode(), QStringLiteral("customer_exists"));
        bad = CustomerChange{};
        bad.timeZone = QStringLiteral("Mars/Olympus");
        QCOMPARE(m_admin->customers.change(id, bad).firstCode(),
                 QStringLiteral("timezone_invalid"));
        bad = CustomerChange{};
        bad.currency = QStringLiteral("EURO");
        QCOMPARE(m_admin->customers.change(id, bad).firstCode(),
                 QStringLiteral("currency_invalid"));
        QCOMPARE(m_admin->customers.change(id, CustomerChange{}).firstCode(),
                 QStringLiteral("nothing_to_change"));
        QCOMPARE(m_admin->customers.change(99999, ch).firstCode(),
                 QStringLiteral("customer_unknown"));
        QCOMPARE(auditCount(), audit + 4);
    }

    void currencyLockedOnceCharged()
    {
        CustomerChange ch;
        ch.currency = QStringLiteral("EUR");
        // ABC has accounts; Delta Logistics (46173) has a subscription and no accounts.
        QCOMPARE(m_admin->customers.change(46170, ch).firstCode(),
                 QStringLiteral("currency_locked"));
        QCOMPARE(m_admin->customers.change(46173, ch).firstCode(),
                 QStringLiteral("currency_locked"));
        // Corner Bakery (46172) has neither: it may change, and back.
        QVERIFY_OK(m_admin->customers.change(46172, ch));
        ch.currency = QStringLiteral("USD");
        QVERIFY_OK(m_admin->customers.change(46172, ch));
        // Closed accounts still lock it (they were charged in that currency).
        QVERIFY_OK(m_admin->accounts.addExtension(
            46172, ext(QStringLiteral("10"), QStringLiteral("Phone line")), nullptr));
        QVERIFY_OK(m_admin->accountState.close(QStringLiteral("ph46172x10")));
        ch.currency = QStringLiteral("EUR");
        QCOMPARE(m_admin->customers.change(46172, ch).firstCode(),
                 QStringLiteral("currency_locked"));
        // A product in another currency cannot go on the agreement.
        QVERIFY_OK(
            m_admin->products.add(QStringLiteral("Euro line"), true, 500, QStringLiteral("EUR")));
        QCOMPARE(m_admin->agreement.add(46172, QStringLiteral("Euro line"), 1).firstCode(),
                 QStringLiteral("currency_mismatch"));
    }

    void selfCareActivationSetting()
    {
        // Default (active): the self-care path creates active accounts.
        CreatedAccount a;
        QVERIFY_OK(m_customer->accounts.addExtension(46170, ext(QStringLiteral("4701")), &a));
        QCOMPARE(a.status, QStringLiteral("active"));
        CustomerChange ch;
        ch.selfCareInactive = true;
        QVERIFY_OK(m_admin->customers.change(46170, ch));
        // Inactive: every self-care path creates inactive accounts, charged nothing ...
        QVERIFY_OK(m_customer->accounts.addExtension(46170, ext(QStringLiteral("4702")), &a));
        QCOMPARE(a.status, QStringLiteral("inactive"));
        QCOMPARE(a.chargesAfter, a.chargesBefore);
        QVERIFY_OK(m_customer->accounts.addAutoAttendant(46170, QStringLiteral("Auto attendant"),
                                                         QStringLiteral("Night"), {}, false, &a));
        QCOMPARE(a.status, QStringLiteral("inactive"));
        QVERIFY_OK(
            m_customer->accounts.addGenericAccount(46174, QStringLiteral("8947000000000000037"),
                                                   QStringLiteral("IoT SIM 1 GB"), false, &a));
        QCOMPARE(a.status, QStringLiteral("active")); // Nordic Sensors' setting is active
        QCOMPARE(
            text(*m_db, QStringLiteral("SELECT status FROM account WHERE id = 'ph46170x4702'")),
            QStringLiteral("inactive"));
        // ... while an administrator's stay active, and the administrator activates the others.
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4703")), &a));
        QCOMPARE(a.status, QStringLiteral("active"));
        QVERIFY_OK(m_admin->accountState.activate(QStringLiteral("ph46170x4702")));
        QCOMPARE(m_customer->accountState.activate(QStringLiteral("ph46170aa2")).firstCode(),
                 QStringLiteral("admin_only"));
    }

    void customersRefusedToSelfCare()
    {
        const qint64 audit = auditCount();
        const qint64 customers = scalar(*m_db, QStringLiteral("SELECT count(*) FROM customer"));
        QCOMPARE(m_customer->customers
                     .add(QStringLiteral("Sneaky"), QStringLiteral("USD"), QStringLiteral("UTC"),
                          nullptr)
                     .firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        CustomerChange ch;
        ch.selfCareInactive = false;
        ch.name = QStringLiteral("ABC Renamed");
        QCOMPARE(m_customer->customers.change(46170, ch).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        ch = CustomerChange{};
        ch.currency = QStringLiteral("EUR"); // currency_locked too, but permission comes first
        QCOMPARE(m_customer->customers.change(46170, ch).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(auditCount(), audit);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM customer")), customers);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT name FROM customer WHERE i_customer = 46170")),
                 QStringLiteral("ABC Company"));
    }
};

QTEST_GUILESS_MAIN(TstSetupCatalog)
#include "tst_setup_catalog.moc"
