#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ad::csv::workbook {

// The cells of the one sheet being read, as UTF-8 text, by 0-based row and column; a shared
// string may be given by its index and looked up at the end (an .xlsx may hold its shared
// strings after the sheets).
class SheetCells {
public:
    void set(int row, int col, std::string text) { at(row, col) = {std::move(text), -1}; }
    void setShared(int row, int col, qint64 index) { at(row, col) = {std::string(), index}; }
    // RFC 4180 CSV: a field with a comma, a quote or a line break is quoted, quotes doubled.
    // Every row has the same number of fields, so column letters stay where the sheet has them.
    QByteArray toCsv(const std::vector<std::string> &sharedStrings) const;

private:
    struct Cell {
        std::string text;
        qint64 shared = -1;
    };
    Cell &at(int row, int col);
    std::vector<std::vector<Cell>> m_rows;
};

// What a workbook reader returns: its sheets and one sheet as CSV text.
struct SheetText {
    bool ok = false;
    QString error;     // why the workbook cannot be read (ok false)
    QStringList names; // every sheet, in order
    int chosen = -1;   // index of the sheet read; -1 when the sheet asked for is not one of them
    QByteArray csv;    // the chosen sheet as CSV text
};

// A number as a spreadsheet user reads it: whole numbers as digits (12094555949, never
// 1.2094555949E+10), others with up to 15 significant digits.
std::string numberText(double v);

// Dates and times: a spreadsheet stores them as numbers (days since its epoch) with a date
// number format. What a format shows, from its id (the built-in ones) or its code.
enum class DateKind { None, Date, Time, DateTime };
DateKind dateKindOf(int numFmtId, const std::string &formatCode);
// A serial date as ISO text: "2024-12-01", "18:00:00" or "2024-12-01 12:00:00" (kind), in the
// 1900 date system (Excel's, with its 29 February 1900) or the 1904 one.
std::string serialDateText(double serial, DateKind kind, bool date1904);

} // namespace ad::csv::workbook
