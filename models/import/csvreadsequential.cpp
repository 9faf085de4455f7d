// CsvReader's sequential path: a pipe, a FIFO or standard input, which cannot be measured or
// read twice.
#include "import/csvreaderdetail.h"

#include <QCoreApplication>
#include <QFile>

namespace ad::csv::detail {

Problem fileProblem(const QString &code, const QString &message)
{
    Problem p;
    p.code = code;
    p.message = message;
    return p;
}

// A pipe, a FIFO or standard input cannot be measured or read twice (the Windows-1252 fallback
// reads again): its bytes are read into memory first, up to the size limit.
ReadResult readSequential(QFile &file, const QString &name, const ReadOptions &options)
{
    QByteArray bytes;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0) {
            ReadResult r;
            r.fileName = name;
            r.fileErrors.append(
                fileProblem(QStringLiteral("file_unreadable"),
                            QCoreApplication::translate("ad::csv::CsvReader",
                                                        "The file could not be read to the end.")));
            return r;
        }
        if (got == 0 && (file.atEnd() || !file.waitForReadyRead(-1)))
            break;
        bytes.append(chunk.constData(), got);
        if (bytes.size() > kMaxBytes) {
            ReadResult r;
            r.fileName = name;
            r.fileErrors.append(
                fileProblem(QStringLiteral("file_too_large"),
                            QCoreApplication::translate(
                                "ad::csv::CsvReader",
                                "The file is larger than 1 GiB; split it into smaller files.")));
            return r;
        }
    }
    return CsvReader::readBytes(bytes, name, options);
}

} // namespace ad::csv::detail
