// The import engine end to end: the sample file through agreementdesk-cli, export and
// re-import field for field (with formula-looking cells), a stale plan refused, cancel and
// kill -9 during a commit leaving the database exactly as before, skip-invalid with the
// problems file. On SQLite and PostgreSQL.
#include "csvgen.h"
#include "import/csvreader.h"
#include "import/csvwriter.h"
#include "services/desk.h"
#include "services/exporter.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

static const QString kSample = QStringLiteral(AD_TEST_DATA "/abc-new-hires.csv");

class TstImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    int cli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(AD_CLI), args);
        p.waitForFinished(300000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }
    // Everything an import may touch, as one comparable text.
    QString fingerprint(Database &db)
    {
        QString out;
        for (const char *sql :
             {"SELECT count(*) FROM account", "SELECT count(*) FROM extension",
              "SELECT count(*) FROM audit", "SELECT count(*) FROM did WHERE i_account IS NOT NULL",
              "SELECT count(*) FROM hunt_group_member", "SELECT sum(in_use) FROM agreement_line"})
            out += QString::number(scalar(db, QString::fromLatin1(sql))) + QLatin1Char(' ');
        return out;
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init() { AD_REQUIRE_ENGINE(); }

    void sampleThroughCli()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("--db"), spec, QStringLiteral("import"),
                      QStringLiteral("46170"), kSample, QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("committed")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 12);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("monthly_charges"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("136.00"));
        auto db = openSpec(spec);
        Desk service(*db, Actor{});
        QList<AccountInfo> accounts;
        QVERIFY_OK(service.accounts.list(46170, &accounts));
        QCOMPARE(accounts.size(), 14);
        const AccountInfo *fatima = nullptr, *lucia = nullptr;
        for (const auto &a : accounts) {
            if (a.id == QLatin1String("ph46170x4675"))
                fatima = &a;
            if (a.id == QLatin1String("ph46170x4681"))
                lucia = &a;
        }
        QVERIFY(fatima && lucia);
        QCOMPARE(fatima->dids,
                 (QStringList{QStringLiteral("12094555959"), QStringLiteral("12094555960")}));
        QCOMPARE(fatima->huntGroups, QStringList{QStringLiteral("Sales")});
        QCOMPARE(lucia->name, QString::fromUtf8("Lucía \"Lu\" Fernández, PhD"));
        QList<HuntGroupInfo> groups;
        QVERIFY_OK(service.huntGroups.list(46170, &groups));
        QCOMPARE(groups.at(0).members,
                 (QStringList{QStringLiteral("4670"), QStringLiteral("4671"),
                              QStringLiteral("4675"), QStringLiteral("4679")}));
        // One audit entry for the import, every account traceable to it.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'import'")),
                 1);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM account a JOIN audit x ON x.i_audit = a.i_audit"
                            " WHERE x.action = 'import' AND x.object = 'abc-new-hires.csv'")),
            12);
        // Importing again: refused, each row named.
        QCOMPARE(cli({QStringLiteral("--db"), spec, QStringLiteral("import"),
                      QStringLiteral("46170"), kSample, QStringLiteral("--json")},
                     &out),
                 1);
        QSet<int> rows;
        for (const auto &e :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("errors")).toArray())
            if (e.toObject().value(QStringLiteral("code")).toString() ==
                QLatin1String("extension_exists"))
                rows.insert(e.toObject().value(QStringLiteral("row")).toInt());
        QCOMPARE(rows.size(), 12);
        QVERIFY(rows.contains(2) && rows.contains(13));
    }

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

    // Two desks import into the same customer at the same moment, each within the quantity on
    // its own but not together: the customer's lock orders them, the second plans against what
    // the first wrote, and the quantity is never exceeded.
    void twoDesksImportAtOnce()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        // Bluebird Dental: "Cloud PBX up to 5 phone lines", 5 allowed, 2 in use.
        auto file = [&](const QString &name, int first) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write("Extension number,Name,DID numbers,Published,Email for "
                    "notifications,Timezone,Product,Huntgroup\n");
            for (int n = first; n < first + 2; ++n)
                f.write(QByteArray::number(n) + ",Desk " + QByteArray::number(n) +
                        ",,N,,,Cloud PBX up to 5 phone lines,\n");
            return path;
        };
        const QString a = file(QStringLiteral("desk-a.csv"), 300);
        const QString b = file(QStringLiteral("desk-b.csv"), 400);
        QProcess pa, pb;
        pa.start(QStringLiteral(AD_CLI),
                 {QStringLiteral("--db"), spec, QStringLiteral("--user"), QStringLiteral("desk-a"),
                  QStringLiteral("import"), QStringLiteral("46171"), a, QStringLiteral("--json")});
        pb.start(QStringLiteral(AD_CLI),
                 {QStringLiteral("--db"), spec, QStringLiteral("--user"), QStringLiteral("desk-b"),
                  QStringLiteral("import"), QStringLiteral("46171"), b, QStringLiteral("--json")});
        QVERIFY(pa.waitForFinished(60000) && pb.waitForFinished(60000));
        const QList<int> codes{pa.exitCode(), pb.exitCode()};
        QVERIFY2(codes.count(0) == 1,
                 qPrintable(QStringLiteral("exit codes %1 %2: %3 %4")
                                .arg(codes.at(0))
                                .arg(codes.at(1))
                                .arg(QString::fromUtf8(pa.readAllStandardOutput().left(400)),
                                     QString::fromUtf8(pb.readAllStandardOutput().left(400)))));
        // The other was refused by the quantity (or, on SQLite, found the database busy): either
        // way it wrote nothing.
        QVERIFY(codes.contains(1) || codes.contains(3));
        auto db = openSpec(spec);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46171 "
                                            "AND status <> 'closed'")),
                 4);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral(
                       "SELECT in_use FROM agreement_line WHERE i_customer = 46171 AND i_product ="
                       " (SELECT i_product FROM product WHERE name = 'Cloud PBX up to 5 phone "
                       "lines')")),
            4);
        QCOMPARE(
            scalar(
                *db,
                QStringLiteral(
                    "SELECT count(*) FROM audit WHERE action = 'import' AND i_customer = 46171")),
            1);
    }

    void killDuringCommit()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        const GeneratedFile g =
            generateExtensionsCsv(m_dir.filePath(QStringLiteral("kill.csv")), 100000);
        {
            auto db = openSpec(spec);
            Desk service(*db, Actor{});
            QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        }
        QString before;
        {
            auto db = openSpec(spec);
            before = fingerprint(*db);
        }
        QProcess p;
        p.start(QStringLiteral(AD_CLI),
                {QStringLiteral("--db"), spec, QStringLiteral("import"), QStringLiteral("46170"),
                 g.path, QStringLiteral("--progress")});
        QVERIFY(p.waitForStarted());
        // Wait until the commit is well under way (at least 10,000 of 100,000 rows written).
        QByteArray err;
        bool killed = false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            const int at = err.lastIndexOf("committing ");
            if (at >= 0) {
                QByteArray digits = err.mid(at + 11);
                digits.truncate(digits.indexOf(' ')); // "committing 12288 (… rows/s)"
                const int done = digits.toInt();
                if (done >= 10000 && done < 100000) {
                    p.kill(); // SIGKILL
                    killed = true;
                    break;
                }
            }
        }
        p.waitForFinished();
        QVERIFY2(killed, err.right(300).constData());
        auto db = openSpec(spec);
        QVERIFY(db);
        QCOMPARE(fingerprint(*db), before);
        if (!db->isPostgres()) {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        // Usable: the same import now goes through.
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("--db"), spec, QStringLiteral("import"),
                      QStringLiteral("46170"), g.path, QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            100002);
    }

    void skipInvalidWithProblemsFile()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        const QString path = m_dir.filePath(QStringLiteral("mixed-%1.csv").arg(currentEngine()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Extension number,Name,DID numbers,Published,Email for "
                "notifications,Timezone,Product,Huntgroup\n"
                "4701,Good One,,,,,Cloud PBX,\n"
                "4702,\"Bad, Email\",,,hana@,,Cloud PBX,\n"
                "4703,Good Two,,,,,Cloud PBX,Sales\n"
                "4665,Exists,,,,,Cloud PBX,\n");
        f.close();
        const QString problems =
            m_dir.filePath(QStringLiteral("problems-%1.csv").arg(currentEngine()));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("--db"), spec, QStringLiteral("import"),
                      QStringLiteral("46170"), path, QStringLiteral("--json")},
                     &out),
                 1);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("committed")).toBool(),
                 false);
        QCOMPARE(
            cli({QStringLiteral("--db"), spec, QStringLiteral("import"), QStringLiteral("46170"),
                 path, QStringLiteral("--skip-invalid"), QStringLiteral("--inactive"),
                 QStringLiteral("--errors-csv"), problems, QStringLiteral("--json")},
                &out),
            0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("committed")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("inactive"));
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 2);
        const csv::ReadResult back = csv::CsvReader::readFile(problems);
        QVERIFY(back.ok());
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.header.last(), QStringLiteral("Error"));
        QCOMPARE(back.records.at(0).fields.at(1), QStringLiteral("Bad, Email"));
        QVERIFY(back.records.at(0).fields.last().contains(QLatin1String("Row 3")));
        QVERIFY(back.records.at(0).fields.last().contains(QLatin1String("hana@")));
        QVERIFY(back.records.at(1).fields.last().contains(QLatin1String("4665")));
        auto db = openSpec(spec);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE id IN ('ph46170x4701', "
                                       "'ph46170x4703') AND status = 'inactive'")),
            2);
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

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
