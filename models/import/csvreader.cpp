#include "import/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <vector>
#include <QSet>
#include <QRegularExpression>

namespace ad::csv {

namespace {


constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxBytes = qint64(1) << 30; // 1 GiB: far above 1,000,000 rows of real data

// Windows-1252 bytes 0x80..0x9F; the rest is Latin-1.
const char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Mac Roman (classic Mac OS, old Excel for Mac) bytes 0x80..0xFF.
const char16_t kMacRomanHigh[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

enum class Enc { Utf8, Utf16LE, Utf16BE, Cp1252, Latin1, MacRoman };

QString encName(Enc e, bool bom)
{
    switch (e) {
    case Enc::Utf8: return bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    case Enc::Utf16LE: return QStringLiteral("UTF-16LE");
    case Enc::Utf16BE: return QStringLiteral("UTF-16BE");
    case Enc::Cp1252: return QStringLiteral("Windows-1252");
    case Enc::Latin1: return QStringLiteral("ISO-8859-1");
    case Enc::MacRoman: return QStringLiteral("macintosh");
    }
    return {};
}

std::optional<Enc> parseEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
        return Enc::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Enc::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return Enc::Utf16BE;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("win1252"))
        return Enc::Cp1252;
    if (n == QLatin1String("iso88591") || n == QLatin1String("latin1"))
        return Enc::Latin1;
    if (n == QLatin1String("macintosh") || n == QLatin1String("macroman") || n == QLatin1String("mac"))
        return Enc::MacRoman;
    return std::nullopt;
}

// Decodes chunk by chunk, keeping state across chunk boundaries.
class Decoder {
public:
    Decoder(Enc e) : m_enc(e)
    {
        if (e == Enc::Utf8)
            m_dec = QStringDecoder(QStringDecoder::Utf8);
        else if (e == Enc::Utf16LE)
            m_dec = QStringDecoder(QStringDecoder::Utf16LE);
        else if (e == Enc::Utf16BE)
            m_dec = QStringDecoder(QStringDecoder::Utf16BE);
    }
    QString decode(const QByteArray &bytes)
    {
        if (m_enc == Enc::Cp1252 || m_enc == Enc::Latin1 || m_enc == Enc::MacRoman) {
            QString out(bytes.size(), Qt::Uninitialized);
            QChar *d = out.data();
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                const uchar b = uchar(bytes.at(i));
                if (m_enc == Enc::MacRoman)
                    d[i] = b >= 0x80 ? QChar(kMacRomanHigh[b - 0x80]) : QChar(ushort(b));
                else
                    d[i] = (m_enc == Enc::Cp1252 && b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80])
                                                                            : QChar(ushort(b));
            }
            return out;
        }
        return m_dec.decode(bytes);
    }
    bool hasError() const
    {
        return (m_enc == Enc::Utf8 || m_enc == Enc::Utf16LE || m_enc == Enc::Utf16BE) && m_dec.hasError();
    }

private:
    Enc m_enc;
    QStringDecoder m_dec;
};

// Chooses the delimiter that gives the most consistent number of fields (> 1) over the first
// records; ties go to the order , ; TAB |.
QChar detectDelimiter(const QString &sample)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (QChar c : candidates) {
        QList<int> counts;
        int fields = 1;
        bool inQuote = false;
        bool lineHasContent = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 30; ++i) {
            const QChar ch = sample.at(i);
            if (ch == QLatin1Char('"')) {
                inQuote = !inQuote;
                lineHasContent = true;
            } else if (!inQuote && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
                if (lineHasContent)
                    counts << fields;
                fields = 1;
                lineHasContent = false;
            } else if (!inQuote && ch == c) {
                ++fields;
                lineHasContent = true;
            } else if (!ch.isSpace()) {
                lineHasContent = true;
            }
        }
        if (lineHasContent && counts.size() < 30)
            counts << fields;
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Score: records agreeing with the header's field count, weighted by that count.
        int agree = 0;
        for (int n : counts)
            if (n == counts.first())
                ++agree;
        const int score = agree * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

