#include "services/importservice.h"

#include "domain/logging.h"

#include "domain/csvcolumns.h"
#include "domain/refusals.h"
#include "import/csvwriter.h"
#include "services/transaction.h"
#include "storage/accountwriter.h"
#include "storage/changewriter.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <atomic>
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
// Reads a file on a thread of its own. For each batch of records the reader delivers,
// `produce` runs on that thread and what it returns is queued for the thread that created the
// object, which takes the items in order with next(). stop() cancels the read and drops what
// is queued; either way the thread is joined before the object goes.
template <typename Item> class BackgroundRead {
public:
    using Produce = std::function<std::optional<Item>(
        const QList<csv::Record> &records, const QList<csv::Field> &columns, bool restart)>;
    BackgroundRead(const QString &path, csv::ReadOptions options, csv::ReadResult *out,
                   Produce produce)
        : m_produce(std::move(produce))
    {
        options.onRecords = [this](const QList<csv::Record> &records,
                                   const QList<csv::Field> &columns, bool restart) {
            std::optional<Item> item = m_produce(records, columns, restart);
            if (!item)
                return;
            {
                // A reader faster than the taker waits when kQueued items are queued: what is
                // queued is held in memory (a few batches, not the file).
                std::unique_lock<std::mutex> lock(m_mutex);
                m_space.wait(lock, [this] { return m_stop || m_queue.size() < kQueued; });
                if (m_stop)
                    return;
                m_queue.push_back(std::move(*item));
            }
            m_ready.notify_one();
        };
        const auto callerProgress = options.progress;
        options.progress = [this, callerProgress](qint64 bytes, qint64 total) {
            return !m_stop && (!callerProgress || callerProgress(bytes, total));
        };
        m_thread = std::thread([this, path, options, out] {
            *out = csv::CsvReader::readFile(path, options);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
        });
    }
    ~BackgroundRead() { stop(); }

    // Waits for the next item; false once the file is read and every item taken.
    bool next(Item *item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return m_done || !m_queue.empty(); });
        if (m_queue.empty())
            return false;
        *item = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return true;
    }
    // Waits for the end of the read (the result is then in `out`).
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
            m_queue.clear();
        }
        m_space.notify_all();
        join();
    }

private:
    Produce m_produce;
    std::mutex m_mutex;
    static constexpr size_t kQueued = 8;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Item> m_queue;
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
} // namespace

ImportService::ImportService(Database &db, Actor actor) : m_db(db), m_audit(db, std::move(actor)) {}

QString ImportService::auditText(const ImportPlan &plan, const CommitOptions &options)
{
    const int updated = plan.countOf(RowAction::Update), closed = plan.countOf(RowAction::Close),
              unchanged = plan.countOf(RowAction::Unchanged);
    return tr("%n account(s) created from %1 rows", nullptr, plan.added()).arg(plan.rows) +
           (updated ? tr("; %n updated", nullptr, updated) : QString()) +
           (closed ? tr("; %n closed", nullptr, closed) : QString()) +
           (unchanged ? tr("; %n unchanged", nullptr, unchanged) : QString()) +
           (plan.rowsWithErrors.isEmpty()
                ? QString()
                : tr("; %n row(s) skipped as invalid", nullptr, plan.rowsWithErrors.size())) +
           (options.inactive ? tr("; created inactive") : QString());
}

Status ImportService::plan(qint64 c, const csv::ReadResult &read, const PlanOptions &options,
                           ImportPlan *out)
{
    CustomerSnapshot s;
    Status st = SnapshotRepository(m_db).load(c, &s);
    if (!st.ok())
        return st;
    s.viaSelfCare = m_audit.actor().asCustomer;
    *out = ImportPlanner::plan(s, read, options);
    return {};
}

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
    const Status st = SnapshotRepository(m_db).load(c, &s);
    s.viaSelfCare = m_audit.actor().asCustomer;
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
            planner.emplace(s, options);
            planner->begin([&] {
                csv::ReadResult header;
                header.columns = batch.columns;
                return header;
            }());
        }
        planner->add(batch.records);
        if (planned) {
            const QList<PlannedAccount> taken = planner->takePlanned();
            if (!taken.isEmpty())
                planned(taken, false);
        }
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
    const Status outcome = Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        s.viaSelfCare = m_audit.actor().asCustomer;
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
                                CommitResult *result)
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
    if (!(st = writeChanges(c, plan, options)).ok())
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

