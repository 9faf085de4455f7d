#include "import/xlsxreader.h"

#include "import/sheetcells.h"
#include "import/xlsxhandler.h"
#include "import/xlsxparts.h"
#include "import/zipreader.h"

#include <QHash>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace ad::csv::workbook {

namespace {

using xlsx::Handler;
using xlsx::parse;

using parts::memberPath;
using parts::qs;
using parts::Relationships;
using parts::SharedStrings;
using parts::Sheets;
using parts::Styles;

// "BC12" → column 54, row 11 (0-based); false when it is not a cell reference.
bool cellRef(std::string_view ref, int *row, int *col)
{
    // ASCII letters and digits (what isalpha and isdigit accept in the C locale), without
    // the library calls.
    auto letter = [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); };
    {
        // What writers write: one to three capitals and up to eight digits, far below the
        // bounds below, so without them (a sheet has a million of these).
        size_t i = 0;
        int c = 0, r = 0;
        for (; i < ref.size() && i < 3 && unsigned(ref[i] - 'A') < 26u; ++i)
            c = c * 26 + (ref[i] - 'A' + 1);
        const size_t letters = i;
        if (i > 0 && (i == ref.size() || !letter(ref[i]))) {
            for (; i < ref.size() && unsigned(ref[i] - '0') < 10u; ++i)
                r = r * 10 + (ref[i] - '0');
            if (i == ref.size() && i - letters <= 8 && r > 0) {
                *row = r - 1;
                *col = c - 1;
                return true;
            }
        }
    }
    int c = 0, r = 0;
    size_t i = 0;
    for (; i < ref.size() && letter(ref[i]); ++i)
        c = std::min(c * 26 + ((ref[i] & ~0x20) - 'A' + 1), 1 << 24); // far out: ignored later
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i)
        r = std::min(r * 10 + (ref[i] - '0'), 1 << 28);
    if (c == 0 || r == 0 || i != ref.size())
        return false;
    *row = r - 1;
    *col = c - 1;
    return true;
}

