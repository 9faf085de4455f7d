#include "domain/logging.h"

namespace ad {
Q_LOGGING_CATEGORY(lcImport, "agreementdesk.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "agreementdesk.storage", QtWarningMsg)
} // namespace ad
