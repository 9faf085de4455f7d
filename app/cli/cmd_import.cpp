#include "accountspool.h"
#include "commands.h"
#include "context.h"
#include "importexit.h"

#include "import/csvreader.h"
#include "import/recordspool.h"
#include "services/importservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <optional>

namespace ad::cli {

namespace {

// --delimiter: one of , ; | or its name, or tab. False for anything else.
bool parseDelimiter(const QString &d, QChar *out)
{
    if (d == QLatin1String("tab") || d == QLatin1String("\\t") || d == QLatin1String("\t"))
        *out = QLatin1Char('\t');
    else if (d == QLatin1String(",") || d == QLatin1String(";") || d == QLatin1String("|"))
        *out = d.at(0);
    else if (d == QLatin1String("comma"))
        *out = QLatin1Char(',');
    else if (d == QLatin1String("semicolon"))
        *out = QLatin1Char(';');
    else if (d == QLatin1String("pipe"))
        *out = QLatin1Char('|');
    else
        return false;
    return true;
}

// The problems the report lists: the plan's row errors, preceded by the commit's own problems
// (a lock, a stale plan, nothing to import) that are not row errors already.
QList<Problem> reportedErrors(const ImportPlan &plan, const Status &commitFailure)
{
    QList<Problem> errors = plan.errors;
    for (const Problem &p : commitFailure.problems()) {
        const bool isRowError =
            std::any_of(plan.errors.cbegin(), plan.errors.cend(), [&](const Problem &e) {
                return e.row == p.row && e.code == p.code && e.field == p.field;
            });
        if (!isRowError)
            errors.prepend(p);
    }
    return errors;
}

// Test hook: AGREEMENTDESK_TEST_PAUSE_IMPORT_MS=N makes a committing import sleep N ms after
// writing its first slice of rows, holding its transaction (tests of readers during an import).
int testPauseMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("AGREEMENTDESK_TEST_PAUSE_IMPORT_MS", &ok);
    return ok && ms > 0 ? ms : 0;
}

} // namespace

