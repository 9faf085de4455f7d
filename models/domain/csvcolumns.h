#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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
    // Not in the template; what other systems' files carry (domain.md, "Files from other
    // systems").
    FirstName, // with LastName: Name is "First Last" when the file has no Name column
    LastName,
    Status,   // active / inactive / enabled / disabled, or a yes/no meaning active
    Disabled, // a yes/no meaning inactive ("disabled" columns)
    Action,   // add / update / close per row
    Ignored   // a file column that maps to nothing
};

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
// The template's fields, in template order.
QList<Field> allFields();
// Every field a file column can be mapped to: the template's, then the extra ones.
QList<Field> mappableFields();
// A field named by the user (--map): its name or an alias, any case, or "ignore" / "-".
std::optional<Field> fieldByName(const QString &name);
// A column's letter as spreadsheets name it: 0 -> "A", 25 -> "Z", 26 -> "AA".
QString columnLetter(int index);

} // namespace ad::csv
