// Rules 1 and 5-9 of docs/rules.md, the ones of the accounts (IDs, extension numbers, DIDs, status
// on creation, blocking, closing), hunt group editing and an account's details, through the
// services and the database itself, each test run on SQLite and on PostgreSQL (initTestCase_data).
#include "rulesfixture.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstRulesAccounts : public QObject, public RulesFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        QVERIFY(openDesks());
    }
    void cleanup() { closeDesks(); }

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

    // The Add-ons dialog's change is all or nothing: a refused addition leaves the removals
    // asked for with it undone, and writes no History entry; a change that goes through
    // writes one entry per add-on.
    void changeAddonsAllOrNothing()
    {
        const QString x4702 = QStringLiteral("ph46170x4702"),
                      x4703 = QStringLiteral("ph46170x4703");
        const QString rec = QStringLiteral("Call recording"),
                      vm = QStringLiteral("Voicemail to email");
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4702")), nullptr));
        QVERIFY_OK(m_admin->accounts.addExtension(46170, ext(QStringLiteral("4703")), nullptr));
        QVERIFY_OK(m_admin->agreement.add(46170, vm, 1));
        QVERIFY_OK(m_admin->accountState.addonAdd(x4702, rec));
        QVERIFY_OK(m_admin->accountState.addonAdd(x4703, vm)); // Voicemail now full (1 of 1)
        const qint64 audit = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit"));
        const Status st = m_admin->accountState.changeAddons(x4702, {vm}, {rec});
        QCOMPARE(st.firstCode(), QStringLiteral("quantity_exceeded"));
        AccountInfo a;
        QVERIFY_OK(m_admin->accounts.find(x4702, &a));
        QCOMPARE(a.addons, QStringList{rec}); // the removal was rolled back
        QCOMPARE(inUse(46170, rec), realCount(46170, rec));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")), audit);
        // Voicemail freed on 4703: the same change goes through, both entries audited.
        QVERIFY_OK(m_admin->accountState.changeAddons(x4703, {}, {vm}));
        QVERIFY_OK(m_admin->accountState.changeAddons(x4702, {vm}, {rec}));
        QVERIFY_OK(m_admin->accounts.find(x4702, &a));
        QCOMPARE(a.addons, QStringList{vm});
        QCOMPARE(inUse(46170, vm), realCount(46170, vm));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")), audit + 3);
    }

    // The hunt group Edit dialog's Save is all or nothing: a rename with a refused member list
    // leaves the name as it was and audits nothing; with good members both are saved.
    void huntGroupSaveAllOrNothing()
    {
        QList<HuntGroupInfo> groups;
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QVERIFY(!groups.isEmpty());
        const HuntGroupInfo g = groups.first();
        const qint64 audit = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit"));
        QCOMPARE(m_admin->huntGroups
                     .save(46170, g.name, QStringLiteral("Renamed"), g.number, g.sequence,
                           {QStringLiteral("9999")})
                     .firstCode(),
                 QStringLiteral("member_unknown"));
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        QCOMPARE(groups.first().name, g.name);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")), audit);
        QVERIFY_OK(m_admin->huntGroups.save(46170, g.name, QStringLiteral("Renamed"), g.number,
                                            g.sequence, {QStringLiteral("4665")}));
        QVERIFY_OK(m_admin->huntGroups.list(46170, &groups));
        bool found = false;
        for (const auto &h : groups)
            if (h.name == QLatin1String("Renamed")) {
                found = true;
                QCOMPARE(h.members, QStringList{QStringLiteral("4665")});
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TstRulesAccounts)
#include "tst_rules_accounts.moc"
