#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The columns of the extension CSV file (domain.md, "The extension CSV file").
namespace ad::csv {

enum class Field {
    ExtensionNumber,
    Name,
    Dids,
    Published,
    Email,
    Timezone,
    Product,
    Huntgroup,
    Ignored // a file column that maps to nothing
};
constexpr int kFieldCount = 8;

// Template header names, in template order.
QString fieldName(Field f);
QStringList templateHeader();
QString templateLine(); // the header row joined with commas
bool isMandatory(Field f);
// A header cell as compared: lower case; '_', '-', '.' and camelCase boundaries turned into
// spaces; '#', '*', "(mandatory)", "(optional)" dropped; white space collapsed.
QString normalizedHeader(const QString &headerCell);
// The field a header cell names (after normalizedHeader(): the template's names and the aliases
// other systems use), or Ignored.
Field fieldForHeader(const QString &headerCell);
QList<Field> allFields();

} // namespace ad::csv
