#pragma once

#include "import/sheetcells.h"

namespace ad::csv::workbook {

// An Office Open XML workbook (.xlsx) read with a ZIP reader and fastxml (liborcus's SAX parser
// where fastxml gives up): the sheet list from xl/workbook.xml and its relationships, the shared
// strings, and one sheet's cells —
// every cell type Excel, LibreOffice, Google Sheets and the streaming writers (Apache POI SXSSF,
// xlsxwriter's constant-memory mode, SheetJS) write: shared and inline strings, "str" strings,
// numbers, booleans, errors and formulas by their stored result. See docs/decisions.md for why
// this is not liborcus.
// `wanted`: a sheet name (exact, else ignoring case); empty = the first sheet.
SheetText readXlsx(const QByteArray &bytes, const QString &wanted);

} // namespace ad::csv::workbook
