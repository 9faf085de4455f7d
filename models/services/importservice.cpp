#include "services/importservice.h"

#include "domain/logging.h"

#include "domain/csvcolumns.h"
#include "domain/importsummary.h"
#include "domain/refusals.h"
#include "import/csvwriter.h"
#include "services/backgroundread.h"
#include "services/transaction.h"
#include "storage/accountwriter.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

namespace ad {

ImportService::ImportService(Database &db, Actor actor) : m_db(db), m_audit(db, std::move(actor)) {}

QString ImportService::auditText(const ImportPlan &plan, const CommitOptions &options)
{
    ImportSummary summary;
    summary.added = plan.added();
    summary.rows = plan.rows;
    summary.updated = plan.countOf(RowAction::Update);
    summary.closed = plan.countOf(RowAction::Close);
    summary.unchanged = plan.countOf(RowAction::Unchanged);
    summary.skipped = int(plan.rowsWithErrors.size());
    summary.inactive = options.inactive;
    return summary.auditText();
}

Status ImportService::loadSnapshot(qint64 c, CustomerSnapshot *s)
{
    const Status st = SnapshotRepository(m_db).load(c, s, SnapshotRepository::NumberStrings::None);
    s->viaSelfCare = m_audit.actor().asCustomer;
    return st;
}

Status ImportService::plan(qint64 c, const csv::ReadResult &read, const PlanOptions &options,
                           ImportPlan *out)
{
    CustomerSnapshot s;
    if (Status st = loadSnapshot(c, &s); !st.ok())
        return st;
    *out = ImportPlanner::plan(s, read, options);
    return {};
}

Status ImportService::readPlanAndCommit(qint64 c, const QString &path, csv::ReadOptions readOptions,
                                        const CommitOptions &options, csv::ReadResult *read,
                                        CommitResult *result)
{
    *result = CommitResult();
    *read = csv::ReadResult();
    if (options.updateExisting) {
        // Rows may free quantity and DIDs for other rows: the whole file decides before those are
        // written (the names, which depend on no other row, are written as rows are planned when
        // invalid rows are not skipped: importupdaterun.cpp).
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
        Status st = loadSnapshot(c, &s);
        if (!st.ok())
            return st;
        // The reading thread plans each batch as it is read and hands over the new accounts.
        // The slice's text is converted for the database there too, and the slice is freed
        // there (BackgroundRead): the writing thread, the slower one, only writes.
        struct Slice {
            QList<PlannedAccount> accounts;
            bool errors = false;
            AccountWriter::PreparedText text;
        };
        const bool postgres = m_db.isPostgres();
        ImportPlanner planner(s, PlanOptions{options.inactive});
        s.dropNumberStrings(); // the planner has them as integer keys
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
                    planner.begin(columns);
                    begun = true;
                }
                const int before = planner.plannedSoFar().size();
                planner.add(records);
                Slice slice{options.written // handed over once written: the plan only counts them
                                ? planner.takePlanned()
                                : planner.plannedSoFar().mid(before),
                            planner.errorsSoFar(),
                            {}};
                // Only rows that will be written (an error stops the writing, see below).
                if (!slice.errors || options.skipInvalid)
                    slice.text = AccountWriter::prepareText(postgres, slice.accounts, 0,
                                                            int(slice.accounts.size()));
                return slice;
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
                st = writer.add(slice.accounts, 0, slice.accounts.size(), slice.text);
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
