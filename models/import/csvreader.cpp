#include "import/csvreader.h"
#include "import/recordspool.h"

#include "import/csvreaderdetail.h"
#include "import/recordstage.h"

#include "import/workbookreader.h"

#include "import/csvparser.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ad::csv {

using detail::fileProblem;
using detail::kChunk;
using detail::kMaxBytes;
using detail::RecordStage;

namespace {

// Excel writes "sep=;" as the first line of a CSV file to name its delimiter.
std::optional<QChar> sepLineDelimiter(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*\"?sep=(.)\"?[ \\t]*(\\r\\n|\\r|\\n|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.left(64));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).at(0);
}

// One pass over the bytes with a given encoding. Returns false when the encoding failed
// (invalid UTF-8 in auto mode) so that the caller retries with Windows-1252.
bool parseWith(const std::function<qint64(char *, qint64)> &read, qint64 total, qint64 bomSize,
               Enc enc, bool failOnInvalid, const ReadOptions &options, ReadResult *result,
               int *firstInvalidRow)
{
    Decoder decoder(enc);
    QByteArray buf;
    qint64 done = 0;
    bool first = true;
    std::optional<Parser> parser;
    bool stop = false;
    bool invalidSeen = false;

    RecordStage stage(options, result);
    auto sink = [&stage](Record &&r) { return stage.add(std::move(r)); };

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
                fileProblem(QStringLiteral("file_unreadable"),
                            QCoreApplication::translate("ad::csv::CsvReader",
                                                        "The file could not be read to the end.")));
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
            Problem p = fileProblem(
                QStringLiteral("encoding_invalid"),
                QCoreApplication::translate(
                    "ad::csv::CsvReader",
                    "The file is not valid %1: row %2 has bytes that are not %1. Choose the "
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
            QCoreApplication::translate(
                "ad::csv::CsvReader",
                "The file is not valid %1: row %2 has bytes that are not %1. Choose the "
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
    stage.finish();
    return true;
}

} // namespace

QStringList CsvReader::knownEncodings()
{
    return {QStringLiteral("UTF-8"),      QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"),   QStringLiteral("Windows-1252"),
            QStringLiteral("ISO-8859-1"), QStringLiteral("macintosh")};
}

static ReadResult readImpl(const std::function<qint64(char *, qint64)> &read,
                           const std::function<bool()> &rewind, const QByteArray &head,
                           qint64 total, const QString &fileName, const ReadOptions &options)
{
    ReadResult result;
    result.fileName = fileName;
    if (options.spool)
        options.spool->clear(); // a file read again starts a new spool
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
            result.fileErrors.append(
                fileProblem(QStringLiteral("encoding_unknown"),
                            QCoreApplication::translate("ad::csv::CsvReader",
                                                        "Unknown encoding \"%1\"; use one of: %2.")
                                .arg(options.encoding,
                                     CsvReader::knownEncodings().join(QStringLiteral(", ")))));
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
        result.fileErrors.append(
            fileProblem(QStringLiteral("file_empty"),
                        QCoreApplication::translate("ad::csv::CsvReader", "The file is empty.")));
        return result;
    }
    const bool tryUtf8 = autoDetect && !bom;
    int firstInvalidRow = 0;
    if (!parseWith(read, total, bomSize, enc, tryUtf8, options, &result, &firstInvalidRow)) {
        // Not valid UTF-8: start again as Windows-1252 and say so.
        if (options.onRecords)
            options.onRecords({}, {}, true);
        if (options.spool)
            options.spool->clear();
        result = ReadResult();
        result.fileName = fileName;
        if (!rewind()) {
            result.fileErrors.append(
                fileProblem(QStringLiteral("file_unreadable"),
                            QCoreApplication::translate("ad::csv::CsvReader",
                                                        "The file could not be read again.")));
            return result;
        }
        enc = Enc::Cp1252;
        int unused = 0;
        parseWith(read, total, 0, enc, false, options, &result, &unused);
        Problem w;
        w.code = QStringLiteral("encoding_fallback");
        w.row = firstInvalidRow;
        w.message =
            QCoreApplication::translate(
                "ad::csv::CsvReader",
                "The file is not valid UTF-8 (row %1 is the first that is not); it was read as "
                "Windows-1252. If accents look wrong, choose the file's encoding.")
                .arg(firstInvalidRow);
        result.warnings.prepend(w);
    }
    result.encoding = encName(enc, bom);
    detail::finishRead(&result, options);
    return result;
}

ReadResult CsvReader::readFile(const QString &path, const ReadOptions &options)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ReadResult r;
            r.fileName = path;
            r.fileErrors.append(
                fileProblem(QStringLiteral("file_unreadable"),
                            QCoreApplication::translate("ad::csv::CsvReader",
                                                        "Standard input cannot be read.")));
            return r;
        }
        return detail::readSequential(in, QStringLiteral("-"), options);
    }
    const QFileInfo fi(path);
    QFile file(path);
    if (!fi.exists() || fi.isDir() || !file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.fileName = fi.fileName();
        r.fileErrors.append(fileProblem(
            QStringLiteral("file_unreadable"),
            !fi.exists()
                ? QCoreApplication::translate("ad::csv::CsvReader", "The file %1 does not exist.")
                      .arg(path)
            : fi.isDir() ? QCoreApplication::translate("ad::csv::CsvReader",
                                                       "%1 is a folder, not a CSV file.")
                               .arg(path)
                         : QCoreApplication::translate("ad::csv::CsvReader",
                                                       "The file %1 cannot be opened: %2")
                               .arg(path, file.errorString())));
        return r;
    }
    if (!fi.isFile() || file.isSequential())
        return detail::readSequential(file, fi.fileName(), options);
    if (file.size() > kMaxBytes) {
        ReadResult r;
        r.fileName = fi.fileName();
        r.fileErrors.append(
            fileProblem(QStringLiteral("file_too_large"),
                        QCoreApplication::translate(
                            "ad::csv::CsvReader",
                            "The file is larger than 1 GiB; split it into smaller files.")));
        return r;
    }
    if (workbook::mayBeWorkbook(file.peek(8)))
        return CsvReader::readWorkbook(file.readAll(), fi.fileName(), options);
    const QByteArray head = file.peek(4);
    auto read = [&file](char *data, qint64 max) { return file.read(data, max); };
    auto rewind = [&file]() { return file.seek(0); };
    return readImpl(read, rewind, head, file.size(), fi.fileName(), options);
}

ReadResult CsvReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                const ReadOptions &options)
{
    if (workbook::mayBeWorkbook(bytes.left(8)))
        return readWorkbook(bytes, fileName, options);
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

} // namespace ad::csv
