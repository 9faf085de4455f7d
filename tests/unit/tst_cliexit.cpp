// The exit-status policy of `agreementdesk-cli import` (cli/importexit.h) as a table: dry run or
// commit, --skip-invalid, file errors, row errors and the commit's own outcome -> 0, 1, 2 or 3.
// Pure: no database, no file, no process.
#include "cli/importexit.h"

#include <QTest>

using namespace ad;
using namespace ad::cli;

namespace {
Problem fileProblem(const char *code)
{
    return Problem{QString::fromLatin1(code), QStringLiteral("message"), {}, 0, {}, {}, -1};
}
Status refused(const char *code)
{
    return Status::refused(QString::fromLatin1(code), QStringLiteral("message"));
}
} // namespace

Q_DECLARE_METATYPE(ad::cli::ImportFacts)

class TstCliExit : public QObject {
    Q_OBJECT
private slots:
    void exitCode_data()
    {
        QTest::addColumn<ImportFacts>("facts");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("withoutReport");

        ImportFacts dry;
        dry.dryRun = true;
        dry.planned = true;
        dry.plannedAccounts = 12;
        QTest::newRow("dry run, valid") << dry << 0 << false;
        ImportFacts f = dry;
        f.planHasErrors = true;
        QTest::newRow("dry run, row errors") << f << 1 << false;
        f.skipInvalid = true;
        QTest::newRow("dry run, row errors, --skip-invalid") << f << 0 << false;
        f.plannedAccounts = 0;
        QTest::newRow("dry run, only invalid rows, --skip-invalid") << f << 1 << false;
        f = dry;
        f.plannedAccounts = 0;
        QTest::newRow("dry run, no rows") << f << 0 << false;
        f = dry;
        f.fileErrors = {fileProblem("file_unreadable")};
        QTest::newRow("dry run, file cannot be read") << f << 3 << false;
        f.fileErrors = {fileProblem("encoding_unknown")};
        QTest::newRow("dry run, unknown --encoding") << f << 2 << false;
        f.fileErrors = {fileProblem("header_missing"), fileProblem("file_unreadable")};
        QTest::newRow("dry run, other file error first") << f << 1 << false;
        f.skipInvalid = true;
        QTest::newRow("dry run, file error, --skip-invalid") << f << 1 << false;
        f = dry;
        f.outcome = Status::database(QStringLiteral("locked"), QStringLiteral("database_locked"));
        QTest::newRow("dry run, database error") << f << 3 << true;
        f.outcome = refused("customer_unknown");
        QTest::newRow("dry run, refused while planning") << f << 1 << true;

        ImportFacts commit;
        commit.planned = true;
        commit.plannedAccounts = 12;
        commit.committed = true;
        QTest::newRow("committed") << commit << 0 << false;
        f = commit;
        f.committed = false;
        f.planHasErrors = true;
        f.outcome = refused("extension_exists");
        QTest::newRow("row errors, nothing written") << f << 1 << false;
        f.skipInvalid = true;
        f.plannedAccounts = 0;
        f.outcome = refused("nothing_to_import");
        QTest::newRow("--skip-invalid, no valid row") << f << 1 << false;
        f = commit;
        f.planHasErrors = true;
        f.skipInvalid = true;
        QTest::newRow("--skip-invalid, invalid rows skipped") << f << 0 << false;
        f = commit;
        f.committed = false;
        f.outcome = refused("plan_stale");
        QTest::newRow("stale plan") << f << 1 << false;
        f.outcome = Status::database(QStringLiteral("busy"), QStringLiteral("database_locked"));
        QTest::newRow("database locked") << f << 3 << false;
        f.planned = false;
        QTest::newRow("database error before planning: still a report") << f << 3 << false;
        f.outcome = refused("customer_unknown");
        QTest::newRow("refused before planning") << f << 1 << true;
        f.fileErrors = {fileProblem("file_unreadable")};
        f.outcome = Status::refused(f.fileErrors);
        QTest::newRow("file cannot be read (the commit refuses it)") << f << 3 << false;
        f.fileErrors = {fileProblem("encoding_unknown")};
        f.outcome = Status::refused(f.fileErrors);
        QTest::newRow("unknown --encoding (the commit refuses it)") << f << 2 << false;
        f.fileErrors = {fileProblem("header_missing")};
        f.outcome =
            Status::database(QStringLiteral("lost"), QStringLiteral("database_unreachable"));
        QTest::newRow("file errors decide before the commit's outcome") << f << 1 << false;
        f.skipInvalid = true;
        QTest::newRow("file errors, --skip-invalid") << f << 1 << false;
        f = commit;
        f.committed = false;
        f.outcome = Status::usage(QStringLiteral("usage"), QStringLiteral("message"));
        QTest::newRow("usage status") << f << 2 << false;
    }
    void exitCode()
    {
        QFETCH(ImportFacts, facts);
        QFETCH(int, exitCode);
        QFETCH(bool, withoutReport);
        QCOMPARE(importExitCode(facts), exitCode);
        QCOMPARE(importFailsWithoutReport(facts), withoutReport);
    }
};

QTEST_GUILESS_MAIN(TstCliExit)
#include "tst_cliexit.moc"
