// The customer's numbers loaded as integer keys (issue #16), on SQLite and PostgreSQL: what the
// repository loads as keys equals what the planner made of the strings before — the open
// extensions' numbers, the other (closed) numbers, the account IDs ph{c}x{n} other than the open
// numbers (an ID that does NOT follow ph{c}x{number} among them) and the DIDs' owners — and the
// packed extensions keep their texts (non-ASCII, empty e-mail). The planner decides the same with
// the keys only; a DID claimed from a formatted cell is refused with the cell's own text.
#include "domain/customersnapshot.h"
#include "import/csvreader.h"
#include "services/desk.h"
#include "services/importservice.h"
#include "storage/snapshotrepository.h"
#include "testdb.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {

constexpr qint64 kAbc = 46170;

Status importBytes(Database &db, const QByteArray &bytes, bool updateExisting)
{
    csv::ReadOptions ro;
    ro.updateExisting = updateExisting;
    const csv::ReadResult read = csv::CsvReader::readBytes(bytes, QStringLiteral("t.csv"), ro);
    ImportService service(db, Actor{QStringLiteral("tester"), false});
    CommitResult result;
    return service.commit(kAbc, read, nullptr, CommitOptions{false, false, {}, updateExisting},
                          &result);
}

ImportPlan planBytes(Database &db, const QByteArray &bytes)
{
    csv::ReadOptions ro;
    ro.updateExisting = true;
    const csv::ReadResult read = csv::CsvReader::readBytes(bytes, QStringLiteral("t.csv"), ro);
    ImportPlan plan;
    const Status st = ImportService(db, Actor{QStringLiteral("tester"), false})
                          .plan(kAbc, read, PlanOptions{false, true}, &plan);
    if (!st.ok())
        qWarning("plan: %s", qPrintable(st.message()));
    return plan;
}

// The problem whose cell said `value`, or none.
Problem problemOn(const ImportPlan &plan, const QString &value)
{
    for (const Problem &p : plan.errors)
        if (p.value == value)
            return p;
    return {};
}

