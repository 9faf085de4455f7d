#pragma once

#include <QString>

namespace ad::money {

// Amounts are integer minor units (cents). "16.00" style, for JSON and the CLI.
QString plain(qint64 minorUnits);
// For people: the locale's currency format when the locale uses this currency ("$16.00"),
// else the locale's number and the ISO code ("16,00 USD").
QString display(qint64 minorUnits, const QString &currency);

} // namespace ad::money