// import CUSTOMER FILE [--dry-run] [--inactive] [--skip-invalid] [--encoding NAME] [--delimiter C]
//                      [--errors-csv FILE] [--progress]
int cmdImport(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--dry-run"), QStringLiteral("--inactive"),
                        QStringLiteral("--skip-invalid"), QStringLiteral("--encoding"),
                        QStringLiteral("--delimiter"), QStringLiteral("--errors-csv"),
                        QStringLiteral("--progress"), QStringLiteral("--header-row"),
                        QStringLiteral("--no-header"), QStringLiteral("--update-existing"),
                        QStringLiteral("--map"), QStringLiteral("--sheet")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli",
            "Usage: import CUSTOMER FILE [--dry-run] [--inactive] "
            "[--skip-invalid] [--update-existing] [--encoding NAME] "
            "[--delimiter C] [--header-row N | --no-header] "
            "[--map \"FILE COLUMN=FIELD\"]... [--sheet NAME] [--errors-csv FILE] "
            "[--json]"));
    csv::ReadOptions ro;
    ro.encoding = args.value(QStringLiteral("--encoding")); // the reader reports unknown names
    ro.sheet = args.value(QStringLiteral("--sheet"));       // a workbook's sheet (sheet_unknown)
    if (args.has(QStringLiteral("--delimiter")) &&
        !parseDelimiter(args.value(QStringLiteral("--delimiter")), &ro.delimiter))
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli",
                                        "--delimiter takes one of , ; | tab (not \"%1\").")
                .arg(args.value(QStringLiteral("--delimiter"))));
    // Where the header is: a row the user names, none at all (template order), or found.
    if (args.has(QStringLiteral("--header-row")) && args.has(QStringLiteral("--no-header")))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Give --header-row N or --no-header, not both."));
    if (args.has(QStringLiteral("--header-row"))) {
        bool ok = false;
        ro.headerRow = args.value(QStringLiteral("--header-row")).toInt(&ok);
        if (!ok || ro.headerRow < 1)
            return ctx.usage(
                QCoreApplication::translate("agreementdesk-cli",
                                            "--header-row takes a row number from 1 (not \"%1\").")
                    .arg(args.value(QStringLiteral("--header-row"))));
    }
    ro.hasHeader = !args.has(QStringLiteral("--no-header"));
    // Columns mapped by hand: "FILE COLUMN=FIELD" (a template field or an alias, or "ignore").
    for (const QString &m : args.all(QStringLiteral("--map"))) {
        const int eq = m.lastIndexOf(QLatin1Char('='));
        const auto field = eq > 0 ? csv::fieldByName(m.mid(eq + 1)) : std::nullopt;
        if (!field) {
            QStringList names;
            for (csv::Field x : csv::mappableFields())
                names << csv::fieldName(x);
            return ctx.usage(QCoreApplication::translate(
                                 "agreementdesk-cli",
                                 "--map takes \"FILE COLUMN=FIELD\" (not \"%1\"); FIELD is one of: "
                                 "%2, or ignore.")
                                 .arg(m, names.join(QStringLiteral(", "))));
        }
        ro.columnMap.append({m.left(eq).trimmed(), *field});
    }
    const bool updateExisting = args.has(QStringLiteral("--update-existing"));
    ro.updateExisting = updateExisting;
    // The rows are planned (and written) as they are read and then let go; --errors-csv, which
    // copies the rejected rows as read, has them spooled to a temporary file instead of kept.
    ro.keepRecords = false;
    std::optional<csv::RecordSpool> records;
    if (args.has(QStringLiteral("--errors-csv")))
        ro.spool = &records.emplace();
    ImportFacts f;
    f.dryRun = args.has(QStringLiteral("--dry-run"));
    f.skipInvalid = args.has(QStringLiteral("--skip-invalid"));
    const bool inactive = args.has(QStringLiteral("--inactive"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(0), &c))
        return rc;
    const QString path = words.at(1);
    ImportService importer(ctx.db(), ctx.actor());
    ImportPlan plan;
    csv::ReadResult read;
    // The rows that add arrive as they are planned (dry run) or written: the text report keeps
    // the few it lists; the JSON report, which lists them all, spools them to a temporary file.
    QList<PlannedAccount> received;
    std::optional<AccountSpool> spooled;
    if (ctx.out().json())
        spooled.emplace();
    const AccountSink sink = [&](const QList<PlannedAccount> &accounts, bool restart) {
        if (restart) {
            received.clear();
            if (spooled)
                spooled->clear();
        }
        if (spooled) {
            for (const PlannedAccount &a : accounts)
                spooled->add(a);
            return;
        }
        for (int i = 0; i < accounts.size() && received.size() < kListedAccounts; ++i)
            received.append(accounts.at(i));
    };
    if (f.dryRun) {
        // Reading and planning overlap on two threads.
        f.outcome = importer.readAndPlan(c.id, path, ro, PlanOptions{inactive, updateExisting},
                                         &read, &plan, sink);
        f.planned = true;
    } else {
        // Read, planned and written in one pass under the per-customer lock: a second thread reads
        // and plans while this one writes the rows planned so far; errors roll it all back.
        CommitResult result;
        CommitOptions co{inactive, f.skipInvalid, {}, updateExisting, sink};
        QElapsedTimer clock;
        clock.start();
        const bool progress = args.has(QStringLiteral("--progress"));
        int pauseMs = testPauseMs();
        if (progress || pauseMs)
            co.progress = [&](int done, int total) {
                const qint64 rate = qint64(done * 1000.0 / qMax<qint64>(1, clock.elapsed()));
                if (progress && total > 0)
                    ctx.out().progress(QCoreApplication::translate("agreementdesk-cli",
                                                                   "committing %1/%2 (%3 rows/s)")
                                           .arg(done)
                                           .arg(total)
                                           .arg(rate));
                else if (progress)
                    ctx.out().progress(QCoreApplication::translate("agreementdesk-cli",
                                                                   "committing %1 (%2 rows/s)")
                                           .arg(done)
                                           .arg(rate));
                if (pauseMs) {
                    QThread::msleep(ulong(pauseMs));
                    pauseMs = 0;
                }
                return true;
            };
        f.outcome = importer.readPlanAndCommit(c.id, path, ro, co, &read, &result);
        plan = result.plan;
        f.committed = result.committed;
        f.planned = result.plan.iCustomer != 0;
    }
    // The accounts received come first in row order; those the plan held itself follow (the
    // JSON report reads the spooled ones back itself).
    if (plan.accountsHandedOver > 0 && !spooled) {
        plan.accountsHandedOver -= int(received.size());
        plan.accounts = received + plan.accounts;
    }
    f.fileErrors = read.fileErrors;
    f.planHasErrors = plan.hasErrors();
    f.plannedAccounts =
        plan.added() + plan.countOf(RowAction::Update) + plan.countOf(RowAction::Close);
    if (importFailsWithoutReport(f))
        return ctx.out().fail(f.outcome);
    if (args.has(QStringLiteral("--errors-csv")) && !plan.rowsWithErrors.isEmpty()) {
        const QString problemsFile = args.value(QStringLiteral("--errors-csv"));
        QString error;
        if (!ImportService::writeProblemsCsv(problemsFile, read, plan, &error,
                                             records ? &*records : nullptr))
            return ctx.out().fail(Status::database(
                QCoreApplication::translate("agreementdesk-cli", "Cannot write %1: %2")
                    .arg(problemsFile, error),
                QStringLiteral("file_unwritable")));
    }

    Output::ImportReport report;
    report.customer = c;
    report.fileName = QFileInfo(path).fileName();
    report.encoding = read.encoding;
    report.delimiter = read.delimiter;
    report.format = read.format;
    report.sheet = read.sheet;
    report.sheets = read.sheets;
    report.errors = reportedErrors(plan, f.fileErrors.isEmpty() ? f.outcome : Status());
    report.plan = plan;
    if (spooled) {
        // A temporary file that could not be written (a full disk): the report cannot list the
        // accounts; say so rather than print an incomplete list.
        if (!spooled->ok())
            return ctx.out().fail(Status::database(
                QCoreApplication::translate("agreementdesk-cli",
                                            "Cannot write the report's temporary file in %1.")
                    .arg(QDir::tempPath()),
                QStringLiteral("file_unwritable")));
        report.spooled = &*spooled;
    }
    report.dryRun = f.dryRun;
    report.committed = f.committed;
    report.skipInvalid = f.skipInvalid;
    report.exitCode = importExitCode(f);
    return ctx.out().importReport(report);
}

} // namespace ad::cli
