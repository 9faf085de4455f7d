// CsvReader's workbook path: a sheet's rows become records directly, through the same record
// stage as CSV text (recordstage.h), without being written as CSV text and parsed again. What
// the CSV path does to the text a sheet used to become is done here to the cells: fields
// trimmed and unguarded as the parser does (cleanField), every row padded to the widest,
// blank rows skipped, a byte order mark at the very start dropped (twice, as the BOM check and
// the decoder each drop one), and text that is not UTF-8 refused with the row it is in.
#include "import/csvreaderdetail.h"
#include "import/recordspool.h"
#include "import/recordstage.h"
#include "import/sheetcells.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace ad::csv::detail {

namespace {

constexpr int kProgressRows = 8192;

bool ascii(std::string_view text)
{
    // Eight bytes at a time: no byte with its high bit set.
    const char *p = text.data();
    size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; n > 0; ++p, --n)
        if (uchar(*p) >= 0x80)
            return false;
    return true;
}

class CellDecoder {
public:
    // The cell's text as a field; sets invalid() when it is not UTF-8.
    QString field(std::string_view text)
    {
        if (text.empty())
            return QString();
        // Most cells are ASCII: Latin-1 is the same there, and Qt converts it fastest.
        if (ascii(text)) {
            QString s = QString::fromLatin1(text.data(), qsizetype(text.size()));
            // Nothing to trim (QChar::isSpace in ASCII: tab to carriage return, space) and no
            // guard quote: cleanField would return it as it is.
            auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
            if (!space(text.front()) && !space(text.back()) && text.front() != '\'')
                return s;
            return cleanField(std::move(s));
        }
        return cleanField(QString(m_decoder(QByteArrayView(text.data(), qsizetype(text.size())))));
    }
    bool invalid() const { return m_decoder.hasError(); }

private:
    // Stateless: a cell ending in half a character is not UTF-8 (in the CSV text the next
    // byte followed it); ConvertInitialBom: a BOM inside the text is kept, as in the CSV text.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
};

// The first cell of the first row without the byte order marks the CSV path drops.
std::string_view withoutLeadingBoms(std::string_view text)
{
    for (int i = 0; i < 2 && text.substr(0, 3) == "\xEF\xBB\xBF"; ++i)
        text.remove_prefix(3);
    return text;
}

Problem invalidUtf8(int row)
{
    Problem p =
        fileProblem(QStringLiteral("encoding_invalid"),
                    QCoreApplication::translate(
                        "ad::csv::CsvReader",
                        "The file is not valid %1: row %2 has bytes that are not %1. Choose the "
                        "file's encoding (for example Windows-1252 or macintosh).")
                        .arg(QStringLiteral("UTF-8"))
                        .arg(row));
    p.row = row;
    return p;
}

} // namespace

ReadResult readRows(const workbook::SheetRows &rows, const QString &fileName,
                    const ReadOptions &options)
{
    ReadResult result;
    result.fileName = fileName;
    if (options.spool)
        options.spool->clear();
    result.encoding = QStringLiteral("UTF-8");
    result.delimiter = QLatin1Char(',');
    if (rows.rowCount() == 0) {
        result.fileErrors.append(
            fileProblem(QStringLiteral("file_empty"),
                        QCoreApplication::translate("ad::csv::CsvReader", "The file is empty.")));
        return result;
    }
    result.delimiterDetected = false;
    RecordStage stage(options, &result);
    CellDecoder decoder;
    // A shared string is made a field once; its cells share that QString (a workbook repeats
    // its products, time zones and flags in every row).
    std::vector<QString> sharedFields(rows.shared.size());
    std::vector<bool> sharedDone(rows.shared.size());
    auto fieldOf = [&](const workbook::SheetRows::Cell &c, int r) -> QString {
        if (r == 0 && c.col == 0)
            return decoder.field(withoutLeadingBoms(rows.cellText(c)));
        if (c.shared == workbook::SheetRows::kNotShared)
            return decoder.field(rows.cellText(c));
        if (!sharedDone[c.shared]) {
            sharedFields[c.shared] = decoder.field(rows.cellText(c));
            sharedDone[c.shared] = true;
        }
        return sharedFields[c.shared];
    };
    const int count = rows.rowCount();
    bool stopped = false;
    for (int r = 0; r < count; ++r) {
        const size_t first = rows.rowStart[size_t(r)], end = rows.rowEnd(r);
        if (stopped) {
            // The CSV path finds text that is not UTF-8 after its last record too, in the
            // megabyte it has read: so does this one, in about the same text.
            if (first < end && rows.cells[first].from >= kChunk)
                break;
            for (size_t i = first; i < end; ++i)
                fieldOf(rows.cells[i], r);
        } else {
            Record rec;
            rec.row = r + 1;
            rec.fields.resize(rows.width);
            for (size_t i = first; i < end; ++i) {
                const workbook::SheetRows::Cell &c = rows.cells[i];
                rec.fields[c.col] = fieldOf(c, r);
            }
            if (!decoder.invalid() && !stage.add(std::move(rec)))
                stopped = true;
        }
        if (decoder.invalid()) {
            result.fileErrors.append(invalidUtf8(r + 1));
            return result;
        }
        if (options.progress && !stopped && (r + 1) % kProgressRows == 0 &&
            !options.progress(r + 1, count)) {
            result.cancelled = true;
            return result;
        }
    }
    if (options.progress && !options.progress(count, count)) {
        result.cancelled = true;
        return result;
    }
    stage.finish();
    finishRead(&result, options);
    return result;
}

} // namespace ad::csv::detail
