#pragma once

#include <QString>
#include <optional>

namespace ad::cli {

class Context;

// The option values of the set-up commands, each checked as a usage error (exit 2) when it is
// malformed: 0 and the value, or the exit status after reporting it.

// --fee AMOUNT|none (AMOUNT a decimal in the main unit: 10, 10.00, 0.5). noneAllowed: "none"
// (no fee) is accepted.
int feeOption(Context &ctx, const QString &option, bool noneAllowed, std::optional<qint64> *fee);
// --self-care-accounts active|inactive
int selfCareOption(Context &ctx, std::optional<bool> *inactive);

} // namespace ad::cli
