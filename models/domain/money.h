#pragma once

#include <QString>

namespace ad::money {

// Amounts are integer minor units (cents). "16.00" style, for JSON and the CLI.
QString plain(qint64 minorUnits);

} // namespace ad::money
