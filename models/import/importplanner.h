#pragma once

#include "domain/customersnapshot.h"
#include "import/csvreader.h"
#include "import/importplan.h"

namespace ad {

struct PlanOptions {
    bool inactive = false; // accounts are created inactive (rule 7)
};

// Pure: records + a snapshot of the customer -> the plan. No database, no I/O; linear in the
// number of rows. Checks follow domain.md's "Order of checks".
class ImportPlanner {
public:
    static ImportPlan plan(const CustomerSnapshot &snapshot, const csv::ReadResult &read,
                           const PlanOptions &options);
};

} // namespace ad
