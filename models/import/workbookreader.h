#pragma once

#include "domain/problem.h"
#include "import/sheetcells.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ad::csv {

// Spreadsheet workbooks (.xlsx, .ods) read directly, recognised by their content and not by
// their name (.ods by liborcus, LibreOffice's import library; .xlsx by xlsxreader.h). One sheet's
// rows go to the CSV reader's record stage as if they were the rows of a UTF-8, comma-separated
// file (readrows.cpp), so header detection, mapping, the row rules and the messages are the same.
// Rows and columns keep their sheet positions (row 5 of the sheet is record row 5, column D is
// the fourth field), so every problem names the cell the user sees.
namespace workbook {

enum class Kind {
    None,     // not a workbook: read as CSV text
    Xlsx,     // Office Open XML (Excel 2007 on, Google Sheets, LibreOffice "Excel 2007-365")
    Ods,      // OpenDocument spreadsheet (LibreOffice, Google Sheets)
    Legacy,   // the binary Excel 97-2003 .xls (an OLE2 compound file): refused
    OtherZip, // a ZIP archive that is neither: refused
};

// From the first bytes of the file (at least 8) and, for ZIP archives, the whole file.
Kind detect(const QByteArray &bytes);
// True when the first bytes say "ZIP archive" or "OLE2 compound file": the whole file must then
// be given to detect().
bool mayBeWorkbook(const QByteArray &head);

struct Sheet {
    SheetRows rows;        // the chosen sheet's rows (none when errors is not empty)
    QStringList names;     // every sheet of the workbook, in order
    QString name;          // the sheet read
    QString format;        // "XLSX" or "ODS"
    QList<Problem> errors; // file_format_unsupported, sheet_unknown, file_unreadable
};

// Reads sheet `sheetName` (empty: the first sheet) of a workbook. Whole numbers are written as
// digits (12094555949, never 1.2094555949E+10), other numbers with up to 15 significant digits,
// booleans as TRUE / FALSE, dates as YYYY-MM-DD (with the time when it is not midnight), a
// formula as its stored result.
Sheet read(const QByteArray &bytes, Kind kind, const QString &sheetName);

} // namespace workbook
} // namespace ad::csv
