#pragma once

#include "domain/importplan.h"
#include "domain/problem.h"
#include "domain/records.h"
#include "import/csvreader.h"
#include "import/importplanner.h"
#include "import/recordspool.h"
#include "services/auditlog.h"

#include <QCoreApplication>
#include <functional>

namespace ad {

class Database;

// Receives the rows that add, batch by batch in row order, as readAndPlan() plans them or
// readPlanAndCommit() writes them, instead of the plan holding them (the plan counts them in
// accountsHandedOver): a caller that shows or streams them holds no more than it keeps.
// `restart`: forget the accounts received so far (the file is read again; the plan that follows
// holds its accounts itself).
using AccountSink = std::function<void(const QList<PlannedAccount> &accounts, bool restart)>;

struct CommitOptions {
    bool inactive = false;
    bool skipInvalid = false;
    std::function<bool(int done, int total)> progress; // false = cancel (rolls back)
    bool updateExisting = false;                       // rows whose extension exists update it
    AccountSink written = {}; // readPlanAndCommit: the accounts written, not kept in the plan
};

struct CommitResult {
    ImportPlan plan;    // the plan as re-checked inside the transaction
    qint64 auditId = 0; // the audit entry every created account points to
    bool committed = false;
    bool stale = false; // refused because the customer changed since the reviewed plan
};

// The import engine's service: plan without writing; commit all or nothing (or the valid rows
// with skipInvalid) in one transaction under the per-customer lock, re-checking the plan there.
class ImportService {
    Q_DECLARE_TR_FUNCTIONS(ad::ImportService)
public:
    ImportService(Database &db, Actor actor);

    Status plan(qint64 iCustomer, const csv::ReadResult &read, const PlanOptions &options,
                ImportPlan *out);
    // Reads the file on a second thread while this one loads the customer and plans the rows
    // as they arrive: the same result as readFile() + plan(), in about the time of the slower.
    // With `planned`, the rows that add are handed over as planned instead of kept in *out.
    Status readAndPlan(qint64 iCustomer, const QString &path, csv::ReadOptions readOptions,
                       const PlanOptions &options, csv::ReadResult *read, ImportPlan *out,
                       const AccountSink &planned = {});
    // Plans again under the per-customer lock and writes. `reviewed` is the plan the user saw:
    // if the new plan differs, the commit is refused (stale) with the new plan in
    // result->plan. Without a reviewed plan (a caller that reads, then plans and commits in one
    // go) the plan made under the lock is the only one.
    Status commit(qint64 iCustomer, const csv::ReadResult &read, const ImportPlan *reviewed,
                  const CommitOptions &options, CommitResult *result);

    // For a caller without a reviewed plan (the CLI): reads the file on a second thread, which
    // also plans each batch of rows as it is read, while this thread — inside the transaction,
    // under the per-customer lock taken first — writes the accounts planned so far. Reading,
    // planning and writing overlap; the outcome is that of readFile() + commit(): when the plan
    // is complete, errors (without skipInvalid) or a bad file roll everything back. If the reader
    // has to start over (Windows-1252 fallback), the rows written are rolled back and the import
    // runs as readFile() + commit(). Progress reports the rows written (total 0: not known yet).
    Status readPlanAndCommit(qint64 iCustomer, const QString &path, csv::ReadOptions readOptions,
                             const CommitOptions &options, csv::ReadResult *read,
                             CommitResult *result);
    // Writes rejected rows as read, in the input's own columns and delimiter, plus "Error":
    // from `spool` when the rows were spooled as read (ReadOptions::spool), else from
    // read.records.
    static bool writeProblemsCsv(const QString &path, const csv::ReadResult &read,
                                 const ImportPlan &plan, QString *error,
                                 csv::RecordSpool *spool = nullptr);

private:
    // What the audit entry of an import says.
    // The rows that update and close, and one audit entry for each account they change.
    // namesWritten: the rows' new names are in the database already (readPlanAndUpdate).
    Status writeChanges(qint64 iCustomer, const ImportPlan &plan, const CommitOptions &options,
                        bool namesWritten = false);
    // Inside the transaction: writes result->plan (refused with its errors unless skipInvalid).
    Status writePlan(qint64 iCustomer, const QString &fileName, const CommitOptions &options,
                     CommitResult *result, bool namesWritten = false);
    // The update run without --skip-invalid (importupdaterun.cpp): planned on the reading thread,
    // the names written here as their rows are planned, the rest once the file is planned.
    // *readAgain: the file had to be read again in another encoding; nothing was committed and
    // the caller plans the whole file instead.
    Status readPlanAndUpdate(qint64 iCustomer, const QString &path,
                             const csv::ReadOptions &readOptions, const CommitOptions &options,
                             csv::ReadResult *read, CommitResult *result, bool *readAgain);
    // Rows that may update or close (or a file read again): under the lock, the whole file is
    // read and planned as it streams (its rows not held), then written.
    Status readPlanAndCommitWhole(qint64 iCustomer, const QString &path,
                                  const csv::ReadOptions &readOptions, const CommitOptions &options,
                                  csv::ReadResult *read, CommitResult *result);
    static QString auditText(const ImportPlan &plan, const CommitOptions &options);
    // The customer's snapshot as the actor plans with it (self-care or not).
    Status loadSnapshot(qint64 iCustomer, CustomerSnapshot *out);
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
