#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The value rules of domain.md that do not need a database: account IDs, extension numbers,
// DID normalisation, names, e-mail addresses, time zones, quantities.
namespace ad::rules {

QString extensionAccountId(qint64 iCustomer, const QString &number);
QString autoAttendantAccountId(qint64 iCustomer, qint64 sequence);

// Account IDs (docs/rules.md, rule 1): 1..64 of [A-Za-z0-9.-_@], not "ph" followed by a digit.
bool isValidGenericAccountId(const QString &id);

// Extension numbers (rule 5): 1..15 ASCII digits.
bool isValidExtensionNumber(const QString &number);
// True when the text looks like what a spreadsheet makes of a number ("4.665E+03", "4665.0").
bool looksLikeSpreadsheetNumber(const QString &text);

// DID numbers (rule 6): drops spaces, '-', '.', '(', ')' and a leading '+'; returns the digits, or
// nothing when the result is not 6..15 digits.
std::optional<QString> normaliseDid(const QString &text);
// A DID cell a spreadsheet turned into a number (exponent, or a short decimal part such as
// 12094555949.0 or 12094555949,00): refused with the "format as text" hint, never split.
bool looksLikeMangledDid(const QString &text);
// Splits a DID field on commas (and semicolons), trimming, dropping empty parts.
// The DIDs of one cell: separated by , ; / or line breaks, or by spaces when each side is a
// whole number; a number a spreadsheet reformatted (exponent, decimal point) stays one value.
QStringList splitDids(const QString &field);

bool isValidName(
    const QString &name); // <= 100 chars; no control, format (Cf) or line-separator characters
// No control, format (Cf: zero-width, direction overrides, BOM) or line/paragraph separator
// characters, and well-formed UTF-16: text that shows as what it is, on one line.
bool isOneVisibleLine(const QString &text);
// A customer's name: 1 to 200 characters, one visible line, not all digits (CUSTOMER arguments
// take a number or a name).
bool isValidCustomerName(const QString &name);
// The desk's own label in the audit trail (--user, AGREEMENTDESK_USER, the OS login): not blank,
// at most kMaxDeskLabel characters, one visible line.
inline constexpr int kMaxDeskLabel = 64;
bool isValidDeskLabel(const QString &label);
bool isValidEmail(const QString &email);     // empty, or plausible and <= 254 chars
bool isValidTimeZone(const QString &ianaId); // cached
// Yes / no as files write them: y/n, yes/no, true/false, 1/0, x/empty, on/off, ja/nein,
// wahr/falsch, oui/non, vrai/faux, si/no, any case; an empty cell is no. Nothing for anything else.
std::optional<bool> parseBoolean(const QString &text);
std::optional<bool> parsePublished(const QString &text); // parseBoolean(): the Published column

constexpr int kMaxQuantity = 999999;
// "unlimited" (any case) -> nullopt quantity with ok=true; a whole number 1..999999 -> it.
struct QuantityParse {
    bool ok = false;
    std::optional<int> quantity;
};
QuantityParse parseQuantity(const QString &text);

// Database drivers bind a null QString as SQL NULL; text columns that are NOT NULL get "".
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Hunt group name key: case-insensitive comparisons.
inline QString foldName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace ad::rules