// The RFC 4180 state machine. Fed decoded text in pieces; emits records.
class Parser {
public:
    Parser(QChar delim, std::function<bool(Record &&)> sink) : m_delim(delim), m_emit(std::move(sink)) {}

    // Returns false when the consumer asked to stop.
    bool feed(const QString &text)
    {
        const QChar *p = text.constData();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = p[i];
            if (m_skipLf) {
                m_skipLf = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            switch (m_state) {
            case State::FieldStart:
                if (c == QLatin1Char('"')) {
                    m_state = State::Quoted;
                    m_quoted = true;
                    break;
                }
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                    if (c == m_delim) {
                        endField();
                        break;
                    }
                    m_field.append(c); // leading white space before a quote is trimmed later
                    break;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted:
                if (c != m_delim && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('"')) {
                    // Fast path: take the run up to the next special character at once.
                    qsizetype j = i + 1;
                    while (j < n) {
                        const QChar d = p[j];
                        if (d == m_delim || d == QLatin1Char('\n') || d == QLatin1Char('\r') || d == QLatin1Char('"'))
                            break;
                        ++j;
                    }
                    m_field.append(p + i, j - i);
                    i = j - 1;
                    break;
                }
                if (c == m_delim) {
                    endField();
                } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    m_skipLf = c == QLatin1Char('\r');
                    if (!endRecord())
                        return false;
                } else if (c == QLatin1Char('"') && m_field.trimmed().isEmpty()) {
                    m_field.clear(); // white space, then a quote: a quoted field
                    m_state = State::Quoted;
                    m_quoted = true;
                } else {
                    m_field.append(c);
                }
                break;
            case State::Quoted:
                if (c == QLatin1Char('"')) {
                    m_state = State::QuoteInQuoted;
                } else {
                    qsizetype j = i + 1;
                    while (j < n && p[j] != QLatin1Char('"'))
                        ++j;
                    m_field.append(p + i, j - i);
                    i = j - 1;
                }
                break;
            case State::QuoteInQuoted:
                if (c == QLatin1Char('"')) {
                    m_field.append(c);
                    m_state = State::Quoted;
                } else if (c == m_delim) {
                    endField();
                } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    m_skipLf = c == QLatin1Char('\r');
                    if (!endRecord())
                        return false;
                } else {
                    // Text after a closing quote: kept (lenient), the field continues unquoted.
                    m_field.append(c);
                    m_state = State::Unquoted;
                }
                break;
            }
        }
        return true;
    }

    bool finish()
    {
        if (m_state == State::Quoted) {
            m_unterminated = true;
            return endRecord();
        }
        if (m_state != State::FieldStart || !m_fields.isEmpty() || !m_field.isEmpty())
            return endRecord();
        return true;
    }

    int rowsSeen() const { return m_row; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void endField()
    {
        // The field's buffer moves into the record (trimmed in place): one allocation per field.
        QString f = std::move(m_field).trimmed();
        m_field = QString();
        // An exported cell guarded against formula injection ('=..., '+..., '-..., '@...).
        if (f.size() >= 2 && f.at(0) == QLatin1Char('\'') &&
            (f.at(1) == QLatin1Char('=') || f.at(1) == QLatin1Char('+') || f.at(1) == QLatin1Char('-') ||
             f.at(1) == QLatin1Char('@')))
            f.remove(0, 1);
        m_fields.append(std::move(f));
        m_quoted = false;
        m_state = State::FieldStart;
    }
    bool endRecord()
    {
        endField();
        ++m_row;
        Record r;
        r.row = m_row;
        r.fields = std::move(m_fields);
        m_fields = QStringList();
        m_fields.reserve(r.fields.size());
        if (m_unterminated)
            r.malformed = QCoreApplication::translate("ad::csv::CsvReader", "A quoted field that starts in row %1 is never closed; add the missing "
                             "closing quote (\").").arg(m_row);
        return m_emit(std::move(r));
    }

    QChar m_delim;
    std::function<bool(Record &&)> m_emit;
    State m_state = State::FieldStart;
    QString m_field;
    QStringList m_fields;
    bool m_quoted = false;
    bool m_skipLf = false;
    bool m_unterminated = false;
    int m_row = 0;
};

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.isEmpty())
            return false;
    return true;
}

