// Golden import cases: every file in tests/data/golden/*.csv is read and planned for a customer of
// the demo data, and the outcome compared with the .expected file beside it (errors as
// row/column/code, accounts, names, warnings, encoding, quota, charges). Then it is committed:
// a clean file writes all its accounts, a file with errors writes nothing, and with
// "skip invalid rows" exactly the valid ones. On SQLite and PostgreSQL.
#include "import/csvreader.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstImportGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }

    void golden_data()
    {
        QTest::addColumn<QString>("csvPath");
        const QDir dir(QStringLiteral(AD_TEST_DATA "/golden"));
        // CSV files, and workbooks (read by content: a workbook may be named .csv too).
        const auto files = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx"),
                                          QStringLiteral("*.ods"), QStringLiteral("*.xls")},
                                         QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void golden()
    {
        AD_REQUIRE_ENGINE();
        QFETCH(QString, csvPath);
        const QFileInfo csvInfo(csvPath);
        const QString expectedPath =
            csvInfo.dir().filePath(csvInfo.completeBaseName() + QStringLiteral(".expected"));
        QFile ef(expectedPath);
        QVERIFY2(ef.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QStringList lines = QString::fromUtf8(ef.readAll()).split(QLatin1Char('\n'));

        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        qint64 customer = 0;
        csv::ReadOptions ro;
        PlanOptions po;
        QSet<QString> expectedErrors, expectedWarnings;
        int expectedAccounts = -1;
        QList<QStringList> checks;
        QStringList afterChecks; // "SQL = VALUE", checked once the file is committed
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString key = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            if (key == QLatin1String("customer"))
                customer = rest.toLongLong();
            else if (key == QLatin1String("sql"))
                QCOMPARE(rawExec(*db, rest), QString());
            else if (key == QLatin1String("option") && rest == QLatin1String("inactive"))
                po.inactive = true;
            else if (key == QLatin1String("option") && rest.startsWith(QLatin1String("encoding=")))
                ro.encoding = rest.mid(9);
            else if (key == QLatin1String("option") &&
                     rest.startsWith(QLatin1String("header-row=")))
                ro.headerRow = rest.mid(11).toInt();
            else if (key == QLatin1String("option") && rest.startsWith(QLatin1String("sheet=")))
                ro.sheet = rest.mid(6);
            else if (key == QLatin1String("option") && rest == QLatin1String("no-header"))
                ro.hasHeader = false;
            else if (key == QLatin1String("option") && rest == QLatin1String("update-existing"))
                ro.updateExisting = po.updateExisting = true;
            else if (key == QLatin1String("option") && rest.startsWith(QLatin1String("map="))) {
                const QString m = rest.mid(4);
                const int eq = m.lastIndexOf(QLatin1Char('='));
                const auto field = csv::fieldByName(m.mid(eq + 1));
                QVERIFY2(eq > 0 && field, qPrintable(rest));
                ro.columnMap.append({m.left(eq), *field});
            } else if (key == QLatin1String("after"))
                afterChecks.append(rest);
            else if (key == QLatin1String("accounts"))
                expectedAccounts = rest.toInt();
            else if (key == QLatin1String("error"))
                expectedErrors.insert(rest);
            else if (key == QLatin1String("warning"))
                expectedWarnings.insert(rest);
            else
                checks.append({key, rest});
        }
        QVERIFY(customer > 0);
        const csv::ReadResult read = csv::CsvReader::readFile(csvPath, ro);
        ImportService service(*db, Actor{QStringLiteral("golden"), false});
        ImportPlan plan;
        QVERIFY_OK(service.plan(customer, read, po, &plan));

        QSet<QString> gotErrors;
        for (const Problem &p : plan.errors) {
            gotErrors.insert(QStringLiteral("%1 %2 %3")
                                 .arg(p.row)
                                 .arg(p.field.isEmpty() ? QStringLiteral("-") : p.field, p.code));
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.code));
        }
        QCOMPARE(gotErrors, expectedErrors);
        QSet<QString> gotWarnings;
        for (const Problem &w : plan.warnings)
            gotWarnings.insert(w.code);
        QCOMPARE(gotWarnings, expectedWarnings);
        QCOMPARE(plan.accounts.size(), expectedAccounts);

        auto accountAt = [&](int row) -> const PlannedAccount * {
            for (const PlannedAccount &a : plan.accounts)
                if (a.row == row)
                    return &a;
            return nullptr;
        };
        for (const QStringList &c : checks) {
            const QString &key = c.at(0);
            const QString &rest = c.at(1);
            const int row = rest.section(QLatin1Char(' '), 0, 0).toInt();
            const QString arg = rest.section(QLatin1Char(' '), 1);
            if (key == QLatin1String("account")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->accountId, arg);
            } else if (key == QLatin1String("name")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->name, arg);
            } else if (key == QLatin1String("email")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->email, arg);
            } else if (key == QLatin1String("dids")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->dids.join(QLatin1Char(',')), arg);
            } else if (key == QLatin1String("timezone")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->timeZone, arg);
            } else if (key == QLatin1String("huntgroup")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->huntGroup, arg);
            } else if (key == QLatin1String("published")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->published ? QStringLiteral("Y") : QStringLiteral("N"),
                         arg);
            } else if (key == QLatin1String("product")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->product, arg);
            } else if (key == QLatin1String("status")) {
                QVERIFY2(accountAt(row), qPrintable(rest));
                QCOMPARE(accountAt(row)->active ? QStringLiteral("active")
                                                : QStringLiteral("inactive"),
                         arg);
            } else if (key == QLatin1String("action")) {
                // "action ROW add|update|close|unchanged"
                QString got = accountAt(row) ? QStringLiteral("add") : QStringLiteral("(none)");
                for (const PlannedChange &ch : plan.changes)
                    if (ch.row == row)
                        got = rowActionName(ch.action);
                QCOMPARE(got, arg);
            } else if (key == QLatin1String("change")) {
                // "change ROW FIELD|BEFORE|AFTER"
                const QStringList parts = arg.split(QLatin1Char('|'));
                QCOMPARE(parts.size(), 3);
                bool found = false;
                for (const PlannedChange &ch : plan.changes)
                    for (const FieldChange &f : ch.changes)
                        if (ch.row == row && f.field == parts.at(0)) {
                            found = true;
                            QCOMPARE(f.before, parts.at(1));
                            QCOMPARE(f.after, parts.at(2));
                        }
                QVERIFY2(found, qPrintable(rest));
            } else if (key == QLatin1String("column")) {
                // "column ROW CODE LETTER HEADER": the error names the file's own column.
                const QString code = arg.section(QLatin1Char(' '), 0, 0);
                const QString letter = arg.section(QLatin1Char(' '), 1, 1);
                const QString header = arg.section(QLatin1Char(' '), 2);
                bool found = false;
                for (const Problem &p : plan.errors)
                    if (p.row == row && p.code == code) {
                        found = true;
                        QCOMPARE(csv::columnLetter(p.columnIndex), letter);
                        QCOMPARE(p.column, header);
                    }
                QVERIFY2(found, qPrintable(rest));
            } else if (key == QLatin1String("encoding")) {
                QCOMPARE(read.encoding, rest);
            } else if (key == QLatin1String("sheet")) {
                // "sheet FORMAT NAME|ALL,SHEETS": the workbook sheet read.
                QCOMPARE(read.format, rest.section(QLatin1Char(' '), 0, 0));
                QCOMPARE(read.sheet + QLatin1Char('|') + read.sheets.join(QLatin1Char(',')),
                         rest.section(QLatin1Char(' '), 1));
            } else if (key == QLatin1String("message")) {
                bool found = false;
                for (const Problem &p : plan.errors)
                    found = found || (p.row == row && p.message.contains(arg));
                QVERIFY2(found, qPrintable(rest));
            } else if (key == QLatin1String("quota")) {
                const QStringList parts = rest.split(QLatin1Char(' '));
                const QString product = parts.mid(0, parts.size() - 2).join(QLatin1Char(' '));
                bool found = false;
                for (const QuotaLine &q : plan.quota) {
                    if (q.product != product)
                        continue;
                    found = true;
                    QCOMPARE(q.inUse, parts.at(parts.size() - 2).toInt());
                    QCOMPARE(q.adding, parts.last().toInt());
                }
                QVERIFY2(found, qPrintable(product));
            } else if (key == QLatin1String("freeing")) {
                // "freeing PRODUCT N": the quantity the file's closes and product changes free.
                const QString product = rest.section(QLatin1Char(' '), 0, -2);
                bool found = false;
                for (const QuotaLine &q : plan.quota)
                    if (q.product == product) {
                        found = true;
                        QCOMPARE(q.freeing, rest.section(QLatin1Char(' '), -1).toInt());
                    }
                QVERIFY2(found, qPrintable(product));
            } else if (key == QLatin1String("charges")) {
                QCOMPARE(QStringLiteral("%1.%2")
                             .arg(plan.chargesBefore / 100)
                             .arg(plan.chargesBefore % 100, 2, 10, QLatin1Char('0')),
                         rest.section(QLatin1Char(' '), 0, 0));
                QCOMPARE(QStringLiteral("%1.%2")
                             .arg(plan.chargesAfter / 100)
                             .arg(plan.chargesAfter % 100, 2, 10, QLatin1Char('0')),
                         rest.section(QLatin1Char(' '), 1, 1));
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown directive ") + key));
            }
        }

        // Reading and planning on two threads gives the same plan.
        {
            csv::ReadResult read2;
            ImportPlan plan2;
            QVERIFY_OK(service.readAndPlan(customer, csvPath, ro, po, &read2, &plan2));
            QCOMPARE(plan2.accounts.size(), plan.accounts.size());
            for (int i = 0; i < plan.accounts.size(); ++i)
                QCOMPARE(plan2.accounts.at(i).accountId, plan.accounts.at(i).accountId);
            QCOMPARE(plan2.errors.size(), plan.errors.size());
            for (int i = 0; i < plan.errors.size(); ++i)
                QCOMPARE(plan2.errors.at(i).code + QString::number(plan2.errors.at(i).row),
                         plan.errors.at(i).code + QString::number(plan.errors.at(i).row));
            QCOMPARE(plan2.rows, plan.rows);
            QCOMPARE(plan2.changes.size(), plan.changes.size());
            QCOMPARE(plan2.chargesAfter, plan.chargesAfter);
            QCOMPARE(read2.encoding, read.encoding);
        }

        // Commit: all or nothing, then (for files with row errors) skip invalid rows.
        const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM account"));
        CommitResult result;
        Status st =
            service.commit(customer, read, &plan,
                           CommitOptions{po.inactive, false, {}, po.updateExisting}, &result);
        if (plan.hasErrors()) {
            QVERIFY(!st.ok());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account")), before);
            if (!plan.hasFileErrors() && !plan.accounts.isEmpty()) {
                st = service.commit(customer, read, &plan,
                                    CommitOptions{po.inactive, true, {}, po.updateExisting},
                                    &result);
                QVERIFY2(st.ok(), qPrintable(st.message()));
                QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account")),
                         before + plan.accounts.size());
            }
        } else {
            QVERIFY2(st.ok(), qPrintable(st.message()));
            QVERIFY(result.committed);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account")),
                     before + plan.accounts.size());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_audit = ?"),
                            {result.auditId}),
                     qint64(plan.accounts.size()));
        }
        // What the database holds once the file is in.
        for (const QString &check : afterChecks) {
            const int at = check.lastIndexOf(QStringLiteral(" = "));
            QVERIFY2(at > 0, qPrintable(check));
            QCOMPARE(text(*db, check.left(at)), check.mid(at + 3));
        }
    }
};

QTEST_GUILESS_MAIN(TstImportGolden)
#include "tst_importgolden.moc"