template <typename Set> QList<quint64> sorted(const Set &set)
{
    QList<quint64> out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

template <typename K, typename V> QList<QPair<K, V>> sortedPairs(const QHash<K, V> &hash)
{
    QList<QPair<K, V>> out;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TstSnapshotKeys : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }

    void keysAsFromStrings()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,DID numbers,Product,Email\n"
                               "4701,Ann,12094555950,Cloud PBX,ann@example.com\n"
                               "4702,Zoë Ñandú 王,,Cloud PBX,\n"
                               "0470,Leading Zero,12094555951,Cloud PBX,\n"
                               "4704,To Close,,Cloud PBX,\n",
                               false));
        QVERIFY_OK(importBytes(*db, "Action,Extension\nclose,4704\n", false));
        // An account ID that does not follow ph{customer}x{number}. SQLite's extension key
        // refuses it (schema 10), so it is written with the foreign keys off, as another tool
        // could have written it.
        if (!db->isPostgres())
            QCOMPARE(rawExec(*db, QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
        QCOMPARE(rawExec(*db, QStringLiteral("UPDATE account SET id = ? WHERE id = ?"),
                         {QStringLiteral("ph46170x9999"), QStringLiteral("ph46170x4702")}),
                 QString());
        if (!db->isPostgres())
            QCOMPARE(rawExec(*db, QStringLiteral("PRAGMA foreign_keys = ON")), QString());

        CustomerSnapshot withStrings, keysOnly;
        QVERIFY_OK(SnapshotRepository(*db).load(kAbc, &withStrings));
        QVERIFY_OK(
            SnapshotRepository(*db).load(kAbc, &keysOnly, SnapshotRepository::NumberStrings::None));
        QVERIFY(withStrings.keys.loaded);
        QVERIFY(keysOnly.keys.loaded);
        QVERIFY(keysOnly.extensionNumbers.isEmpty());
        QVERIFY(keysOnly.takenAccountIds.isEmpty());
        QVERIFY(keysOnly.dids.isEmpty());
        QVERIFY(withStrings.extensionNumbers.contains(QStringLiteral("4704")));
        QVERIFY(withStrings.takenAccountIds.contains(QStringLiteral("ph46170x9999")));

        const NumberKeys fromStrings = withStrings.keysFromStrings();
        for (const CustomerSnapshot *s : {&withStrings, &keysOnly}) {
            QCOMPARE(sortedPairs(s->keys.openByKey), sortedPairs(fromStrings.openByKey));
            QCOMPARE(sorted(s->keys.extensionKeys), sorted(fromStrings.extensionKeys));
            QCOMPARE(sorted(s->keys.takenKeys), sorted(fromStrings.takenKeys));
            QCOMPARE(sortedPairs(s->keys.didOwner), sortedPairs(fromStrings.didOwner));
        }
        QVERIFY(keysOnly.keys.extensionKeys.contains(digitKey(QStringLiteral("4704"))));
        QVERIFY(keysOnly.keys.takenKeys.contains(digitKey(QStringLiteral("9999"))));
        QVERIFY(keysOnly.keys.openByKey.contains(digitKey(QStringLiteral("0470"))));
        QVERIFY(!keysOnly.keys.openByKey.contains(digitKey(QStringLiteral("470"))));

        // The packed extensions: the same either way, texts exact.
        QCOMPARE(keysOnly.openExtensions.size(), withStrings.openExtensions.size());
        bool sawRenamed = false;
        for (int i = 0; i < keysOnly.openExtensions.size(); ++i) {
            const ExistingExtension a = keysOnly.openExtensions.at(i);
            const ExistingExtension b = withStrings.openExtensions.at(i);
            QCOMPARE(a.accountId, b.accountId);
            QCOMPARE(a.number, b.number);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.email, b.email);
            QCOMPARE(a.dids, b.dids);
            QVERIFY(a.number != QLatin1String("4704"));
            if (a.number == QLatin1String("4702")) {
                sawRenamed = true;
                QCOMPARE(a.accountId, QStringLiteral("ph46170x9999"));
                QCOMPARE(a.name, QString::fromUtf8("Zoë Ñandú 王"));
                QVERIFY(!a.email.isNull());
                QVERIFY(a.email.isEmpty());
            }
            if (a.number == QLatin1String("4701"))
                QCOMPARE(a.dids, QStringList{QStringLiteral("12094555950")});
        }
        QVERIFY(sawRenamed);

        // The planner with the keys only: 9999's account ID is taken (by 4702's account), 4704
        // is a closed extension's number, 4702 and 0470 are updated.
        const ImportPlan plan = planBytes(*db, "Extension number,Name,Product\n"
                                               "9999,New,Cloud PBX\n"
                                               "4704,Again,Cloud PBX\n"
                                               "4702,Renamed,Cloud PBX\n"
                                               "0470,Zero,Cloud PBX\n");
        QCOMPARE(problemOn(plan, QStringLiteral("9999")).code, QStringLiteral("account_exists"));
        QCOMPARE(problemOn(plan, QStringLiteral("4704")).code, QStringLiteral("extension_exists"));
        QCOMPARE(problemOn(plan, QStringLiteral("4702")).code, QString());
        QCOMPARE(problemOn(plan, QStringLiteral("0470")).code, QString());
        QCOMPARE(plan.countOf(RowAction::Update), 2);
    }

    // The snapshot's monthly charges, summed in the scans the load makes anyway (issue #14), are
    // what monthlyCharges() sums on its own: subscriptions, the fees of active unblocked
    // accounts (extensions, the demo's auto attendant and generic accounts), their add-ons; not
    // blocked, inactive or closed accounts, nor a blocked account's add-on.
    void chargesAsMonthlyCharges()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        Desk desk(*db, Actor{QStringLiteral("tester"), false});
        const auto compare = [&](qint64 expected) {
            qint64 summed = -1;
            QVERIFY_OK(desk.customers.monthlyCharges(kAbc, &summed));
            QCOMPARE(summed, expected);
            for (auto strings : {SnapshotRepository::NumberStrings::Keep,
                                 SnapshotRepository::NumberStrings::None}) {
                CustomerSnapshot s;
                QVERIFY_OK(SnapshotRepository(*db).load(kAbc, &s, strings));
                QCOMPARE(s.monthlyCharges, expected);
            }
        };
        compare(1600); // the demo's subscription and accounts
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,Product\n"
                               "4701,Ann,Cloud PBX\n4702,Bob,Cloud PBX\n"
                               "4703,Cy,Cloud PBX\n4704,Di,Cloud PBX\n",
                               false));
        compare(5600); // Cloud PBX: 1000 a month each
        QVERIFY_OK(desk.accountState.close(QStringLiteral("ph46170x4704")));
        QVERIFY_OK(desk.accountState.block(QStringLiteral("ph46170x4703")));
        compare(3600);
        ExtensionRequest inactive;
        inactive.number = QStringLiteral("4705");
        inactive.product = QStringLiteral("Cloud PBX");
        inactive.inactive = true;
        QVERIFY_OK(desk.accounts.addExtension(kAbc, inactive, nullptr));
        compare(3600);
        QVERIFY_OK(desk.accountState.addonAdd(QStringLiteral("ph46170x4701"),
                                              QStringLiteral("Call recording")));
        compare(4000); // the add-on: 400
        QVERIFY_OK(desk.accountState.addonAdd(QStringLiteral("ph46170x4702"),
                                              QStringLiteral("Call recording")));
        QVERIFY_OK(desk.accountState.block(QStringLiteral("ph46170x4702")));
        compare(3000); // 4702 and its add-on no longer
        // Accounts without a numbered extension: a generic account, active then blocked, an
        // inactive one, and the demo's auto attendant blocked.
        QVERIFY_OK(desk.accounts.addGenericAccount(kAbc, QStringLiteral("sim-one"),
                                                   QStringLiteral("Cloud PBX"), false, nullptr));
        QVERIFY_OK(desk.accounts.addGenericAccount(kAbc, QStringLiteral("sim-two"),
                                                   QStringLiteral("Cloud PBX"), true, nullptr));
        compare(4000);
        QVERIFY_OK(desk.accountState.addonAdd(QStringLiteral("sim-one"),
                                              QStringLiteral("Call recording")));
        compare(4400);
        QVERIFY_OK(desk.accountState.block(QStringLiteral("sim-one")));
        compare(3000);
        QVERIFY_OK(desk.accountState.block(QStringLiteral("ph46170aa1")));
        qint64 after = 0;
        QVERIFY_OK(desk.customers.monthlyCharges(kAbc, &after));
        compare(after);
        QCOMPARE(rawExec(*db,
                         QStringLiteral("INSERT INTO subscription (i_customer, name, fee)"
                                        " VALUES (?, ?, ?)"),
                         {kAbc, QStringLiteral("Support"), 250}),
                 QString());
        compare(after + 250);
    }

    void didClaimKeepsTheCellsText()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,DID numbers,Product\n"
                               "4701,Ann,12094555950,Cloud PBX\n"
                               "4702,Bob,12094555951,Cloud PBX\n"
                               "4703,Cy,,Cloud PBX\n",
                               false));
        // 4703 wants 4701's DID as a formatted cell; 4701 has no row, so keeps it.
        const ImportPlan refused = planBytes(*db, "Extension number,DID numbers\n"
                                                  "4702,\n"
                                                  "4703,+1 (209) 455-5950\n");
        const Problem p = problemOn(refused, QStringLiteral("+1 (209) 455-5950"));
        QCOMPARE(p.code, QStringLiteral("did_in_use"));
        QCOMPARE(p.value, QStringLiteral("+1 (209) 455-5950"));
        QVERIFY2(p.message.contains(QLatin1String("12094555950")), qPrintable(p.message));

        const ImportPlan moved = planBytes(*db, "Extension number,DID numbers\n"
                                                "4701,\n"
                                                "4702,\n"
                                                "4703,\"+1 (209) 455-5950, 12094555951\"\n");
        QVERIFY2(moved.errors.isEmpty(),
                 qPrintable(moved.errors.isEmpty() ? QString() : moved.errors.first().message));
        QCOMPARE(moved.countOf(RowAction::Update), 3);
    }
};

QTEST_GUILESS_MAIN(TstSnapshotKeys)
#include "tst_snapshotkeys.moc"