// One sheet's cells: <row r>, <c r t s> with <v> or <is>; a formula (<f>) by its stored <v>; a
// number in a date or time format (s) as ISO text.
class SheetData final : public Handler {
public:
    // fastxml's events without the virtual call (liborcus's still come through Handler).
    AD_XLSX_INLINE void start(std::string_view name) { SheetData::started(name); }
    AD_XLSX_INLINE void end(std::string_view name) { SheetData::ended(name); }
    // Only r, t and s are read (of <row> and <c>): kept as they come instead of listed. As
    // attribute() and the loop over attributeCount() did, <row> takes its first r, <c> the
    // last of each.
    using Handler::attribute; // liborcus's, which comes here
    AD_XLSX_INLINE void attribute(std::string_view name, std::string_view value,
                                  bool transient) override
    {
        if (name.size() != 1)
            return;
        int slot;
        switch (name[0]) {
        case 'r':
            slot = 0;
            break;
        case 't':
            slot = 1;
            break;
        case 's':
            slot = 2;
            break;
        default:
            return;
        }
        if (transient) // decoded into the parser's buffer: copied
            value = m_attrCopy[slot].assign(value);
        m_attr[slot] = value;
        if (slot == 0 && !m_firstR) {
            m_firstR = true;
            if (transient)
                value = m_attrCopy[3].assign(value);
            m_attr[3] = value;
        }
    }
    SheetData(const std::vector<std::string> &strings, const std::vector<DateKind> &styles,
              bool date1904, SheetCells *cells)
        : m_strings(strings), m_styles(styles), m_date1904(date1904), m_cells(cells)
    {
    }
    void restart() override
    {
        Handler::restart();
        forgetAttributes();
        *m_cells = SheetCells(m_cells->sharedStrings(), m_cells->mode());
        m_row = m_col = -1;
        m_inString = m_phonetic = false;
    }

protected:
    AD_XLSX_INLINE void started(std::string_view name) override
    {
        // By length and letter: a sheet of 100,000 rows has a million of these.
        const char first = name.empty() ? '\0' : name[0];
        if (name.size() == 1 && first == 'v') {
            capture();
        } else if (name.size() == 1 && first == 'c') {
            startCell();
        } else if (name == "row") {
            const int r = number(m_attr[3]);
            m_row = r > 0 ? r - 1 : m_row + 1;
            m_col = -1;
        } else if (name == "is") {
            m_inString = true;
        } else if (name == "rPh") {
            m_phonetic = true;
        } else if (name.size() == 1 && first == 't' && m_inString && !m_phonetic) {
            capture();
        }
        forgetAttributes(); // the next element's come next (on liborcus's path too)
    }
    AD_XLSX_INLINE void ended(std::string_view name) override
    {
        const char first = name.empty() ? '\0' : name[0];
        if (name.size() == 1 && first == 'v') {
            if (capturing()) {
                m_value = taken();
                if (isBuffered()) // the handler's buffer is reused by the next capture
                    m_value = m_valueCopy.assign(m_value);
            }
        } else if (name.size() == 1 && first == 'c') {
            if (m_type == Type::Shared)
                m_cells->setShared(m_row, m_col, sharedIndex());
            else
                m_cells->set(m_row, m_col, cellText());
        } else if (name.size() == 1 && first == 't') {
            if (capturing())
                m_inline += taken();
        } else if (name == "rPh") {
            m_phonetic = false;
        } else if (name == "is") {
            m_inString = false;
        }
    }

private:
    // <c r t s>: where the cell is (after the last one when it does not say), its type and
    // whether its number format shows a date. One pass over its attributes.
    void startCell()
    {
        const std::string_view ref = m_attr[0], type = m_attr[1], style = m_attr[2];
        int r = m_row, c = m_col + 1;
        if (!cellRef(ref, &r, &c))
            r = m_row;
        m_row = r;
        m_col = c;
        m_type = Type::Other;
        if (type.size() == 1) // by length first: most cells are t="s" or have no type
            m_type = type[0] == 's'   ? Type::Shared
                     : type[0] == 'b' ? Type::Boolean
                     : type[0] == 'e' ? Type::Text
                                      : Type::Other;
        else if (type == "inlineStr")
            m_type = Type::Inline;
        else if (type == "str")
            m_type = Type::Text;
        const int s = style.empty() ? 0 : number(style);
        m_date = s > 0 && size_t(s) < m_styles.size() ? m_styles[size_t(s)] : DateKind::None;
        m_value = {};
        m_inline.clear();
    }
    // A shared string cell by its index (SheetCells looks the text up when it writes the CSV);
    // -2 (an empty cell) when the index is not one of the shared strings.
    qint64 sharedIndex() const
    {
        // Plain digits, as writers write an index: the same number as below, in one loop.
        if (!m_value.empty() && m_value.size() <= 9) {
            qint64 i = 0;
            size_t at = 0;
            for (; at < m_value.size() && unsigned(m_value[at] - '0') < 10u; ++at)
                i = i * 10 + (m_value[at] - '0');
            if (at == m_value.size())
                return size_t(i) < m_strings.size() ? i : -2;
        }
        // Leading white space, a sign and leading digits, as strtoll reads them.
        size_t at = 0;
        if (!m_value.empty() && (m_value[0] < '0' || m_value[0] > '9'))
            while (at < m_value.size() && std::isspace(uchar(m_value[at])))
                ++at;
        const bool negative = at < m_value.size() && m_value[at] == '-';
        if (at < m_value.size() && (m_value[at] == '+' || m_value[at] == '-'))
            ++at;
        const size_t digits = at;
        qint64 i = 0;
        for (; at < m_value.size() && m_value[at] >= '0' && m_value[at] <= '9'; ++at)
            if ((i = i * 10 + (m_value[at] - '0')) > qint64(m_strings.size()))
                return -2;
        if (at == digits || (negative && i > 0))
            return -2;
        return size_t(i) < m_strings.size() ? i : -2;
    }
    // The cell's text; a view into the cell's own buffers, valid until the next cell.
    std::string_view cellText()
    {
        if (m_type == Type::Inline)
            return m_inline;
        if (m_type == Type::Boolean)
            return m_value == "1" ? "TRUE" : "FALSE";
        if (m_type == Type::Text || m_value.empty())
            return m_value;
        if (m_date != DateKind::None) {
            // A date or time: as ISO text (a text field gets "2024-12-01", not 45627).
            m_number.assign(m_value); // strtod reads up to a NUL
            char *end = nullptr;
            const double d = std::strtod(m_number.c_str(), &end);
            if (end && *end == '\0')
                return m_scratch = serialDateText(d, m_date, m_date1904);
        }
        // Plain digits (how whole numbers are stored) are already what the user sees.
        if (m_value.size() < 16 && plainDigits(m_value))
            return m_value;
        m_number.assign(m_value);
        char *end = nullptr;
        const double d = std::strtod(m_number.c_str(), &end);
        if (end && *end == '\0')
            return m_scratch = numberText(d);
        return m_value;
    }

