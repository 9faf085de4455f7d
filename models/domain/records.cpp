#include "domain/records.h"

#include <pwd.h>
#include <unistd.h>

namespace ad {

QString Actor::osLogin()
{
    for (const char *var : {"AGREEMENTDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

} // namespace ad
