#pragma once

#include "domain/customersnapshot.h"
#include "domain/importplan.h"
#include "import/csvreader.h"

#include <memory>

namespace ad {

struct PlanOptions {
    bool inactive = false; // accounts are created inactive, for a check before service starts
    // Rows whose extension exists update it (--update-existing) instead of being refused.
    bool updateExisting = false;
    // One extension from a form or `extension add`, not a file: an existing number is refused
    // without the advice to update it from the file.
    bool singleEntry = false;
};

// Pure: records + a snapshot of the customer -> the plan. No database, no I/O; linear in the
// number of rows. Checks follow domain.md's "Order of checks". Rows can be given in batches as
// they are read (begin, add..., finish), so that planning overlaps reading.
class ImportPlanner {
public:
    ImportPlanner(const CustomerSnapshot &snapshot, const PlanOptions &options);
    ~ImportPlanner();
    void begin(const csv::ReadResult &header);      // the column mapping
    void begin(const QList<csv::Field> &columns);   // ... when the rows stream (no header text)
    void add(const QList<csv::Record> &records);    // in file order
    ImportPlan finish(const csv::ReadResult &read); // file errors and warnings of the read
    // Between add() and finish(): the accounts planned so far (an account, once planned, stays)
    // and whether any row so far has an error.
    const QList<PlannedAccount> &plannedSoFar() const;
    bool errorsSoFar() const;
    // Between add() and finish(): moves the accounts planned so far out of the plan (which then
    // counts them in accountsHandedOver), so that a caller which passes them on holds no more
    // than a batch. Nothing is taken when rows may update or close (their accounts are decided
    // only when the whole file is planned).
    QList<PlannedAccount> takePlanned();
    // Between add() and finish(): the rows that update or close planned so far, in row order
    // (rows already planned stay as they are until finish() weighs the whole file).
    const ChangeList &changesSoFar() const;

    static ImportPlan plan(const CustomerSnapshot &snapshot, const csv::ReadResult &read,
                           const PlanOptions &options);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace ad
