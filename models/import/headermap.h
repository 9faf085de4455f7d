#pragma once

#include "import/csvreader.h"

// The header of a file: which field each column means (the user's --map, then the template's
// names and the aliases of other systems) and whether a row looks like the header. Private to
// the import layer; CsvReader::mapHeader() is defined in headermap.cpp.
namespace ad::csv {

Field fieldOfCell(const QString &cell, const ReadOptions &options);
bool namesMandatoryColumns(const QStringList &cells, const ReadOptions &options);

} // namespace ad::csv
