#pragma once

#include <QStringList>

namespace ad::cli {

// Runs agreementdesk-cli with its arguments (without the program name); returns the exit status
// of cli.md: 0 done, 1 refused by a rule, 2 usage error, 3 database or file error.
int run(const QStringList &arguments);

QString usageText();

} // namespace ad::cli
