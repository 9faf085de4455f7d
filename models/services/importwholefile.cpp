// The import paths that plan the whole file before writing: the update run
// (--update-existing, an Action column), a file read again, and the commit of a reviewed plan.
// Read and planned as the file streams, under the per-customer lock; then written (the changes
// through ChangeWriter, one audit entry per account changed).
#include "services/importservice.h"

#include "domain/logging.h"

#include "domain/refusals.h"
#include "services/backgroundread.h"
#include "services/transaction.h"
#include "storage/accountwriter.h"
#include "storage/changewriter.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace ad {

namespace {

bool sameOutcome(const ImportPlan &a, const ImportPlan &b)
{
    if (a.accounts.size() != b.accounts.size() || a.errors.size() != b.errors.size())
        return false;
    for (int i = 0; i < a.accounts.size(); ++i)
        if (a.accounts.at(i).row != b.accounts.at(i).row ||
            a.accounts.at(i).accountId != b.accounts.at(i).accountId)
            return false;
    for (int i = 0; i < a.errors.size(); ++i)
        if (a.errors.at(i).row != b.errors.at(i).row || a.errors.at(i).code != b.errors.at(i).code)
            return false;
    if (a.changes.size() != b.changes.size())
        return false;
    for (int i = 0; i < a.changes.size(); ++i) {
        const PlannedChange &x = a.changes.at(i), &y = b.changes.at(i);
        if (x.row != y.row || x.action != y.action || x.changes.size() != y.changes.size())
            return false;
        for (int j = 0; j < x.changes.size(); ++j)
            if (x.changes.at(j).before != y.changes.at(j).before ||
                x.changes.at(j).after != y.changes.at(j).after)
                return false;
    }
    return true;
}

} // namespace

Status ImportService::readAndPlan(qint64 c, const QString &path, csv::ReadOptions readOptions,
                                  const PlanOptions &options, csv::ReadResult *read,
                                  ImportPlan *out, const AccountSink &planned)
{
    struct Batch {
        QList<csv::Record> records;
        QList<csv::Field> columns;
        bool restart = false;
    };
    BackgroundRead<Batch> reader(
        path, readOptions, read,
        [](const QList<csv::Record> &records, const QList<csv::Field> &columns, bool restart) {
            return std::optional<Batch>(Batch{records, columns, restart});
        });

    // Meanwhile: the customer's snapshot, then the rows as they come.
    CustomerSnapshot s;
    auto load = [&] { return loadSnapshot(c, &s); };
    Status st = load();
    std::optional<ImportPlanner> planner;
    Batch batch;
    while (reader.next(&batch)) {
        if (!st.ok())
            continue; // drain; the error is returned below
        if (batch.restart) {
            if (planner && planned)
                planned({}, true);
            planner.reset();
            continue;
        }
        if (!planner) {
            // Read again (Windows-1252): the numbers as strings went with the first planner.
            if (s.numberStringsDropped && !(st = load()).ok())
                continue;
            planner.emplace(s, options);
            s.dropNumberStrings(); // the planner has them as integer keys
            planner->begin(batch.columns);
        }
        planner->add(batch.records);
        if (planned) {
            const QList<PlannedAccount> taken = planner->takePlanned();
            if (!taken.isEmpty())
                planned(taken, false);
        }
    }
    reader.join();
    if (st.ok() && !planner && s.numberStringsDropped)
        st = load();
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
    const Status outcome = Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = loadSnapshot(c, &s);
        if (!st.ok())
            return st;
        qCInfo(lcImport, "commit: lock and snapshot in %lld ms", clock.restart());
        result->plan =
            ImportPlanner::plan(s, read, PlanOptions{options.inactive, options.updateExisting});
        qCInfo(lcImport, "commit: plan in %lld ms", clock.restart());
        const ImportPlan &plan = result->plan;
        if (reviewed && !sameOutcome(plan, *reviewed)) {
            result->stale = true;
            QList<Problem> problems{refusal::planStale(s.name)};
            problems += plan.errors;
            return Status::refused(problems);
        }
        return writePlan(c, read.fileName, options, result);
    });
    result->committed = outcome.ok();
    qCInfo(lcImport, "commit: write and COMMIT done, last step %lld ms", clock.restart());
    return outcome;
}