Problem fileProblem(const QString &code, const QString &message)
{
    Problem p;
    p.code = code;
    p.message = message;
    return p;
}

// Excel writes "sep=;" as the first line of a CSV file to name its delimiter.
std::optional<QChar> sepLineDelimiter(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\"?sep=(.)\"?[ \\t]*(\\r\\n|\\r|\\n|$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.left(64));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).at(0);
}

bool isSepLine(const QStringList &fields)
{
    QString joined = fields.join(QString());
    joined.remove(QLatin1Char('"'));
    return joined.size() <= 6 && joined.startsWith(QLatin1String("sep="), Qt::CaseInsensitive);
}

// A header row names every mandatory column.
bool namesMandatoryColumns(const QStringList &cells)
{
    QSet<Field> named;
    for (const QString &c : cells)
        named.insert(fieldForHeader(c));
    for (Field f : allFields())
        if (isMandatory(f) && !named.contains(f))
            return false;
    return true;
}

// The mapping by position: the one given, or for a file without a header the template's order.
std::optional<QList<Field>> effectiveMapping(const ReadOptions &options)
{
    if (options.mapping || options.hasHeader)
        return options.mapping;
    return allFields();
}

// One pass over the bytes with a given encoding. Returns false when the encoding failed
// (invalid UTF-8 in auto mode) so that the caller retries with Windows-1252.
bool parseWith(const std::function<qint64(char *, qint64)> &read, qint64 total, qint64 bomSize, Enc enc,
               bool failOnInvalid, const ReadOptions &options, ReadResult *result, int *firstInvalidRow)
{
    Decoder decoder(enc);
    QByteArray buf;
    qint64 done = 0;
    bool first = true;
    std::optional<Parser> parser;
    bool stop = false;
    bool headerSeen = false;
    bool invalidSeen = false;
    int headerFields = 0;
    int previewCount = 0;

    qsizetype delivered = 0;
    auto deliver = [&]() {
        if (!options.onRecords || !result->fileErrors.isEmpty() || delivered >= result->records.size())
            return;
        options.onRecords(result->records.mid(delivered), result->columns, false);
        delivered = result->records.size();
    };
    // Where the header is (docs/import.md): a given row; else the first row after an Excel
    // "sep=" line and "#" lines (PowerShell's "#TYPE ...") that names the mandatory columns,
    // among the first ten; else the first row, as before (the mapping then says what is missing).
    std::vector<Record> pending; // rows read while looking for the header
    bool sawFirst = false;
    const auto mapping = effectiveMapping(options);
    auto takeHeader = [&](const Record &h, bool detected) {
        headerSeen = true;
        headerFields = h.fields.size();
        result->headerRow = h.row;
        result->header = h.fields;
        if (detected) {
            Problem w;
            w.code = QStringLiteral("header_row_detected");
            w.row = h.row;
            w.message = QCoreApplication::translate("ad::csv::CsvReader", "The header is row %1; the rows above it were skipped.").arg(h.row);
            result->warnings.append(w);
        }
        if (options.onRecords) {
            CsvReader::mapHeader(result, mapping);
            result->headerMapped = true;
        }
        if (options.previewRows > 0)
            ++previewCount;
    };
    std::function<bool(Record &&)> addData;
    auto sink = [&](Record &&r) -> bool {
        if (isBlank(r.fields) && r.malformed.isEmpty())
            return true;
        const bool firstRecord = !sawFirst;
        sawFirst = true;
        if (!headerSeen && options.hasHeader) {
            if (options.headerRow > 0) {
                if (r.row < options.headerRow)
                    return true; // above the header the user named
                takeHeader(r, false);
                return true;
            }
            if (firstRecord && isSepLine(r.fields))
                return true;
            const bool candidate = namesMandatoryColumns(r.fields);
            if (!candidate && pending.empty() && r.fields.value(0).startsWith(QLatin1Char('#')))
                return true; // a comment or #TYPE line before the header
            if (mapping || candidate) {
                takeHeader(r, !pending.empty());
                pending.clear();
                return true;
            }
            pending.push_back(std::move(r));
            if (pending.size() < 10)
                return true;
            // None of the first ten rows names the columns: the first is the header.
            std::vector<Record> rest = std::move(pending);
            pending.clear();
            takeHeader(rest.front(), false);
            for (size_t i = 1; i < rest.size(); ++i)
                if (!addData(std::move(rest[i])))
                    return false;
            return true;
        }
        if (!headerSeen) {
            // No header row: columns are named by position and this record is data.
            headerSeen = true;
            headerFields = r.fields.size();
            result->headerRow = 0;
            for (int i = 0; i < headerFields; ++i)
                result->header << QCoreApplication::translate("ad::csv::CsvReader", "Column %1").arg(i + 1);
            if (options.onRecords) {
                CsvReader::mapHeader(result, mapping);
                result->headerMapped = true;
            }
        }
        return addData(std::move(r));
    };
    addData = [&](Record &&r) -> bool {
        if (r.fields.size() > headerFields) {
            bool extra = false;
            for (int i = headerFields; i < r.fields.size(); ++i)
                extra = extra || !r.fields.at(i).isEmpty();
            if (extra && r.malformed.isEmpty())
                r.malformed = QCoreApplication::translate("ad::csv::CsvReader", "Row %1 has %2 fields but the header has %3; a value may hold an "
                                 "unquoted delimiter — quote it or remove the extra values.")
                                  .arg(r.row)
                                  .arg(r.fields.size())
                                  .arg(headerFields);
            r.fields.resize(headerFields);
        }
        while (r.fields.size() < headerFields)
            r.fields.append(QString());
        if (result->records.size() >= options.maxRows) {
            result->fileErrors.append(fileProblem(
                QStringLiteral("file_too_large"),
                QCoreApplication::translate("ad::csv::CsvReader", "The file has more than %L1 data rows; split it into smaller files.").arg(options.maxRows)));
            return false;
        }
        result->records.append(std::move(r));
        if (options.onRecords && result->records.size() - delivered >= options.batchSize)
            deliver();
        if (options.previewRows > 0 && ++previewCount >= options.previewRows)
            return false;
        return true;
    };

    buf.resize(kChunk);
    if (bomSize > 0) {
        QByteArray skip(bomSize, Qt::Uninitialized);
        read(skip.data(), bomSize);
        done = bomSize;
    }
    while (!stop) {
        const qint64 got = read(buf.data(), kChunk);
        if (got < 0) {
            result->fileErrors.append(
                fileProblem(QStringLiteral("file_unreadable"), QCoreApplication::translate("ad::csv::CsvReader", "The file could not be read to the end.")));
            return true;
        }
        if (got == 0)
            break;
        done += got;
        QString text = decoder.decode(QByteArray::fromRawData(buf.constData(), got));
        const bool invalidHere = decoder.hasError() && !invalidSeen;
        invalidSeen = invalidSeen || decoder.hasError();
        if (first) {
            first = false;
            const std::optional<QChar> sep = sepLineDelimiter(text);
            if (options.delimiter.isNull() && sep) {
                result->delimiter = *sep; // Excel's "sep=;" first line
                result->delimiterDetected = true;
            } else if (options.delimiter.isNull()) {
                result->delimiter = detectDelimiter(text.left(65536));
                result->delimiterDetected = true;
            } else {
                result->delimiter = options.delimiter;
                result->delimiterDetected = false;
            }
            parser.emplace(result->delimiter, sink);
        }
        if (invalidHere) {
            // The row of the first bytes that do not decode: the decoder put U+FFFD there.
            qsizetype at = text.indexOf(QChar(0xFFFD));
            if (at < 0)
                at = text.size();
            if (!parser->feed(text.left(at)))
                stop = true;
            *firstInvalidRow = parser->rowsSeen() + 1;
            if (failOnInvalid)
                return false; // read again as Windows-1252
            // The user's (or the BOM's) encoding does not decode the file: say where, never
            // store replacement characters.
            Problem p = fileProblem(QStringLiteral("encoding_invalid"),
                                    QCoreApplication::translate("ad::csv::CsvReader", "The file is not valid %1: row %2 has bytes that are not %1. Choose the "
                                                                "file's encoding (for example Windows-1252 or macintosh).")
                                        .arg(encName(enc, false))
                                        .arg(*firstInvalidRow));
            p.row = *firstInvalidRow;
            result->fileErrors.append(p);
            return true;
        }
        if (!stop && !parser->feed(text))
            stop = true;
        if (options.progress && !options.progress(done, total)) {
            result->cancelled = true;
            return true;
        }
    }
    if (decoder.hasError() && !invalidSeen) {
        // An incomplete sequence at the very end.
        *firstInvalidRow = parser ? parser->rowsSeen() + 1 : 1;
        if (failOnInvalid)
            return false;
        result->fileErrors.append(fileProblem(
            QStringLiteral("encoding_invalid"),
            QCoreApplication::translate("ad::csv::CsvReader", "The file is not valid %1: row %2 has bytes that are not %1. Choose the "
                                        "file's encoding (for example Windows-1252 or macintosh).")
                .arg(encName(enc, false))
                .arg(*firstInvalidRow)));
        return true;
    }
    if (!parser) {
        result->delimiter = options.delimiter.isNull() ? QLatin1Char(',') : options.delimiter;
        result->delimiterDetected = options.delimiter.isNull();
    } else if (!stop) {
        parser->finish();
    }
    if (!headerSeen && !pending.empty()) {
        // Fewer than ten rows and none names the columns: the first is the header.
        std::vector<Record> rest = std::move(pending);
        pending.clear();
        takeHeader(rest.front(), false);
        for (size_t i = 1; i < rest.size(); ++i)
            if (!addData(std::move(rest[i])))
                break;
    }
    deliver();
    return true;
}

} // namespace

