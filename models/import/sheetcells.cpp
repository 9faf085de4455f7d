#include "import/sheetcells.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ad::csv::workbook {

SheetCells::Cell &SheetCells::at(int row, int col)
{
    static Cell ignored;
    // A sheet has at most 1,048,576 rows and 16,384 columns; anything else is ignored.
    if (row < 0 || col < 0 || row >= 1048576 || col >= 16384)
        return ignored = {};
    if (size_t(row) >= m_rows.size())
        m_rows.resize(size_t(row) + 1);
    auto &cells = m_rows[size_t(row)];
    if (size_t(col) >= cells.size())
        cells.resize(size_t(col) + 1);
    return cells[size_t(col)];
}

QByteArray SheetCells::toCsv(const std::vector<std::string> &sharedStrings) const
{
    static const std::string empty;
    size_t width = 0;
    for (const auto &r : m_rows)
        width = std::max(width, r.size());
    std::string out;
    out.reserve(m_rows.size() * (width * 8 + 2));
    for (const auto &r : m_rows) {
        for (size_t c = 0; c < width; ++c) {
            if (c > 0)
                out += ',';
            if (c >= r.size())
                continue;
            const qint64 s = r[c].shared;
            const std::string &v = s < 0                              ? r[c].text
                                   : size_t(s) < sharedStrings.size() ? sharedStrings[size_t(s)]
                                                                      : empty;
            if (v.find_first_of(",\"\r\n") == std::string::npos) {
                out += v;
                continue;
            }
            out += '"';
            for (char ch : v) {
                if (ch == '"')
                    out += '"';
                out += ch;
            }
            out += '"';
        }
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

} // namespace ad::csv::workbook