Status ImportService::writeChanges(qint64 c, const ImportPlan &plan, const CommitOptions &options)
{
    if (plan.changes.isEmpty())
        return {};
    Status st = ChangeWriter(m_db).write(c, plan.changes, options.progress);
    if (!st.ok())
        return st;
    // One audit entry per account changed or closed, before -> after (written in batches of
    // 10,000: a million entries at once would hold as much again as the plan's changes).
    QList<AuditLog::Entry> entries;
    for (const PlannedChange &ch : plan.changes) {
        if (entries.size() >= 10000) {
            if (!(st = m_audit.writeMany(c, entries)).ok())
                return st;
            entries.clear();
        }
        if (ch.action == RowAction::Unchanged)
            continue;
        if (ch.action == RowAction::Close) {
            QString detail = QStringLiteral("closed");
            if (!ch.releasedDids.isEmpty())
                detail +=
                    QStringLiteral("; DIDs released: ") + ch.releasedDids.join(QLatin1Char(' '));
            entries.append({QStringLiteral("account.close"), ch.accountId,
                            ch.changes.value(0).before, detail});
            continue;
        }
        QStringList before, after;
        for (const FieldChange &f : ch.changes) {
            before << f.field + QStringLiteral(": ") + f.before;
            after << f.field + QStringLiteral(": ") + f.after;
        }
        entries.append({QStringLiteral("extension.update"), ch.accountId,
                        before.join(QStringLiteral("; ")), after.join(QStringLiteral("; "))});
    }
    st = m_audit.writeMany(c, entries);
    return st;
}

Status ImportService::readPlanAndCommit(qint64 c, const QString &path, csv::ReadOptions readOptions,
                                        const CommitOptions &options, csv::ReadResult *read,
                                        CommitResult *result)
{
    *result = CommitResult();
    *read = csv::ReadResult();
    if (options.updateExisting) {
        // Rows may free quantity and DIDs for other rows: the whole file decides before writing.
        // Under the lock the file is read on a second thread and planned here as it arrives
        // (readAndPlan), its rows not held.
        readOptions.updateExisting = true;
        return readPlanAndCommitWhole(c, path, readOptions, options, read, result);
    }
    QElapsedTimer clock;
    clock.start();
    bool restarted = false; // the reader started over (set on its thread; read here after join)
    bool fallBack = false;  // ... and nothing else went wrong: import the rows as re-read
    const Status outcome = Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        s.viaSelfCare = m_audit.actor().asCustomer;
        // The reading thread plans each batch as it is read and hands over the new accounts.
        struct Slice {
            QList<PlannedAccount> accounts;
            bool errors = false;
        };
        ImportPlanner planner(s, PlanOptions{options.inactive});
        bool begun = false;
        BackgroundRead<Slice> reader(
            path, readOptions, read,
            [&](const QList<csv::Record> &records, const QList<csv::Field> &columns,
                bool restart) -> std::optional<Slice> {
                // Read again from the start, or rows that update or close (an Action column): the
                // pipeline gives up and the rows as read are planned and written as a whole.
                if (restart || restarted || (!begun && columns.contains(csv::Field::Action))) {
                    restarted = true;
                    return std::nullopt;
                }
                if (!begun) {
                    csv::ReadResult header;
                    header.columns = columns;
                    planner.begin(header);
                    begun = true;
                }
                const int before = planner.plannedSoFar().size();
                planner.add(records);
                if (options.written) // handed over once written: the plan only counts them
                    return Slice{planner.takePlanned(), planner.errorsSoFar()};
                return Slice{planner.plannedSoFar().mid(before), planner.errorsSoFar()};
            });

        // Meanwhile this thread opens the writer and writes what arrives. The accounts point to
        // the import's audit entry, which is written once the outcome is known (at the end of
        // this transaction: the audit is append-only), under the key reserved here.
        qint64 iAudit = 0;
        st = m_audit.reserve(&iAudit);
        AccountWriter writer(m_db);
        if (st.ok())
            st = writer.begin(c, iAudit);
        bool writing = true;
        int written = 0;
        Slice slice;
        while (st.ok() && reader.next(&slice)) {
            // Once a row has an error (and invalid rows are not skipped) nothing will be
            // committed: stop writing, but let the reader finish the plan that reports it.
            if (slice.errors && !options.skipInvalid)
                writing = false;
            if (slice.accounts.isEmpty())
                continue;
            if (writing) {
                st = writer.add(slice.accounts, 0, slice.accounts.size());
                written += slice.accounts.size();
                if (st.ok() && options.progress && !options.progress(written, 0))
                    st = refused(refusal::cancelled());
            }
            // Handed over once written (or, when an error stopped the writing, as planned: the
            // report lists the rows that would add).
            if (st.ok() && options.written)
                options.written(slice.accounts, false);
        }
        if (!st.ok()) {
            reader.stop();
            return st;
        }
        reader.join();
        if (restarted) {
            fallBack = true;
            return Status::refused(QStringLiteral("restart"), QString()); // rolled back; see below
        }
        qCInfo(lcImport, "pipeline: read, planned and wrote %d rows in %lld ms", written,
               clock.restart());
        result->plan = planner.finish(*read);
        const ImportPlan &plan = result->plan;
        if (!read->fileErrors.isEmpty())
            return Status::refused(read->fileErrors);
        if (plan.hasErrors() && !options.skipInvalid)
            return Status::refused(plan.errors);
        if (plan.added() == 0)
            return refused(refusal::nothingToImport());
        if (written != plan.added()) // cannot happen: every planned account was handed over
            return Status::database(QStringLiteral("import pipeline: %1 of %2 accounts written")
                                        .arg(written)
                                        .arg(plan.added()));
        st = writer.finish();
        qCInfo(lcImport, "pipeline: DIDs assigned and batch checked in %lld ms", clock.restart());
        if (st.ok())
            st = m_audit.writeReserved(iAudit, c, QStringLiteral("import"),
                                       QFileInfo(path).fileName(), QString(),
                                       auditText(plan, options));
        if (!st.ok())
            return st;
        result->auditId = iAudit;
        qCInfo(lcImport, "pipeline: audit entry written in %lld ms", clock.restart());
        return Status();
    });
    if (!fallBack)
        qCInfo(lcImport, "pipeline: COMMIT (deferred checks included) in %lld ms", clock.restart());
    if (fallBack) {
        // The file was not UTF-8 after all and was read again as Windows-1252, or its rows
        // update and close: plan and write the rows as read (read once more, kept, if the
        // pipeline let them go).
        qCInfo(lcImport,
               "pipeline: the file was read again as %s; planning and writing the rows as read",
               qPrintable(read->encoding));
        if (options.written)
            options.written({}, true); // nothing was committed; the plan below holds its accounts
        if (readOptions.keepRecords)
            return commit(c, *read, nullptr, options, result);
        *read = csv::ReadResult();
        return readPlanAndCommitWhole(c, path, readOptions, options, read, result);
    }
    result->committed = outcome.ok();
    return outcome;
}