QStringList CsvReader::knownEncodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),   QStringLiteral("UTF-16BE"),
            QStringLiteral("Windows-1252"), QStringLiteral("ISO-8859-1"), QStringLiteral("macintosh")};
}

static ReadResult readImpl(const std::function<qint64(char *, qint64)> &read,
                           const std::function<bool()> &rewind, const QByteArray &head, qint64 total,
                           const QString &fileName, const ReadOptions &options)
{
    ReadResult result;
    result.fileName = fileName;
    qint64 bomSize = 0;
    Enc enc = Enc::Utf8;
    bool bom = false;
    bool autoDetect = options.encoding.isEmpty();
    if (head.startsWith("\xEF\xBB\xBF")) {
        enc = Enc::Utf8;
        bomSize = 3;
        bom = true;
    } else if (head.startsWith("\xFF\xFE")) {
        enc = Enc::Utf16LE;
        bomSize = 2;
        bom = true;
    } else if (head.startsWith("\xFE\xFF")) {
        enc = Enc::Utf16BE;
        bomSize = 2;
        bom = true;
    }
    if (!autoDetect) {
        const auto forced = parseEncoding(options.encoding);
        if (!forced) {
            result.fileErrors.append(fileProblem(
                QStringLiteral("encoding_unknown"),
                QCoreApplication::translate("ad::csv::CsvReader", "Unknown encoding \"%1\"; use one of: %2.")
                    .arg(options.encoding, CsvReader::knownEncodings().join(QStringLiteral(", ")))));
            return result;
        }
        // A BOM of the forced encoding is still skipped.
        const bool sameFamily = (*forced == enc && bom);
        enc = *forced;
        if (!sameFamily) {
            bomSize = 0;
            bom = false;
        }
    }
    if (total == 0 || (total == bomSize)) {
        result.encoding = encName(enc, bom);
        result.delimiter = options.delimiter.isNull() ? QLatin1Char(',') : options.delimiter;
        result.fileErrors.append(fileProblem(QStringLiteral("file_empty"), QCoreApplication::translate("ad::csv::CsvReader", "The file is empty.")));
        return result;
    }
    const bool tryUtf8 = autoDetect && !bom;
    int firstInvalidRow = 0;
    if (!parseWith(read, total, bomSize, enc, tryUtf8, options, &result, &firstInvalidRow)) {
        // Not valid UTF-8: start again as Windows-1252 and say so.
        if (options.onRecords)
            options.onRecords({}, {}, true);
        result = ReadResult();
        result.fileName = fileName;
        if (!rewind()) {
            result.fileErrors.append(
                fileProblem(QStringLiteral("file_unreadable"), QCoreApplication::translate("ad::csv::CsvReader", "The file could not be read again.")));
            return result;
        }
        enc = Enc::Cp1252;
        int unused = 0;
        parseWith(read, total, 0, enc, false, options, &result, &unused);
        Problem w;
        w.code = QStringLiteral("encoding_fallback");
        w.row = firstInvalidRow;
        w.message = QCoreApplication::translate("ad::csv::CsvReader", "The file is not valid UTF-8 (row %1 is the first that is not); it was read as "
                                                "Windows-1252. If accents look wrong, choose the file's encoding.")
                        .arg(firstInvalidRow);
        result.warnings.prepend(w);
    }
    result.encoding = encName(enc, bom);
    if (!result.fileErrors.isEmpty() || result.cancelled)
        return result;
    if (result.header.isEmpty()) {
        result.fileErrors.append(fileProblem(QStringLiteral("file_empty"),
                                             QCoreApplication::translate("ad::csv::CsvReader", "The file holds no rows (only blank lines).")));
        return result;
    }
    if (!result.headerMapped)
        CsvReader::mapHeader(&result, effectiveMapping(options));
    if (result.fileErrors.isEmpty() && result.records.isEmpty() && options.previewRows == 0)
        result.fileErrors.append(fileProblem(QStringLiteral("file_empty"),
                                             QCoreApplication::translate("ad::csv::CsvReader", "The file has a header row but no data rows.")));
    return result;
}

