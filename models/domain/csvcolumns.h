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
// The field a header cell names (case-insensitive, white space collapsed, a trailing
// "(mandatory)" or "*" ignored, obvious aliases accepted), or Ignored.
Field fieldForHeader(const QString &headerCell);
QList<Field> allFields();

} // namespace ad::csv
