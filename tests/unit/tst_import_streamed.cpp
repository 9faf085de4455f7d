// The import's report and problems file, written without holding the rows (issue #16): the
// accounts of --json spooled to a temporary file and copied into the document, the rows of
// --errors-csv spooled and the rejected ones copied at the end. Each is compared with what the
// import gave before, when everything was held: the document exactly as QJsonDocument prints it,
// its `accounts` row by row against the plan made in-process from the rows kept; the problems
// file byte for byte against ImportService::writeProblemsCsv() from the rows kept. Files of more
// than two reading batches (4,096 rows), dry run, commit, refused commit and the update run. On
// SQLite and PostgreSQL.
#include "csvgen.h"
#include "import/csvreader.h"
#include "import/csvwriter.h"
#include "importfixture.h"
#include "services/desk.h"
#include "services/importservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace ad;
using namespace ad::test;

namespace {

// (row, action, account id) of every row that adds, updates, closes or changes nothing, in row
// order: what `accounts` must list.
using Expected = QList<std::tuple<int, QString, QString>>;

Expected expectedRows(const ImportPlan &plan)
{
    Expected rows;
    for (const PlannedAccount &a : plan.accounts)
        rows.append({a.row, QStringLiteral("add"), a.accountId});
    for (const PlannedChange &c : plan.changes)
        rows.append({c.row, rowActionName(c.action), c.accountId});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstImportStreamed : public QObject, public ImportFixture {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }
    void init() { AD_REQUIRE_ENGINE(); }

    void jsonReportAsBefore();
    void problemsFileAsBefore();

private:
    // The plan as made before, from the rows kept (nothing written).
    ImportPlan planInProcess(const QString &spec, const QString &path, bool updateExisting)
    {
        auto db = openSpec(spec);
        csv::ReadOptions ro;
        ro.updateExisting = updateExisting;
        const csv::ReadResult read = csv::CsvReader::readFile(path, ro);
        ImportPlan plan;
        const Status st = ImportService(*db, Actor{})
                              .plan(46170, read, PlanOptions{false, updateExisting}, &plan);
        if (!st.ok())
            qWarning("plan: %s", qPrintable(st.message()));
        return plan;
    }
    // Runs `import ... --json`: the document must be exactly as QJsonDocument prints it and list
    // `expected` in that order.
    void checkJson(const QStringList &args, int exitCode, const Expected &expected, bool committed)
    {
        QByteArray out;
        QCOMPARE(cli(args, &out), exitCode);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        // Byte for byte what the one QJsonDocument of before printed.
        QVERIFY(out == doc.toJson(QJsonDocument::Indented));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("committed")).toBool(), committed);
        const QJsonArray accounts = o.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), expected.size());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const QJsonObject a = accounts.at(i).toObject();
            const auto &[row, action, accountId] = expected.at(i);
            QCOMPARE(a.value(QStringLiteral("row")).toInt(), row);
            QCOMPARE(a.value(QStringLiteral("action")).toString(), action);
            QCOMPARE(a.value(QStringLiteral("account_id")).toString(), accountId);
        }
    }
};

// Rows that add in three batches, with invalid rows among them: the refused commit and the dry run
// list every row that would add; --skip-invalid commits and lists them. Then an update run whose
// updates, unchanged rows and adds alternate row by row.
void TstImportStreamed::jsonReportAsBefore()
{
    QString spec;
    const GeneratedFile g = generateExtensionsCsv(
        m_dir.filePath(QStringLiteral("adds-%1.csv").arg(currentEngine())), 9000);
    {
        auto db = freshDatabase(currentEngine(), true, &spec);
        QVERIFY(db);
        QVERIFY_OK(Desk(*db, Actor{}).dids.add(46170, g.didRanges, nullptr));
    }
    // Invalid rows in each batch: an e-mail that is not one.
    const csv::ReadResult generated = csv::CsvReader::readFile(g.path);
    QVERIFY(generated.ok());
    const int email = generated.columnOf(csv::Field::Email);
    QVERIFY(email >= 0);
    CsvWriter w;
    w.addRow(generated.header);
    for (qsizetype i = 0; i < generated.records.size(); ++i) {
        QStringList fields = generated.records.at(i).fields;
        if (i % 1500 == 700)
            fields[email] = QStringLiteral("not-an-address@");
        w.addRow(fields);
    }
    const QString adds = m_dir.filePath(QStringLiteral("adds-bad-%1.csv").arg(currentEngine()));
    QString error;
    QVERIFY2(w.save(adds, &error), qPrintable(error));
    const ImportPlan before = planInProcess(spec, adds, false);
    QCOMPARE(before.rowsWithErrors.size(), 6);
    const Expected expected = expectedRows(before);
    QCOMPARE(expected.size(), 8994);
    const QStringList base{QStringLiteral("--db"),  spec, QStringLiteral("import"),
                           QStringLiteral("46170"), adds, QStringLiteral("--json")};
    checkJson(base + QStringList{QStringLiteral("--dry-run")}, 1, expected, false);
    checkJson(base, 1, expected, false); // refused: what would have been created
    checkJson(base + QStringList{QStringLiteral("--skip-invalid")}, 0, expected, true);

    // The update run: every third row renamed, every third as it is, every third replaced by a
    // new number (an add), so that the three kinds alternate row by row.
    const csv::ReadResult now = csv::CsvReader::readFile(adds);
    const int number = now.columnOf(csv::Field::ExtensionNumber);
    const int name = now.columnOf(csv::Field::Name);
    CsvWriter u;
    u.addRow(now.header);
    for (qsizetype i = 0; i < now.records.size(); ++i) {
        QStringList fields = now.records.at(i).fields;
        if (i % 1500 == 700)
            continue; // the invalid rows: not imported
        if (i % 3 == 0)
            fields[name] += QStringLiteral(" (renamed)");
        else if (i % 3 == 2)
            fields[number] = QString::number(700000 + i); // adds, without the DID of the row
        if (i % 3 == 2)
            fields[now.columnOf(csv::Field::Dids)].clear();
        u.addRow(fields);
    }
    const QString updates = m_dir.filePath(QStringLiteral("updates-%1.csv").arg(currentEngine()));
    QVERIFY2(u.save(updates, &error), qPrintable(error));
    const ImportPlan update = planInProcess(spec, updates, true);
    QVERIFY2(!update.hasErrors(), qPrintable(update.errors.value(0).message));
    QCOMPARE(update.countOf(RowAction::Update), 3000);
    QCOMPARE(update.countOf(RowAction::Unchanged), 2994); // the invalid rows were i % 3 == 1
    QCOMPARE(update.added(), 3000);
    const Expected updateRows = expectedRows(update);
    QCOMPARE(std::get<1>(updateRows.at(0)), QStringLiteral("update"));
    QCOMPARE(std::get<1>(updateRows.at(1)), QStringLiteral("unchanged"));
    QCOMPARE(std::get<1>(updateRows.at(2)), QStringLiteral("add"));
    const QStringList updateArgs{QStringLiteral("--db"),
                                 spec,
                                 QStringLiteral("import"),
                                 QStringLiteral("46170"),
                                 updates,
                                 QStringLiteral("--json"),
                                 QStringLiteral("--update-existing")};
    checkJson(updateArgs + QStringList{QStringLiteral("--dry-run")}, 0, updateRows, false);
    checkJson(updateArgs, 0, updateRows, true);
}