// A pipe, a FIFO or standard input cannot be measured or read twice (the Windows-1252 fallback
// reads again): its bytes are read into memory first, up to the size limit.
static ReadResult readSequential(QFile &file, const QString &name, const ReadOptions &options)
{
    QByteArray bytes;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0) {
            ReadResult r;
            r.fileName = name;
            r.fileErrors.append(fileProblem(QStringLiteral("file_unreadable"),
                                            QCoreApplication::translate("ad::csv::CsvReader", "The file could not be read to the end.")));
            return r;
        }
        if (got == 0 && (file.atEnd() || !file.waitForReadyRead(-1)))
            break;
        bytes.append(chunk.constData(), got);
        if (bytes.size() > kMaxBytes) {
            ReadResult r;
            r.fileName = name;
            r.fileErrors.append(fileProblem(QStringLiteral("file_too_large"),
                                            QCoreApplication::translate("ad::csv::CsvReader", "The file is larger than 1 GiB; split it into smaller files.")));
            return r;
        }
    }
    return CsvReader::readBytes(bytes, name, options);
}

ReadResult CsvReader::readFile(const QString &path, const ReadOptions &options)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ReadResult r;
            r.fileName = path;
            r.fileErrors.append(fileProblem(QStringLiteral("file_unreadable"),
                                            QCoreApplication::translate("ad::csv::CsvReader", "Standard input cannot be read.")));
            return r;
        }
        return readSequential(in, QStringLiteral("-"), options);
    }
    const QFileInfo fi(path);
    QFile file(path);
    if (!fi.exists() || fi.isDir() || !file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.fileName = fi.fileName();
        r.fileErrors.append(fileProblem(
            QStringLiteral("file_unreadable"),
            !fi.exists() ? QCoreApplication::translate("ad::csv::CsvReader", "The file %1 does not exist.").arg(path)
                         : fi.isDir() ? QCoreApplication::translate("ad::csv::CsvReader", "%1 is a folder, not a CSV file.").arg(path)
                                      : QCoreApplication::translate("ad::csv::CsvReader", "The file %1 cannot be opened: %2").arg(path, file.errorString())));
        return r;
    }
    if (!fi.isFile() || file.isSequential())
        return readSequential(file, fi.fileName(), options);
    if (file.size() > kMaxBytes) {
        ReadResult r;
        r.fileName = fi.fileName();
        r.fileErrors.append(fileProblem(QStringLiteral("file_too_large"),
                                        QCoreApplication::translate("ad::csv::CsvReader", "The file is larger than 1 GiB; split it into smaller files.")));
        return r;
    }
    const QByteArray head = file.peek(4);
    auto read = [&file](char *data, qint64 max) { return file.read(data, max); };
    auto rewind = [&file]() { return file.seek(0); };
    return readImpl(read, rewind, head, file.size(), fi.fileName(), options);
}

