#pragma once

#include <QLoggingCategory>

// The program's logging categories. Off below warnings by default; turn on with
// QT_LOGGING_RULES="agreementdesk.*.info=true" (e.g. the import's phases and their times).
namespace ad {
Q_DECLARE_LOGGING_CATEGORY(lcImport)  // agreementdesk.import: reading, planning, committing
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // agreementdesk.storage: the bulk writer's statements
} // namespace ad
