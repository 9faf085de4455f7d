#include "import/sheetcells.h"

#include <QDate>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace ad::csv::workbook {

namespace {

bool needsQuotes(std::string_view v)
{
    for (char ch : v)
        if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
            return true;
    return false;
}

void appendField(std::string *out, std::string_view v)
{
    if (!needsQuotes(v)) {
        out->append(v);
        return;
    }
    *out += '"';
    for (char ch : v) {
        if (ch == '"')
            *out += '"';
        *out += ch;
    }
    *out += '"';
}

} // namespace

SheetCells::Cell &SheetCells::at(int row, int col)
{
    if (size_t(row) >= m_rows.size())
        m_rows.resize(size_t(row) + 1);
    auto &cells = m_rows[size_t(row)];
    if (size_t(col) >= cells.size())
        cells.resize(size_t(col) + 1);
    return cells[size_t(col)];
}

// Whether the cell may come next (else the sheet needs the grid); the rows before it started.
bool SheetCells::startCell(int row, int col)
{
    if (row < m_row || (row == m_row && col < m_fields)) {
        m_disordered = true;
        return false;
    }
    // This row, and the rows with no cells at all between the last one and it.
    for (; m_row < row; ++m_row)
        m_out.rowStart.push_back(m_out.cells.size());
    m_fields = col + 1;
    m_out.width = std::max(m_out.width, m_fields);
    return true;
}

void SheetCells::append(int row, int col, std::string_view text)
{
    if (!startCell(row, col))
        return;
    m_out.cells.push_back({quint32(col), quint32(m_out.text.size()), quint32(text.size())});
    m_out.text.append(text);
}

void SheetCells::setElsewhere(int row, int col, std::string_view text)
{
    // A sheet has at most 1,048,576 rows and 16,384 columns; anything else is ignored.
    if (m_disordered || !inRange(row, col))
        return;
    if (m_mode == Mode::Grid)
        at(row, col) = {std::string(text), -1};
    else
        append(row, col, text);
}

void SheetCells::setSharedElsewhere(int row, int col, qint64 index)
{
    if (m_disordered || !inRange(row, col))
        return;
    if (m_mode == Mode::Grid) {
        at(row, col) = {std::string(), index};
        return;
    }
    if (index >= 0 && (!m_shared || size_t(index) >= m_shared->size())) {
        m_disordered = true; // a string the workbook names only later
        return;
    }
    if (index < 0)
        append(row, col, std::string_view());
    else if (startCell(row, col)) // the string itself is looked up when the rows are read
        m_out.cells.push_back({quint32(col), 0, 0, quint32(index)});
}

SheetRows SheetCells::gridRows() const
{
    SheetRows out;
    for (const auto &r : m_rows) {
        out.rowStart.push_back(out.cells.size());
        out.width = std::max(out.width, int(r.size()));
        for (size_t c = 0; c < r.size(); ++c) {
            const qint64 s = r[c].shared;
            const bool known = m_shared && s >= 0 && size_t(s) < m_shared->size();
            const std::string_view text = s < 0   ? std::string_view(r[c].text)
                                          : known ? std::string_view((*m_shared)[size_t(s)])
                                                  : std::string_view();
            if (text.empty())
                continue; // an empty field, as a gap is
            out.cells.push_back({quint32(c), quint32(out.text.size()), quint32(text.size())});
            out.text.append(text);
        }
    }
    return out;
}

SheetRows SheetCells::takeRows(std::vector<std::string> *shared)
{
    if (m_mode == Mode::Grid)
        return gridRows();
    SheetRows out = std::move(m_out);
    if (shared && shared == m_shared)
        out.shared = std::move(*shared);
    else if (m_shared)
        out.shared = *m_shared;
    m_out = SheetRows();
    m_row = -1;
    m_fields = 0;
    return out;
}

QByteArray SheetCells::toCsv() const
{
    if (m_mode == Mode::Grid)
        return gridRows().toCsv();
    SheetRows rows;
    rows.text = m_out.text;
    rows.cells = m_out.cells;
    rows.rowStart = m_out.rowStart;
    rows.width = m_out.width;
    if (m_shared)
        rows.shared = *m_shared;
    return rows.toCsv();
}

QByteArray SheetRows::toCsv() const
{
    std::string out;
    for (int r = 0; r < rowCount(); ++r) {
        int field = 0;
        for (size_t i = rowStart[size_t(r)]; i < rowEnd(r); ++i) {
            const Cell &c = cells[i];
            for (; field < int(c.col); ++field) // the empty fields before this one
                if (field > 0)
                    out += ',';
            if (c.col > 0)
                out += ',';
            appendField(&out, cellText(c));
            field = int(c.col) + 1;
        }
        // Every row gets width - 1 commas.
        for (int f = std::max(field, 1); f < width; ++f)
            out += ',';
        out += "\r\n";
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

std::string numberText(double v)
{
    char buf[64];
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

DateKind dateKindOf(int id, const std::string &code)
{
    // The built-in formats (ECMA-376 18.8.30, with the East Asian dates of 27-36 and 50-58).
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return DateKind::Time;
    if (id == 22)
        return DateKind::DateTime;
    if (id < 164 || code.empty())
        return DateKind::None;
    // A custom code: its letters outside quotes, brackets ([Red], [$-409]) and escapes.
    bool date = false, time = false, quoted = false;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = char(std::tolower(uchar(code[i])));
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\\' || c == '_' || c == '*')
            ++i; // the next character is shown as it is (or is spacing)
        else if (c == '[') {
            const size_t end = code.find(']', i);
            const std::string inside =
                code.substr(i + 1, end == std::string::npos ? 0 : end - i - 1);
            time = time || inside == "h" || inside == "hh" || inside == "m" || inside == "mm" ||
                   inside == "s" || inside == "ss"; // elapsed time
            i = end == std::string::npos ? code.size() : end;
        } else if (c == 'y' || c == 'd' || c == 'e' || c == 'g')
            date = true;
        else if (c == 'h' || c == 's')
            time = true;
        else if (c == 'm')
            date = date || !time; // minutes after hours, months otherwise (close enough)
    }
    return date && time ? DateKind::DateTime
           : date       ? DateKind::Date
           : time       ? DateKind::Time
                        : DateKind::None;
}

std::string serialDateText(double serial, DateKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // after 9999-12-31
        return numberText(serial);
    double whole = std::floor(serial);
    qint64 seconds = qRound64((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds -= 86400;
    }
    // 1900 system: day 1 is 1900-01-01 and day 60 the 29 February 1900 Excel believes in.
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, whole < 60 ? 31 : 30);
    const QDate day = epoch.addDays(qint64(whole));
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d:%02d", int(seconds / 3600), int(seconds / 60 % 60),
                  int(seconds % 60));
    const std::string date = day.toString(Qt::ISODate).toStdString();
    switch (kind) {
    case DateKind::Date:
        return date;
    case DateKind::Time:
        return time;
    case DateKind::DateTime:
        return date + ' ' + time;
    case DateKind::None:
        break;
    }
    return numberText(serial);
}

} // namespace ad::csv::workbook
