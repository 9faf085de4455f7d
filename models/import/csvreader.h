#pragma once

#include "domain/csvcolumns.h"
#include "domain/problem.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ad::csv {

struct Record {
    int row = 0;        // spreadsheet row (header = 1)
    QStringList fields; // trimmed
    QString malformed;  // non-empty: why the row is malformed (extra fields, unterminated quote)
};

struct ReadOptions {
    QString encoding; // empty = detect; else UTF-8, UTF-16LE, UTF-16BE, UTF-16, Windows-1252,
                      // ISO-8859-1, macintosh
    QChar delimiter;  // null = detect among , ; TAB |
    std::optional<QList<Field>> mapping; // by position; replaces the header mapping
    // By the file's own header text (--map "FILE COLUMN=FIELD"): compared like header names
    // (normalizedHeader()); wins over the aliases. Field::Ignored drops a column.
    QList<QPair<QString, Field>> columnMap;
    // Rows may update existing extensions (--update-existing): Product is then not mandatory
    // in the header (nor when the file has an Action column); a row that adds still needs one.
    bool updateExisting = false;
    bool hasHeader = true; // false: the first record is data; columns are "Column 1", ... in
                           // template order unless mapped
    int headerRow =
        0; // >0: the header is this spreadsheet row (rows above it are skipped); 0 = find it
    qint64 maxRows = 1000000; // data rows; more is file_too_large
    int previewRows = 0;      // >0: stop after this many records (raw preview for the wizard)
    std::function<bool(qint64 done, qint64 total)> progress; // bytes; return false to cancel
    // Called from the reading thread with the data records as they are read, in batches, with
    // the column mapping (known from the header on). `restart`: the file is being read again
    // (Windows-1252 fallback); forget what was delivered. Nothing is delivered once a file error
    // is known.
    std::function<void(const QList<Record> &batch, const QList<Field> &columns, bool restart)>
        onRecords;
    int batchSize = 4096;
    // false (with onRecords): the records are delivered and then let go, not kept in the result
    // (records stays empty): a caller that plans them as they come holds no row of the file, and
    // a file over maxRows is refused when its first row too many is read.
    bool keepRecords = true;
    // Each data record is also written here as read (--errors-csv copies the rejected rows from
    // it at the end), so that the rows need not be kept for that; cleared when the file is read
    // again. Owned by the caller.
    class RecordSpool *spool = nullptr;
    // A workbook (.xlsx, .ods): the sheet to read (--sheet); empty = the first sheet. The same
    // name with other capitals is found too.
    QString sheet;
};

struct ReadResult {
    QString fileName;
    QString encoding; // as used: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "Windows-1252", ...
    QChar delimiter;
    bool delimiterDetected = true;
    int headerRow = 0;
    QStringList header;
    QList<Field> columns;      // per file column
    QList<Record> records;     // data records, blank rows skipped
    qint64 dataRows = 0;       // data records read (also those not kept: keepRecords)
    QList<Problem> fileErrors; // row 0: file-level (file_unreadable, file_empty, ...)
    QList<Problem> warnings;
    bool cancelled = false;
    bool headerMapped = false;              // mapHeader() has run
    QString format = QStringLiteral("CSV"); // or "XLSX", "ODS"
    QString sheet;                          // a workbook: the sheet read
    QStringList sheets;                     // a workbook: all its sheets, in order

    bool ok() const { return fileErrors.isEmpty() && !cancelled; }
    int columnOf(Field f) const { return columns.indexOf(f); }
};

// Streams a CSV file (RFC 4180 with the leniencies of domain.md) into records and maps its
// header to the template's fields. Never throws; problems are values in the result.
class CsvReader {
public:
    static ReadResult readFile(const QString &path, const ReadOptions &options = {});
    static ReadResult readBytes(const QByteArray &bytes, const QString &fileName,
                                const ReadOptions &options = {});
    // Maps header cells to fields; adds header_missing_column / header_duplicate_column errors
    // and column_ignored warnings to *result.
    static void mapHeader(ReadResult *result, const std::optional<QList<Field>> &mapping,
                          const ReadOptions &options = {});
    static QStringList knownEncodings();
    // A workbook's sheet (options.sheet, else the first) read as CSV text; readFile() and
    // readBytes() call it when the content is a ZIP archive or an OLE2 file (workbookreader.h).
    static ReadResult readWorkbook(const QByteArray &bytes, const QString &fileName,
                                   const ReadOptions &options);
};

} // namespace ad::csv
