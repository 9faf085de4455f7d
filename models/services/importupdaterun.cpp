// The update run (--update-existing, invalid rows not skipped) in one pass: the reading thread
// plans the rows as they are read, and this thread writes the new names of the rows planned so
// far meanwhile; what depends on the whole file (DIDs one row frees for another, quantities,
// closes, the audit) is written once it is planned, as readPlanAndCommitWhole() writes it.
#include "services/importservice.h"

#include "domain/logging.h"
#include "domain/refusals.h"
#include "services/backgroundread.h"
#include "services/transaction.h"
#include "storage/changewriter.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace ad {

Status ImportService::readPlanAndUpdate(qint64 c, const QString &path,
                                        const csv::ReadOptions &readOptions,
                                        const CommitOptions &options, csv::ReadResult *read,
                                        CommitResult *result, bool *readAgain)
{
    *result = CommitResult();
    *readAgain = false;
    QElapsedTimer clock;
    clock.start();
    const Status outcome = Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        if (Status st = loadSnapshot(c, &s); !st.ok())
            return st;
        ImportPlanner planner(s, PlanOptions{options.inactive, true});
        s.dropNumberStrings(); // the planner has them as integer keys
        ChangeWriter names(m_db);
        const bool native = names.writesNative();
        struct Batch {
            ChangeWriter::NameRows names;
            bool errors = false;
            bool restart = false;
            int rows = 0; // rows planned so far
        };
        bool begun = false;
        int rowsRead = 0; // on the reading thread
        BackgroundRead<Batch> reader(
            path, readOptions, read,
            [&](const QList<csv::Record> &records, const QList<csv::Field> &columns,
                bool restart) -> std::optional<Batch> {
                if (restart) // read again in another encoding: names may have been written
                    return Batch{{}, false, true, 0};
                if (!begun) {
                    planner.begin(columns);
                    begun = true;
                }
                const qsizetype before = planner.changesSoFar().size();
                planner.add(records);
                rowsRead += int(records.size());
                Batch b;
                b.errors = planner.errorsSoFar();
                b.rows = rowsRead;
                if (!b.errors) // an error refuses the whole file: nothing more is written
                    b.names = ChangeWriter::namesOf(planner.changesSoFar(), before, native);
                return b;
            });
        bool writing = true;
        int batches = 0;
        Batch batch;
        while (reader.next(&batch)) {
            if (batch.restart) {
                reader.stop();
                *readAgain = true;
                return Status::refused(QStringLiteral("restart"), QString()); // rolled back
            }
            writing = writing && !batch.errors;
            if (writing && !batch.names.isEmpty())
                if (Status st = names.writeNames(batch.names); !st.ok()) {
                    reader.stop();
                    return st;
                }
            ++batches;
            if (options.progress && !options.progress(batch.rows, 0)) {
                reader.stop();
                return refused(refusal::cancelled());
            }
        }
        reader.join();
        qCInfo(lcImport, "update run: read, planned and named %d batches in %lld ms", batches,
               clock.restart());
        result->plan = planner.finish(*read);
        if (!read->fileErrors.isEmpty())
            return Status::refused(read->fileErrors);
        // With an error the plan is refused below (invalid rows are not skipped here), and the
        // names written are rolled back with the rest.
        return writePlan(c, read->fileName, options, result, writing);
    });
    result->committed = outcome.ok();
    qCInfo(lcImport, "update run: written and committed, last step %lld ms", clock.restart());
    return outcome;
}

} // namespace ad