bool ImportService::writeProblemsCsv(const QString &path, const csv::ReadResult &read,
                                     const ImportPlan &plan, QString *error,
                                     csv::RecordSpool *spool)
{
    QHash<int, QStringList> messages;
    for (const Problem &p : plan.errors)
        if (p.row > 0)
            messages[p.row] << (p.columnIndex >= 0 ? QStringLiteral("%1 \"%2\": %3")
                                                         .arg(csv::columnLetter(p.columnIndex),
                                                              p.column, p.message)
                                : p.field.isEmpty() ? p.message
                                                    : p.field + QStringLiteral(": ") + p.message);
    // The input's own columns and delimiter, plus "Error" (a file without a header row gets the
    // names the reader gave its columns).
    CsvWriter w;
    if (!read.delimiter.isNull())
        w.setDelimiter(read.delimiter);
    QStringList header = read.header;
    header << QStringLiteral("Error");
    w.addRow(header);
    auto add = [&](int rowNumber, const QStringList &fields) {
        const auto message = messages.constFind(rowNumber);
        if (message == messages.constEnd())
            return;
        QStringList row = fields.mid(0, read.header.size());
        while (row.size() < read.header.size())
            row << QString();
        row << QStringLiteral("Row %1: ").arg(rowNumber) + message->join(QStringLiteral("; "));
        w.addRow(row);
    };
    if (spool) {
        if (!spool->forEach(add)) {
            *error = tr("the rows read could not be read back from the temporary file");
            return false;
        }
    } else {
        for (const csv::Record &r : read.records)
            add(r.row, r.fields);
    }
    return w.save(path, error);
}

} // namespace ad
