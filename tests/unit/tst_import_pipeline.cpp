// Reading, planning and committing in one pass (the CLI's path) against read-then-commit: the
// same outcome, and nothing written on late errors, file errors, cancel or a late Windows-1252
// re-read; the reader's row limit. On SQLite and PostgreSQL.
#include "csvgen.h"
#include "import/csvreader.h"
#include "importfixture.h"
#include "services/desk.h"
#include "services/importservice.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstImportPipeline : public QObject, public ImportFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init() { AD_REQUIRE_ENGINE(); }

    // readPlanAndCommit (the CLI's path) writes rows while later ones are still being read and
    // planned. Its outcome must be exactly that of readFile() + commit(): the same accounts, and
    // nothing at all when a late row is bad, the file turns out bad, or the user cancels.
    void pipelineMatchesReadThenCommit()
    {
        const GeneratedFile g =
            generateExtensionsCsv(m_dir.filePath(QStringLiteral("pipe.csv")), 12000);
        auto prepare = [&](QString *spec) {
            auto db = freshDatabase(currentEngine(), true, spec);
            Desk service(*db, Actor{});
            if (!service.dids.add(46170, g.didRanges, nullptr).ok())
                return std::unique_ptr<Database>();
            return db;
        };
        auto accountsOf = [](Database &db) {
            QSqlQuery q(db.db());
            q.exec(QStringLiteral(
                "SELECT a.id, a.status, e.name, e.email, e.time_zone, e.published,"
                " (SELECT count(*) FROM did d WHERE d.i_account = a.i_account),"
                " (SELECT count(*) FROM hunt_group_member m WHERE m.i_extension = e.i_extension)"
                " FROM account a JOIN extension e ON e.i_account = a.i_account"
                " WHERE a.i_customer = 46170 ORDER BY a.id"));
            QStringList out;
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 8; ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char('|'));
            }
            return out;
        };
        QString specA, specB;
        auto a = prepare(&specA);
        auto b = prepare(&specB);
        QVERIFY(a && b);
        ImportService viaPipeline(*a, Actor{});
        csv::ReadResult read;
        CommitResult piped;
        int reports = 0;
        CommitOptions o;
        o.progress = [&](int done, int total) {
            ++reports;
            return done > 0 && total == 0;
        };
        QVERIFY_OK(viaPipeline.readPlanAndCommit(46170, g.path, {}, o, &read, &piped));
        QVERIFY(piped.committed);
        QVERIFY(reports >= 2); // progress while reading was still going on
        QCOMPARE(piped.plan.accounts.size(), 12000);
        ImportService classic(*b, Actor{});
        CommitResult committed;
        QVERIFY_OK(
            classic.commit(46170, csv::CsvReader::readFile(g.path), nullptr, {}, &committed));
        QCOMPARE(piped.plan.rows, committed.plan.rows);
        const QStringList fromPipeline = accountsOf(*a);
        QCOMPARE(fromPipeline.size(), 12002);
        QCOMPARE(fromPipeline, accountsOf(*b));
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        QCOMPARE(scalar(*a, QStringLiteral("SELECT count(*) FROM account WHERE i_audit = ?"),
                        {piped.auditId}),
                 12000);
        QCOMPARE(
            scalar(*a,
                   QStringLiteral(
                       "SELECT count(*) FROM audit WHERE i_audit = ? AND new_value LIKE '12000 %'"),
                   {piped.auditId}),
            1);
    }

    void pipelineLateProblemsWriteNothing()
    {
        const GeneratedFile g =
            generateExtensionsCsv(m_dir.filePath(QStringLiteral("late.csv")), 12000);
        // The last row repeats the first one's extension number (and DID): only known at the end.
        QFile f(g.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QList<QByteArray> lines = f.readAll().split('\n');
        f.write(lines.at(1) + '\n');
        f.close();
        QString spec;
        auto db = freshDatabase(currentEngine(), true, &spec);
        QVERIFY(db);
        Desk service(*db, Actor{});
        QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        ImportService importer(*db, Actor{});
        const QString before = fingerprint(*db);
        csv::ReadResult read;
        CommitResult result;
        Status st = importer.readPlanAndCommit(46170, g.path, {}, {}, &read, &result);
        QCOMPARE(st.kind(), Status::Kind::Refused);
        QVERIFY(!result.committed);
        QCOMPARE(result.plan.errors.size() >= 1, true);
        QCOMPARE(result.plan.errors.first().row, 12002);
        QCOMPARE(result.plan.errors.first().code, QStringLiteral("extension_duplicate"));
        QCOMPARE(fingerprint(*db), before);
        // The file's own limit, met after the first rows were written: nothing either.
        csv::ReadOptions small;
        small.maxRows = 9000;
        st = importer.readPlanAndCommit(46170, g.path, small, {}, &read, &result);
        QCOMPARE(st.firstCode(), QStringLiteral("file_too_large"));
        QCOMPARE(fingerprint(*db), before);
        // Cancelled after the first rows: nothing, and the rules hold on this connection.
        CommitOptions cancel;
        cancel.progress = [](int, int) { return false; };
        st = importer.readPlanAndCommit(46170, g.path, {}, cancel, &read, &result);
        QCOMPARE(st.firstCode(), QStringLiteral("cancelled"));
        QCOMPARE(fingerprint(*db), before);
        const Status raw = db->exec(QStringLiteral(
            "INSERT INTO account (id, role, i_customer, i_product, status, blocked,"
            " created_at) VALUES ('x', 'universal', 46170, 3, 'active', 'no', 'now')"));
        QCOMPARE(raw.firstCode(), QStringLiteral("product_not_in_agreement"));
        // With --skip-invalid the valid rows go in and the late duplicate stays out.
        CommitOptions skip;
        skip.skipInvalid = true;
        QVERIFY_OK(importer.readPlanAndCommit(46170, g.path, {}, skip, &read, &result));
        QCOMPARE(result.plan.accounts.size(), 12000);
        QCOMPARE(result.plan.rowsWithErrors.size(), 1);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            12002);
    }

    // A file that is not UTF-8 only late (after rows were written) is read again as
    // Windows-1252: the rows written are rolled back and the import runs on the re-read rows.
    void pipelineEncodingFallbackLate()
    {
        QByteArray csv = "Extension number,Name,DID numbers,Published,Email for "
                         "notifications,Timezone,Product,Huntgroup\n";
        for (int i = 0; i < 9000; ++i)
            csv += QByteArray::number(20000 + i) + ",Person " + QByteArray::number(i) +
                   ",,N,,,Cloud PBX,\n";
        csv += "29999,Ren\xe9 Late,,N,,,Cloud PBX,\n"; // 0xE9: "é" in Windows-1252, invalid UTF-8
        const QString path = m_dir.filePath(QStringLiteral("cp1252-late.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        ImportService importer(*db, Actor{});
        csv::ReadResult read;
        CommitResult result;
        // A cancel is a cancel, whether or not the reader had started over by then.
        CommitOptions cancel;
        cancel.progress = [](int, int) { return false; };
        QCOMPARE(importer.readPlanAndCommit(46170, path, {}, cancel, &read, &result).firstCode(),
                 QStringLiteral("cancelled"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            2);
        const Status st = importer.readPlanAndCommit(46170, path, {}, {}, &read, &result);
        QVERIFY2(st.ok(), qPrintable(st.message()));
        QCOMPARE(read.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            9003);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM extension WHERE name = ?"),
                        {QStringLiteral("Ren\u00e9 Late")}),
                 1);
    }

    void readAndPlanMatchesReadThenPlan()
    {
        // 30,000 rows of valid UTF-8 and, at the very end, one Windows-1252 byte: the reader has
        // delivered batches before it must start again; the streamed plan must not keep them.
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        const GeneratedFile g = generateExtensionsCsv(
            m_dir.filePath(QStringLiteral("late-%1.csv").arg(currentEngine())), 30000);
        {
            QFile f(g.path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("999999,Andr\xE9,,,,,Cloud PBX,\r\n");
        }
        Desk service(*db, Actor{});
        QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        ImportService importer(*db, Actor{});
        const csv::ReadResult read = csv::CsvReader::readFile(g.path);
        QCOMPARE(read.encoding, QStringLiteral("Windows-1252"));
        ImportPlan plan;
        QVERIFY_OK(importer.plan(46170, read, {}, &plan));
        csv::ReadResult read2;
        ImportPlan plan2;
        QVERIFY_OK(importer.readAndPlan(46170, g.path, {}, {}, &read2, &plan2));
        QCOMPARE(read2.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(plan2.rows, plan.rows);
        QCOMPARE(plan2.accounts.size(), plan.accounts.size());
        QVERIFY(plan2.accounts.size() >
                25000); // read as Windows-1252, some UTF-8 names decode to control characters
        QCOMPARE(plan2.accounts.last().name, QString::fromUtf8("André"));
        QCOMPARE(plan2.errors.size(), plan.errors.size());
        QCOMPARE(plan2.quota.first().adding, plan.quota.first().adding);
        // The same with the rows let go once read and the accounts handed over as planned: the
        // batches of the first reading are forgotten (restart), the plan counts what it handed
        // over, and the accounts received are the same, in row order.
        csv::ReadOptions streamed;
        streamed.keepRecords = false;
        csv::ReadResult read3;
        ImportPlan plan3;
        QList<PlannedAccount> received;
        bool restarted = false;
        QVERIFY_OK(importer.readAndPlan(46170, g.path, streamed, {}, &read3, &plan3,
                                        [&](const QList<PlannedAccount> &accounts, bool restart) {
                                            if (restart) {
                                                restarted = true;
                                                received.clear();
                                            }
                                            received += accounts;
                                        }));
        QVERIFY(restarted);
        QVERIFY(read3.records.isEmpty());
        QCOMPARE(read3.dataRows, qint64(plan.rows));
        QCOMPARE(plan3.accounts.size(), 0);
        QCOMPARE(plan3.accountsHandedOver, int(plan.accounts.size()));
        QCOMPARE(plan3.added(), int(plan.accounts.size()));
        QCOMPARE(plan3.countOf(RowAction::Add), int(plan.accounts.size()));
        QCOMPARE(received.size(), plan.accounts.size());
        for (int i = 0; i < received.size(); i += 997)
            QCOMPARE(received.at(i).accountId, plan.accounts.at(i).accountId);
        QCOMPARE(received.last().name, QString::fromUtf8("André"));
    }

    // The command line's way (issue #16): rows let go once planned, accounts handed over once
    // written; the commit is the same, the plan only counts them, and a file over the limit is
    // refused when its first row too many is read, before any row is held.
    void streamedCommitHoldsNoRows()
    {
        const GeneratedFile g = generateExtensionsCsv(
            m_dir.filePath(QStringLiteral("streamed-%1.csv").arg(currentEngine())), 12000);
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        Desk service(*db, Actor{});
        QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        ImportService importer(*db, Actor{});
        const QString before = fingerprint(*db);
        csv::ReadOptions streamed;
        streamed.keepRecords = false;
        // Over the limit: refused, nothing written, and no batch beyond the limit delivered.
        csv::ReadOptions small = streamed;
        small.maxRows = 9000;
        QList<PlannedAccount> received;
        CommitOptions o;
        o.written = [&](const QList<PlannedAccount> &accounts, bool restart) {
            if (restart)
                received.clear();
            received += accounts;
        };
        csv::ReadResult read;
        CommitResult result;
        Status st = importer.readPlanAndCommit(46170, g.path, small, o, &read, &result);
        QCOMPARE(st.firstCode(), QStringLiteral("file_too_large"));
        QVERIFY(!result.committed);
        QVERIFY(read.records.isEmpty());
        QCOMPARE(read.dataRows, qint64(9000));
        QVERIFY(received.size() <= 9000);
        QCOMPARE(fingerprint(*db), before);
        // Within the limit: committed, every account handed over once, in row order.
        received.clear();
        QVERIFY_OK(importer.readPlanAndCommit(46170, g.path, streamed, o, &read, &result));
        QVERIFY(result.committed);
        QVERIFY(read.records.isEmpty());
        QCOMPARE(result.plan.accounts.size(), 0);
        QCOMPARE(result.plan.accountsHandedOver, 12000);
        QCOMPARE(result.plan.added(), 12000);
        QCOMPARE(received.size(), 12000);
        for (int i = 1; i < received.size(); ++i)
            QVERIFY(received.at(i - 1).row < received.at(i).row);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_audit = ?"),
                        {result.auditId}),
                 12000);
        QVERIFY(text(*db, QStringLiteral("SELECT new_value FROM audit WHERE i_audit = ?"),
                     {result.auditId})
                    .startsWith(QLatin1String("12000 ")));
    }

    void fileTooLarge()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("reader only; once is enough");
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        f.write("Extension number,Product\n");
        for (int i = 0; i < 1000001; ++i) {
            chunk += QByteArray::number(1000000 + i) + ",Cloud PBX\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        f.close();
        const csv::ReadResult r = csv::CsvReader::readFile(path);
        QCOMPARE(r.fileErrors.size(), 1);
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("file_too_large"));
        QCOMPARE(r.records.size(), 1000000);
    }
};

QTEST_GUILESS_MAIN(TstImportPipeline)
#include "tst_import_pipeline.moc"