ReadResult CsvReader::readBytes(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    qint64 pos = 0;
    auto read = [&](char *data, qint64 max) {
        const qint64 n = qMin(max, qint64(bytes.size()) - pos);
        if (n > 0)
            memcpy(data, bytes.constData() + pos, size_t(n));
        pos += qMax<qint64>(n, 0);
        return qMax<qint64>(n, 0);
    };
    auto rewind = [&]() {
        pos = 0;
        return true;
    };
    return readImpl(read, rewind, bytes.left(4), bytes.size(), fileName, options);
}

void CsvReader::mapHeader(ReadResult *result, const std::optional<QList<Field>> &mapping)
{
    result->columns.clear();
    for (int i = 0; i < result->header.size(); ++i) {
        Field f = Field::Ignored;
        if (mapping)
            f = i < mapping->size() ? mapping->at(i) : Field::Ignored;
        else
            f = fieldForHeader(result->header.at(i));
        result->columns.append(f);
    }
    // Duplicates: the same field named twice.
    for (Field f : allFields()) {
        QList<int> at;
        for (int i = 0; i < result->columns.size(); ++i)
            if (result->columns.at(i) == f)
                at << i;
        if (at.size() > 1) {
            Problem p;
            p.code = QStringLiteral("header_duplicate_column");
            p.field = fieldName(f);
            p.row = result->headerRow;
            p.value = result->header.value(at.at(1));
            p.message = QCoreApplication::translate("ad::csv::CsvReader", "The column \"%1\" appears twice (columns %2 and %3); keep one of them.")
                            .arg(fieldName(f))
                            .arg(at.at(0) + 1)
                            .arg(at.at(1) + 1);
            result->fileErrors.append(p);
        }
    }
    for (Field f : allFields()) {
        if (isMandatory(f) && !result->columns.contains(f)) {
            Problem p;
            p.code = QStringLiteral("header_missing_column");
            p.field = fieldName(f);
            p.row = result->headerRow;
            p.message = QCoreApplication::translate("ad::csv::CsvReader", "The mandatory column \"%1\" is missing. The first row must be the header: %2")
                            .arg(fieldName(f), templateLine());
            result->fileErrors.append(p);
        }
    }
    for (int i = 0; i < result->columns.size(); ++i) {
        if (result->columns.at(i) != Field::Ignored || result->header.at(i).isEmpty())
            continue;
        Problem w;
        w.code = QStringLiteral("column_ignored");
        w.field = result->header.at(i);
        w.message = QCoreApplication::translate("ad::csv::CsvReader", "The column \"%1\" is not a template column and is ignored.").arg(result->header.at(i));
        result->warnings.append(w);
    }
}

} // namespace ad::csv
