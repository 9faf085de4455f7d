#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace ad::csv::workbook {

// A sheet's cells as read, row by row: per row its cells (column and UTF-8 text), left to right.
// The CSV reader makes its records from these (CsvReader::readRows()); toCsv() is the same rows
// as CSV text, what the reader used to read instead.
struct SheetRows {
    static constexpr quint32 kNotShared = 0xFFFFFFFF;
    struct Cell {
        quint32 col = 0, from = 0, size = 0; // column (0-based), its text in `text`
        quint32 shared = kNotShared;         // or a shared string: its index in `shared`
    };
    std::string text;                // the cells' texts, one after another
    std::vector<std::string> shared; // the workbook's shared strings, which cells may name
    std::vector<Cell> cells;         // every cell, row by row, left to right
    std::vector<size_t> rowStart;    // per sheet row (0-based): its first cell in `cells`
    int width = 0;                   // the widest row's fields (its last cell's column + 1)

    int rowCount() const { return int(rowStart.size()); }
    size_t rowEnd(int row) const
    {
        return size_t(row) + 1 < rowStart.size() ? rowStart[size_t(row) + 1] : cells.size();
    }
    std::string_view cellText(const Cell &c) const
    {
        return c.shared != kNotShared ? std::string_view(shared[c.shared])
                                      : std::string_view(text).substr(c.from, c.size);
    }
    // RFC 4180 CSV: a field with a comma, a quote or a line break is quoted, quotes doubled;
    // every row has `width` fields, so column letters stay where the sheet has them.
    QByteArray toCsv() const;
};

// The cells of the one sheet being read, as UTF-8 text, by 0-based row and column.
//
// Sheets list their cells row by row, left to right, so the cells are kept in order as they
// come (Streamed). A cell that comes before one already kept, or a shared string not known yet,
// cannot be streamed: the sheet then says needsGrid(), and the reader reads it again into a
// Grid, which keeps every cell by position until takeRows().
class SheetCells {
public:
    enum class Mode { Streamed, Grid };
    // sharedStrings: the workbook's shared strings, which setShared() indexes (may grow while
    // the sheet is read); null when there are none.
    explicit SheetCells(const std::vector<std::string> *sharedStrings = nullptr,
                        Mode mode = Mode::Streamed)
        : m_shared(sharedStrings), m_mode(mode)
    {
    }
    void set(int row, int col, std::string_view text)
    {
        // Most cells: after the last cell kept, in its row or the next.
        if (inOrder(row, col)) {
            m_out.cells.push_back({quint32(col), quint32(m_out.text.size()), quint32(text.size())});
            m_out.text.append(text);
            return;
        }
        setElsewhere(row, col, text);
    }
    void setShared(int row, int col, qint64 index)
    {
        // Most cells: a known shared string after the last cell kept.
        if (index >= 0 && m_shared && size_t(index) < m_shared->size() && inOrder(row, col)) {
            m_out.cells.push_back({quint32(col), 0, 0, quint32(index)});
            return;
        }
        setSharedElsewhere(row, col, index);
    }
    // Room for about this many cells (Streamed).
    void reserve(size_t cells)
    {
        if (m_mode == Mode::Streamed)
            m_out.cells.reserve(cells);
    }
    // True when a Streamed sheet met a cell out of order: read it again with Mode::Grid.
    bool needsGrid() const { return m_disordered; }
    Mode mode() const { return m_mode; }
    const std::vector<std::string> *sharedStrings() const { return m_shared; }
    // The rows read (the cells are moved out). `shared`: the shared strings, moved in when the
    // caller has no more use for them; else they are copied.
    SheetRows takeRows(std::vector<std::string> *shared = nullptr);
    QByteArray toCsv() const;

private:
    struct Cell {
        std::string text;
        qint64 shared = -1;
    };
    bool inRange(int row, int col) const
    {
        return row >= 0 && col >= 0 && row < 1048576 && col < 16384;
    }
    Cell &at(int row, int col);
    // What startCell() does for a streamed cell in the row kept last or the next one (true);
    // false, changing nothing, for anything else (startCell() decides).
    bool inOrder(int row, int col)
    {
        if (m_mode != Mode::Streamed || m_disordered || row < 0 || col < 0 || col >= 16384)
            return false;
        if (row == m_row) {
            if (col < m_fields)
                return false;
        } else if (row == m_row + 1 && row < 1048576) {
            m_out.rowStart.push_back(m_out.cells.size());
            m_row = row;
        } else {
            return false;
        }
        m_fields = col + 1;
        if (m_fields > m_out.width)
            m_out.width = m_fields;
        return true;
    }
    bool startCell(int row, int col);
    void append(int row, int col, std::string_view text);
    SheetRows gridRows() const;
    void setElsewhere(int row, int col, std::string_view text);
    void setSharedElsewhere(int row, int col, qint64 index);
    const std::vector<std::string> *m_shared;
    Mode m_mode;
    // Grid
    std::vector<std::vector<Cell>> m_rows;
    // Streamed: the rows so far; the last row and the column after its last cell.
    SheetRows m_out;
    int m_row = -1, m_fields = 0;
    bool m_disordered = false;
};

// What a workbook reader returns: its sheets and one sheet's rows.
struct SheetText {
    bool ok = false;
    QString error;     // why the workbook cannot be read (ok false)
    QStringList names; // every sheet, in order
    int chosen = -1;   // index of the sheet read; -1 when the sheet asked for is not one of them
    SheetRows rows;    // the chosen sheet's rows
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