// A file with its own extra column, ';' as delimiter, invalid rows in each batch, and one byte
// that is not UTF-8 after the first batches (the reader starts over as Windows-1252): the problems
// file of the dry run, of the commit with --skip-invalid and of the update run is, byte for byte,
// what writeProblemsCsv() writes from the rows kept.
void TstImportStreamed::problemsFileAsBefore()
{
    QString spec;
    {
        auto db = freshDatabase(currentEngine(), true, &spec);
        QVERIFY(db);
    }
    const QString path = m_dir.filePath(QStringLiteral("semicolons-%1.csv").arg(currentEngine()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Extension number;Name;Email for notifications;Product;Notes\n");
        for (int i = 0; i < 9000; ++i) {
            const QByteArray n = QByteArray::number(200000 + i);
            const QByteArray who = i == 6000 ? QByteArray("M\xfcller") : "Person " + n;
            const QByteArray mail = i % 997 == 5 ? QByteArray("bad@") : "p" + n + "@abc.example";
            f.write(n + ";\"" + who + ", Jr.\";" + mail + ";Cloud PBX;note " + n + "\n");
        }
    }
    const auto expectedProblems = [&](bool updateExisting) {
        const QString out = m_dir.filePath(QStringLiteral("expected-%1.csv").arg(currentEngine()));
        csv::ReadOptions ro;
        ro.updateExisting = updateExisting;
        const csv::ReadResult read = csv::CsvReader::readFile(path, ro);
        const ImportPlan plan = planInProcess(spec, path, updateExisting);
        QString error;
        if (!ImportService::writeProblemsCsv(out, read, plan, &error))
            qWarning("%s", qPrintable(error));
        return readAll(out);
    };
    const QByteArray expected = expectedProblems(false);
    QVERIFY(expected.contains("Row 7: "));
    QVERIFY(expected.contains(";note 200005;"));
    QCOMPARE(expected.count('\n'), 1 + 10);
    const QString problems = m_dir.filePath(QStringLiteral("problems-%1.csv").arg(currentEngine()));
    const QStringList base{QStringLiteral("--db"),
                           spec,
                           QStringLiteral("import"),
                           QStringLiteral("46170"),
                           path,
                           QStringLiteral("--errors-csv"),
                           problems,
                           QStringLiteral("--json")};
    QCOMPARE(cli(base + QStringList{QStringLiteral("--dry-run")}), 1);
    QCOMPARE(readAll(problems), expected);
    QFile::remove(problems);
    QCOMPARE(cli(base), 1); // refused
    QCOMPARE(readAll(problems), expected);
    QFile::remove(problems);
    QCOMPARE(cli(base + QStringList{QStringLiteral("--skip-invalid")}), 0);
    QCOMPARE(readAll(problems), expected);
    // Again, now that the valid rows exist: the update run (its rows planned as a whole).
    const QByteArray expectedUpdate = expectedProblems(true);
    QCOMPARE(expectedUpdate.count('\n'), 1 + 10);
    QFile::remove(problems);
    QCOMPARE(cli(base + QStringList{QStringLiteral("--update-existing")}), 1);
    QCOMPARE(readAll(problems), expectedUpdate);
    auto db = openSpec(spec);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170 "
                                        "AND id LIKE 'ph46170x2_____'")),
             8990);
}

QTEST_GUILESS_MAIN(TstImportStreamed)
#include "tst_import_streamed.moc"
