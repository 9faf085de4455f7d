#include "importexit.h"

namespace ad::cli {

int importExitCode(const ImportFacts &f)
{
    if (!f.fileErrors.isEmpty()) {
        const QString code = f.fileErrors.first().code;
        if (code == QLatin1String("encoding_unknown"))
            return 2;
        if (code == QLatin1String("file_unreadable"))
            return 3;
        return 1;
    }
    if (!f.outcome.ok())
        return f.outcome.exitCode();
    if (f.dryRun)
        return !f.planHasErrors || (f.skipInvalid && f.plannedAccounts > 0) ? 0 : 1;
    return f.committed ? 0 : 1;
}

bool importFailsWithoutReport(const ImportFacts &f)
{
    if (f.dryRun)
        return !f.outcome.ok();
    return f.fileErrors.isEmpty() && f.outcome.kind() == Status::Kind::Refused && !f.planned;
}

} // namespace ad::cli
