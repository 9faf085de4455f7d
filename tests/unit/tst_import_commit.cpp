// The import service's plan and commit: export and re-import field for field (with
// formula-looking cells), a stale plan refused, cancel leaving the database exactly as before,
// the rules holding on the connection after a bulk write. On SQLite and PostgreSQL.
#include "csvgen.h"
#include "import/csvreader.h"
#include "import/csvwriter.h"
#include "importfixture.h"
#include "services/desk.h"
#include "services/exporter.h"
#include "services/importservice.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstImportCommit : public QObject, public ImportFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init() { AD_REQUIRE_ENGINE(); }

    void exportRoundTrip()
    {
        QString specA, specB;
        auto a = freshDatabase(currentEngine(), true, &specA);
        auto b = freshDatabase(currentEngine(), true, &specB);
        QVERIFY(a && b);
        Desk sa(*a, Actor{});
        {
            ImportService importer(*a, Actor{});
            const csv::ReadResult read = csv::CsvReader::readFile(kSample);
            ImportPlan plan;
            QVERIFY_OK(importer.plan(46170, read, {}, &plan));
            CommitResult r;
            QVERIFY_OK(importer.commit(46170, read, &plan, {}, &r));
        }
        // Cells a spreadsheet would run as formulas, and other awkward values.
        ExtensionRequest r;
        r.number = QStringLiteral("0042");
        r.product = QStringLiteral("Cloud PBX");
        r.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        r.email = QStringLiteral("-x@abc.example");
        QVERIFY_OK(sa.accounts.addExtension(46170, r, nullptr));
        r.number = QStringLiteral("0043");
        r.name = QStringLiteral("@SUM(1+1); \"quoted\"\t");
        r.email = QString();
        r.published = QStringLiteral("yes");
        r.timeZone = QStringLiteral("Asia/Kolkata");
        r.huntGroup = QStringLiteral("support");
        QVERIFY_OK(sa.accounts.addExtension(46170, r, nullptr));

        CsvWriter w;
        int count = 0;
        QVERIFY_OK(Exporter::exportExtensions(*a, 46170, &w, &count));
        QCOMPARE(count, 15); // John Doe, 12 imported, 2 added
        const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(currentEngine()));
        QString error;
        QVERIFY(w.save(path, &error));
        const QByteArray exported = w.bytes();
        QVERIFY(!exported.contains("\n=HYPERLINK") && exported.contains("'=HYPERLINK"));

        // Database B is the demo data without the imported extensions; its John Doe (4665) is the
        // one row of the export that B already has.
        ImportService importerB(*b, Actor{});
        csv::ReadResult read = csv::CsvReader::readFile(path);
        QVERIFY(read.ok());
        // Row of 4665 exists in B already: all other rows must be clean.
        ImportPlan plan;
        QVERIFY_OK(importerB.plan(46170, read, {}, &plan));
        QCOMPARE(plan.errors.size(), 1);
        QCOMPARE(plan.errors.first().code, QStringLiteral("extension_exists"));
        QCOMPARE(plan.errors.first().value, QStringLiteral("4665"));
        CommitResult result;
        QVERIFY_OK(importerB.commit(46170, read, &plan, CommitOptions{false, true, {}}, &result));
        // B's 4665 had no DIDs or groups in the demo either, so both exports must now be equal.
        CsvWriter wb;
        QVERIFY_OK(Exporter::exportExtensions(*b, 46170, &wb, &count));
        QCOMPARE(QString::fromUtf8(wb.bytes()), QString::fromUtf8(exported));
    }

    void stalePlanRefused()
    {
        QString spec;
        auto db = freshDatabase(currentEngine(), true, &spec);
        QVERIFY(db);
        ImportService importer(*db, Actor{QStringLiteral("desk1"), false});
        const csv::ReadResult read = csv::CsvReader::readFile(kSample);
        ImportPlan reviewed;
        QVERIFY_OK(importer.plan(46170, read, {}, &reviewed));
        QVERIFY(!reviewed.hasErrors());
        // Meanwhile another desk, on its own connection, adds extension 4673 and takes DID
        // 12094555958.
        {
            auto other = openSpec(spec);
            Desk desk2(*other, Actor{QStringLiteral("desk2"), false});
            ExtensionRequest r;
            r.number = QStringLiteral("4673");
            r.product = QStringLiteral("Cloud PBX");
            QVERIFY_OK(desk2.accounts.addExtension(46170, r, nullptr));
            QVERIFY_OK(
                desk2.dids.assign(QStringLiteral("ph46170x4673"), QStringLiteral("12094555958")));
        }
        const QString before = fingerprint(*db);
        CommitResult result;
        const Status st = importer.commit(46170, read, &reviewed, {}, &result);
        QVERIFY(!st.ok());
        QVERIFY(result.stale);
        QCOMPARE(st.firstCode(), QStringLiteral("plan_stale"));
        QSet<QString> codes;
        for (const Problem &p : result.plan.errors)
            codes.insert(QStringLiteral("%1 %2").arg(p.row).arg(p.code));
        QCOMPARE(codes, (QSet<QString>{QStringLiteral("5 extension_exists"),
                                       QStringLiteral("4 did_in_use")}));
        QCOMPARE(fingerprint(*db), before);
    }

    void cancelRollsBack()
    {
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        const GeneratedFile g =
            generateExtensionsCsv(m_dir.filePath(QStringLiteral("cancel.csv")), 12000);
        Desk service(*db, Actor{});
        QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        ImportService importer(*db, Actor{});
        const csv::ReadResult read = csv::CsvReader::readFile(g.path);
        ImportPlan plan;
        QVERIFY_OK(importer.plan(46170, read, {}, &plan));
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errors.value(0).message));
        const QString before = fingerprint(*db);
        int calls = 0;
        int lastDone = 0;
        CommitOptions o;
        o.progress = [&](int done, int) {
            lastDone = done;
            return ++calls < 1; // cancel at the first report, after the first chunk: mid-way
        };
        CommitResult result;
        const Status st = importer.commit(46170, read, &plan, o, &result);
        QCOMPARE(st.firstCode(), QStringLiteral("cancelled"));
        QVERIFY(st.message().contains(QLatin1String("nothing was written")));
        QVERIFY(lastDone > 0 && lastDone < 12000);
        QVERIFY(!result.committed);
        QCOMPARE(fingerprint(*db), before);
        // And the database is usable afterwards.
        QVERIFY_OK(importer.commit(46170, read, &plan, {}, &result));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            12002);
    }

    // The SQLite writer switches the connection's triggers off while it inserts a bulk batch; the
    // rules must hold again on that same connection afterwards — after a commit and after a cancel.
    void rulesHoldOnTheSameConnectionAfterImport()
    {
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        ImportService importer(*db, Actor{});
        const csv::ReadResult read = csv::CsvReader::readFile(kSample);
        auto refusedRawInsert = [&](const QString &id) {
            // Phone line (3) is not in ABC Company's agreement: the account_insert trigger refuses
            // it.
            const Status st = db->exec(
                QStringLiteral(
                    "INSERT INTO account (id, role, i_customer, i_product, status, blocked,"
                    " created_at) VALUES (?, 'universal', 46170, 3, 'active', 'no', 'now')"),
                {id});
            if (st.ok() || st.firstCode() != QLatin1String("product_not_in_agreement"))
                qWarning("raw insert: %s %s", qPrintable(st.firstCode()), qPrintable(st.message()));
            return !st.ok() && st.firstCode() == QLatin1String("product_not_in_agreement");
        };
        CommitOptions cancelAtOnce;
        cancelAtOnce.progress = [](int, int) { return false; };
        CommitResult result;
        QCOMPARE(importer.commit(46170, read, nullptr, cancelAtOnce, &result).firstCode(),
                 QStringLiteral("cancelled"));
        QVERIFY(refusedRawInsert(QStringLiteral("after-cancel")));
        QVERIFY_OK(importer.commit(46170, read, nullptr, {}, &result));
        QVERIFY(refusedRawInsert(QStringLiteral("after-commit")));
        // The counter the quantity rule checks followed the batch, and follows later changes too.
        const QString count =
            QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170 AND i_product = 1"
                           " AND status <> 'closed'");
        const QString inUse = QStringLiteral(
            "SELECT in_use FROM agreement_line WHERE i_customer = 46170 AND i_product = 1");
        QCOMPARE(scalar(*db, inUse), scalar(*db, count));
        Desk service(*db, Actor{});
        ExtensionRequest r;
        r.number = QStringLiteral("4999");
        r.product = QStringLiteral("Cloud PBX");
        QVERIFY_OK(service.accounts.addExtension(46170, r, nullptr));
        QCOMPARE(scalar(*db, inUse), scalar(*db, count));
    }
};

QTEST_GUILESS_MAIN(TstImportCommit)
#include "tst_import_commit.moc"