Status ImportService::writePlan(qint64 c, const QString &fileName, const CommitOptions &options,
                                CommitResult *result, bool namesWritten)
{
    const ImportPlan &plan = result->plan;
    if (plan.hasErrors() && !options.skipInvalid)
        return Status::refused(plan.errors);
    if (!plan.writesAnything())
        // Every row is as the database has it (an export imported again): nothing to write.
        return plan.changes.isEmpty() ? refused(refusal::nothingToImport()) : Status();
    qint64 iAudit = 0;
    Status st = m_audit.write(c, QStringLiteral("import"), fileName, QString(),
                              auditText(plan, options), &iAudit);
    if (!st.ok())
        return st;
    if (!(st = writeChanges(c, plan, options, namesWritten)).ok())
        return st;
    if (!plan.accounts.isEmpty()) {
        st = AccountWriter(m_db).write(c, plan.accounts, iAudit, options.progress);
        if (st.ok())
            st = ChangeWriter(m_db).addMoreHuntGroups(c, plan.accounts);
        if (!st.ok())
            return st;
    }
    result->auditId = iAudit;
    return Status();
}

Status ImportService::readPlanAndCommitWhole(qint64 c, const QString &path,
                                             const csv::ReadOptions &readOptions,
                                             const CommitOptions &options, csv::ReadResult *read,
                                             CommitResult *result)
{
    if (options.updateExisting && !options.skipInvalid) {
        bool readAgain = false;
        const Status st =
            readPlanAndUpdate(c, path, readOptions, options, read, result, &readAgain);
        if (!readAgain)
            return st;
        *read = csv::ReadResult(); // rolled back: planned again as a whole below
    }
    *result = CommitResult();
    QElapsedTimer clock;
    clock.start();
    const Status outcome = Transaction::run(m_db, c, [&]() -> Status {
        // Under the lock: the snapshot, then the rows planned as they are read and let go (the
        // plan keeps what it needs; the file's rows are not held).
        ImportPlan plan;
        const Status st =
            readAndPlan(c, path, readOptions, PlanOptions{options.inactive, options.updateExisting},
                        read, &plan);
        if (!st.ok())
            return st;
        if (!read->fileErrors.isEmpty())
            return Status::refused(read->fileErrors); // nothing planned (as commit() says)
        result->plan = std::move(plan);
        qCInfo(lcImport, "commit: read and planned the whole file in %lld ms", clock.restart());
        return writePlan(c, read->fileName, options, result);
    });
    result->committed = outcome.ok();
    qCInfo(lcImport, "commit: write and COMMIT done, last step %lld ms", clock.restart());
    return outcome;
}

Status ImportService::writeChanges(qint64 c, const ImportPlan &plan, const CommitOptions &options,
                                   bool namesWritten)
{
    if (plan.changes.isEmpty())
        return {};
    Status st = ChangeWriter(m_db).write(c, plan.changes, options.progress, !namesWritten);
    if (!st.ok())
        return st;
    // One audit entry per account changed or closed, before -> after (written in batches of
    // 10,000: a million entries at once would hold as much again as the plan's changes).
    // The texts are made from the packed rows as UTF-8 (ChangeList::auditUtf8), no row built and
    // no QString a text: SQLite binds them as they are.
    QList<AuditLog::Utf8Entry> entries;
    entries.reserve(qMin<qsizetype>(plan.changes.size(), 10000));
    const ChangeList &changes = plan.changes;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (entries.size() >= 10000) {
            if (!(st = m_audit.writeManyUtf8(c, entries)).ok())
                return st;
            entries.clear();
        }
        const RowAction action = changes.action(i);
        if (action == RowAction::Unchanged)
            continue;
        ChangeList::AuditUtf8 t = changes.auditUtf8(i);
        entries.append({action == RowAction::Close ? QByteArrayView("account.close")
                                                   : QByteArrayView("extension.update"),
                        t.accountId, std::move(t.before), std::move(t.after)});
    }
    st = m_audit.writeManyUtf8(c, entries);
    return st;
}

} // namespace ad