    const std::vector<std::string> &m_strings;
    const std::vector<DateKind> &m_styles;
    bool m_date1904 = false;
    DateKind m_date = DateKind::None;
    SheetCells *m_cells;
    int m_row = -1, m_col = -1;
    // The cell's t="": a shared string, an inline one, a boolean, a string or an error as text,
    // else a number (or what a writer put there, shown as it is).
    enum class Type { Other, Shared, Inline, Boolean, Text } m_type = Type::Other;
    void forgetAttributes()
    {
        m_attr[0] = m_attr[1] = m_attr[2] = m_attr[3] = {};
        m_firstR = false;
    }
    static bool plainDigits(std::string_view v)
    {
        for (char ch : v)
            if (ch < '0' || ch > '9')
                return false;
        return true;
    }
    // The cell's <v>: a view into the sheet's bytes, or into m_valueCopy.
    std::string_view m_value;
    // The element's last r, t and s, and its first r (views into the part or m_attrCopy).
    std::string_view m_attr[4];
    std::string m_attrCopy[4];
    bool m_firstR = false;
    std::string m_valueCopy, m_inline, m_scratch, m_number;
    bool m_inString = false, m_phonetic = false;
};

} // namespace

namespace {
SheetText readParts(const QByteArray &bytes, const QString &wanted)
{
    SheetText out;
    ZipReader zip;
    if (!zip.open(bytes)) {
        out.error = zip.error();
        return out;
    }
    // The workbook part: named by the package's relationships, usually xl/workbook.xml.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    QByteArray part;
    if (zip.read(QStringLiteral("_rels/.rels"), &part)) {
        Relationships package{QString()};
        parse(part, package);
        for (const QString &target : package.targets)
            if (target.endsWith(QLatin1String("workbook.xml")))
                workbookPath = target;
    }
    const QString folder = workbookPath.section(QLatin1Char('/'), 0, -2);
    const QString relsPath =
        memberPath(folder, QStringLiteral("_rels/") + workbookPath.section(QLatin1Char('/'), -1) +
                               QStringLiteral(".rels"));
    QByteArray workbook, rels;
    if (!zip.read(workbookPath, &workbook) || !zip.read(relsPath, &rels)) {
        out.error = zip.error();
        return out;
    }
    Relationships relations(folder);
    parse(rels, relations);
    const QHash<QString, QString> &targets = relations.targets;
    Sheets sheets;
    parse(workbook, sheets);
    out.names = sheets.names;
    out.chosen = wanted.isEmpty() ? (out.names.isEmpty() ? -1 : 0) : int(out.names.indexOf(wanted));
    for (int i = 0; out.chosen < 0 && !wanted.isEmpty() && i < out.names.size(); ++i)
        if (out.names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            out.chosen = i;
    out.ok = true;
    if (out.chosen < 0)
        return out;

    SharedStrings strings;
    for (const QString &target : targets)
        if (target.endsWith(QLatin1String("sharedStrings.xml")) && zip.read(target, &part))
            parse(part, strings);
    QByteArray sheet;
    if (!zip.read(targets.value(sheets.ids.at(out.chosen)), &sheet)) {
        out.ok = false;
        out.error = zip.error();
        return out;
    }
    Styles styles;
    for (const QString &target : targets)
        if (target.endsWith(QLatin1String("styles.xml")) && zip.read(target, &part))
            parse(part, styles);
    SheetCells cells(&strings.strings);
    cells.reserve(size_t(sheet.size()) / 32); // a cell is 30 bytes of XML or more
    {
        SheetData data(strings.strings, styles.kinds, sheets.date1904, &cells);
        parse(sheet, data);
    }
    if (cells.needsGrid()) { // cells out of order: read again, keeping every cell
        cells = SheetCells(&strings.strings, SheetCells::Mode::Grid);
        SheetData data(strings.strings, styles.kinds, sheets.date1904, &cells);
        parse(sheet, data);
    }
    out.rows = cells.takeRows(&strings.strings);
    return out;
}

} // namespace

SheetText readXlsx(const QByteArray &bytes, const QString &wanted)
{
    try {
        return readParts(bytes, wanted);
    } catch (const std::exception &e) {
        SheetText out;
        out.error = QString::fromUtf8(e.what());
        return out;
    }
}

} // namespace ad::csv::workbook
