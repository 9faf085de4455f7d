#include "import/headermap.h"

#include <QCoreApplication>
#include <QSet>

namespace ad::csv {

// The field a header cell names: the user's --map first, then the template's names and aliases.
Field fieldOfCell(const QString &cell, const ReadOptions &options)
{
    if (!options.columnMap.isEmpty()) {
        const QString key = normalizedHeader(cell);
        for (const auto &m : options.columnMap)
            if (normalizedHeader(m.first) == key)
                return m.second;
    }
    return fieldForHeader(cell);
}

// A header row names every mandatory column (Product is not mandatory when rows may update).
bool namesMandatoryColumns(const QStringList &cells, const ReadOptions &options)
{
    QSet<Field> named;
    for (const QString &c : cells)
        named.insert(fieldOfCell(c, options));
    if (!named.contains(Field::ExtensionNumber))
        return false;
    return named.contains(Field::Product) || named.contains(Field::Action) ||
           (options.updateExisting && named.size() > 2);
}

void CsvReader::mapHeader(ReadResult *result, const std::optional<QList<Field>> &mapping,
                          const ReadOptions &options)
{
    result->columns.clear();
    for (int i = 0; i < result->header.size(); ++i) {
        Field f = Field::Ignored;
        if (mapping)
            f = i < mapping->size() ? mapping->at(i) : Field::Ignored;
        else
            f = fieldOfCell(result->header.at(i), options);
        result->columns.append(f);
    }
    auto columnName = [result](int i) {
        return QStringLiteral("%1 \"%2\"").arg(columnLetter(i), result->header.value(i));
    };
    // Duplicates: the same field named twice.
    for (Field f : mappableFields()) {
        QList<int> at;
        for (int i = 0; i < result->columns.size(); ++i)
            if (result->columns.at(i) == f)
                at << i;
        if (at.size() > 1) {
            Problem p;
            p.code = QStringLiteral("header_duplicate_column");
            p.field = fieldName(f);
            p.row = result->headerRow;
            p.value = result->header.value(at.at(1));
            p.column = result->header.value(at.at(1));
            p.columnIndex = at.at(1);
            p.message = QCoreApplication::translate(
                            "ad::csv::CsvReader",
                            "Two columns mean \"%1\": column %2 and column %3; keep one of them "
                            "(or map one to another field).")
                            .arg(fieldName(f), columnName(at.at(0)), columnName(at.at(1)));
            result->fileErrors.append(p);
        }
    }
    const bool mayUpdate = options.updateExisting || result->columns.contains(Field::Action);
    for (Field f : allFields()) {
        if (!isMandatory(f) || result->columns.contains(f))
            continue;
        if (f == Field::Product && mayUpdate)
            continue; // rows that add say so on their row (product_missing)
        Problem p;
        p.code = QStringLiteral("header_missing_column");
        p.field = fieldName(f);
        p.row = result->headerRow;
        p.message =
            QCoreApplication::translate(
                "ad::csv::CsvReader",
                "The mandatory column \"%1\" is missing: no row among the first ten names it. Name "
                "it in the header row (%2), choose the header row, or map a column of the file to "
                "it.")
                .arg(fieldName(f), templateLine());
        result->fileErrors.append(p);
    }
    for (int i = 0; i < result->columns.size(); ++i) {
        if (result->columns.at(i) != Field::Ignored || result->header.at(i).isEmpty())
            continue;
        Problem w;
        w.code = QStringLiteral("column_ignored");
        w.field = result->header.at(i);
        w.column = result->header.at(i);
        w.columnIndex = i;
        w.message =
            QCoreApplication::translate("ad::csv::CsvReader",
                                        "The column %1 is not a template column and is ignored.")
                .arg(columnName(i));
        result->warnings.append(w);
    }
}

} // namespace ad::csv
