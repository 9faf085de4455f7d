#pragma once

#include "domain/problem.h"

#include <QList>

namespace ad::cli {

// What an `import` ended with, as far as its exit status depends on it.
struct ImportFacts {
    bool dryRun = false;
    bool skipInvalid = false;
    QList<Problem>
        fileErrors; // problems of the file as a whole (unreadable, unknown encoding, no header ...)
    Status outcome; // the commit's status; on a dry run, the status of reading and planning
    bool planned = false; // a plan was made for the customer (its rows were checked)
    bool planHasErrors = false;
    int plannedAccounts = 0; // accounts the plan creates (the valid rows)
    bool committed = false;
};

// The import's exit-status policy (cli.md), without any input or output:
//   2  the --encoding given is unknown (a usage error)
//   3  the file cannot be read, or the database failed (a lock, a lost connection)
//   1  refused: a file the import cannot use, row errors in an all-or-nothing import, nothing
//      valid with --skip-invalid, a commit refused (a stale plan, the quantity)
//   0  committed; on a dry run: the import would go through (with --skip-invalid, at least one
//      valid row)
// File errors decide before the commit's outcome: they are what the user has to fix first.
int importExitCode(const ImportFacts &f);

// True when the import ends like any other refused command, with the problems only and no
// import report: a dry run that could not read and plan (e.g. a database error), or a commit
// refused before any row was planned (with no file errors to report instead).
bool importFailsWithoutReport(const ImportFacts &f);

} // namespace ad::cli
