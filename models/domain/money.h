#pragma once

#include <QString>
#include <optional>

namespace ad::money {

// Amounts are integer minor units (cents). "16.00" style, for JSON and the CLI.
QString plain(qint64 minorUnits);
// For people: the locale's currency format when the locale uses this currency ("$16.00"),
// else the locale's number and the ISO code ("16,00 USD").
QString display(qint64 minorUnits, const QString &currency);

// An amount as the CLI and the dialogs take it: a decimal in the currency's main unit with at
// most two decimals ("10", "10.00", "0.5"), 0 to 99,999,999.99. Nothing when it is not one.
std::optional<qint64> parse(const QString &text);
// A fee: an amount, or "none" (any case) for no fee (the inner nullopt).
std::optional<std::optional<qint64>> parseFee(const QString &text);
// Three letters A-Z (ISO 4217 style), after trimming and upper-casing.
bool isCurrencyCode(const QString &code);

} // namespace ad::money
