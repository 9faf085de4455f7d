#pragma once

#include "import/sheetcells.h"

namespace ad::csv::workbook {

// An OpenDocument spreadsheet (.ods), parsed by liborcus (LibreOffice's import library).
// `wanted`: a sheet name (exact, else ignoring case); empty = the first sheet.
SheetText readOds(const QByteArray &bytes, const QString &wanted);
// The package says it is an OpenDocument spreadsheet (its mimetype member).
bool isOds(const QByteArray &bytes);

} // namespace ad::csv::workbook
