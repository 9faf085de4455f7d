#include "importservice.h"

#include "domain/csvcolumns.h"
#include "sql/accountwriter.h"
#include "sql/database.h"
#include "sql/snapshotrepository.h"
#include "import/csvwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ad {

namespace {

bool sameOutcome(const ImportPlan &a, const ImportPlan &b)
{
    if (a.accounts.size() != b.accounts.size() || a.errors.size() != b.errors.size())
        return false;
    for (int i = 0; i < a.accounts.size(); ++i)
        if (a.accounts.at(i).row != b.accounts.at(i).row || a.accounts.at(i).accountId != b.accounts.at(i).accountId)
            return false;
    for (int i = 0; i < a.errors.size(); ++i)
        if (a.errors.at(i).row != b.errors.at(i).row || a.errors.at(i).code != b.errors.at(i).code)
            return false;
    return true;
}
} // namespace

ImportService::ImportService(Database &db, Actor actor) : m_db(db), m_service(db, std::move(actor)) {}

Status ImportService::plan(qint64 c, const csv::ReadResult &read, const PlanOptions &options, ImportPlan *out)
{
    CustomerSnapshot s;
    Status st = SnapshotRepository(m_db).load(c, &s);
    if (!st.ok())
        return st;
    *out = ImportPlanner::plan(s, read, options);
    return {};
}

Status ImportService::readAndPlan(qint64 c, const QString &path, csv::ReadOptions readOptions, const PlanOptions &options,
                                  csv::ReadResult *read, ImportPlan *out)
{
    struct Batch {
        QList<csv::Record> records;
        QList<csv::Field> columns;
        bool restart = false;
    };
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Batch> queue;
    bool done = false;
    readOptions.onRecords = [&](const QList<csv::Record> &records, const QList<csv::Field> &columns, bool restart) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            queue.push_back({records, columns, restart});
        }
        ready.notify_one();
    };
    std::thread reader([&] {
        *read = csv::CsvReader::readFile(path, readOptions);
        {
            std::lock_guard<std::mutex> lock(mutex);
            done = true;
        }
        ready.notify_one();
    });

    // Meanwhile: the customer's snapshot, then the rows as they come.
    CustomerSnapshot s;
    const Status st = SnapshotRepository(m_db).load(c, &s);
    std::optional<ImportPlanner> planner;
    for (;;) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] { return done || !queue.empty(); });
            if (queue.empty())
                break;
            batch = std::move(queue.front());
            queue.pop_front();
        }
        if (!st.ok())
            continue; // drain; the error is returned below
        if (batch.restart) {
            planner.reset();
            continue;
        }
        if (!planner) {
            planner.emplace(s, options);
            planner->begin([&] {
                csv::ReadResult header;
                header.columns = batch.columns;
                return header;
            }());
        }
        planner->add(batch.records);
    }
    reader.join();
    if (!st.ok())
        return st;
    *out = planner ? planner->finish(*read) : ImportPlanner::plan(s, *read, options);
    return {};
}

Status ImportService::commit(qint64 c, const csv::ReadResult &read, const ImportPlan *reviewed,
                             const CommitOptions &options, CommitResult *result)
{
    *result = CommitResult();
    if (!read.fileErrors.isEmpty()) {
        if (reviewed)
            result->plan = *reviewed;
        return Status::refused(read.fileErrors);
    }
    QElapsedTimer clock;
    clock.start();
    const bool trace = qEnvironmentVariableIsSet("AGREEMENTDESK_TRACE");
    const Status outcome = m_service.inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        if (trace)
            qInfo("commit: lock and snapshot in %lld ms", clock.restart());
        result->plan = ImportPlanner::plan(s, read, PlanOptions{options.inactive});
        if (trace)
            qInfo("commit: plan in %lld ms", clock.restart());
        const ImportPlan &plan = result->plan;
        if (reviewed && !sameOutcome(plan, *reviewed)) {
            result->stale = true;
            QList<Problem> problems;
            problems.append({QStringLiteral("plan_stale"),
                             QCoreApplication::translate("ad::ImportService", "%1 changed since the file was checked (another desk was working on it); nothing "
                                "was written. Review the new problems and try again.")
                                 .arg(s.name),
                             QString(), 0, QString()});
            problems += plan.errors;
            return Status::refused(problems);
        }
        if (plan.hasErrors() && !options.skipInvalid)
            return Status::refused(plan.errors);
        if (plan.accounts.isEmpty())
            return Status::refused(QStringLiteral("nothing_to_import"), QCoreApplication::translate("ad::ImportService", "No row of the file can be imported."));
        qint64 iAudit = 0;
        st = m_service.audit(c, QStringLiteral("import"), read.fileName, QString(),
                             QCoreApplication::translate("ad::ImportService", "%n account(s) created from %1 rows", nullptr, plan.accounts.size()).arg(plan.rows) +
                                 (plan.rowsWithErrors.isEmpty()
                                      ? QString()
                                      : QCoreApplication::translate("ad::ImportService", "; %n row(s) skipped as invalid", nullptr, plan.rowsWithErrors.size())) +
                                 (options.inactive ? QCoreApplication::translate("ad::ImportService", "; created inactive") : QString()),
                             &iAudit);
        if (!st.ok())
            return st;
        st = AccountWriter(m_db).write(c, plan.accounts, iAudit, options.progress);
        if (!st.ok())
            return st;
        result->auditId = iAudit;
        return Status();
    });
    result->committed = outcome.ok();
    if (trace)
        qInfo("commit: write and COMMIT done, last step %lld ms", clock.restart());
    return outcome;
}

bool ImportService::writeProblemsCsv(const QString &path, const csv::ReadResult &read, const ImportPlan &plan,
                                     QString *error)
{
    QHash<int, QStringList> messages;
    for (const Problem &p : plan.errors)
        if (p.row > 0)
            messages[p.row] << (p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message);
    CsvWriter w;
    QStringList header = csv::templateHeader();
    header << QStringLiteral("Error");
    w.addRow(header);
    for (const csv::Record &r : read.records) {
        if (!messages.contains(r.row))
            continue;
        QStringList row;
        for (csv::Field f : csv::allFields()) {
            const int col = read.columnOf(f);
            row << (col >= 0 ? r.fields.value(col) : QString());
        }
        row << QStringLiteral("Row %1: ").arg(r.row) + messages.value(r.row).join(QStringLiteral("; "));
        w.addRow(row);
    }
    return w.save(path, error);
}

} // namespace ad
