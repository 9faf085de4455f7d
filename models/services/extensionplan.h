#pragma once

#include "domain/customersnapshot.h"
#include "domain/importplan.h"
#include "domain/records.h"

namespace ad {

// One extension planned as a one-row import against a snapshot of its customer: the same
// checks, problems (on the template's columns) and charges as a row of a file. The dialog shows
// it as the user types; AccountService plans the same under the customer's lock to add it.
ImportPlan planExtension(const CustomerSnapshot &snapshot, const ExtensionRequest &request);

} // namespace ad
