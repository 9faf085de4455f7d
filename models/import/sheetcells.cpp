#include "import/sheetcells.h"

#include <QDate>

#include <algorithm>
#include <cctype>
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
