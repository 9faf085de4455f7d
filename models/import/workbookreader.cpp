#include "import/workbookreader.h"

#include "import/csvreader.h"
#include "import/csvreaderdetail.h"
#include "import/odsreader.h"
#include "import/xlsxreader.h"
#include "import/zipreader.h"

#include <QCoreApplication>

namespace ad::csv::workbook {

namespace {

Problem fileProblem(const char *code, const QString &message)
{
    Problem p;
    p.code = QString::fromLatin1(code);
    p.message = message;
    return p;
}

} // namespace

bool mayBeWorkbook(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") ||
           head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Kind detect(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return Kind::Legacy;
    if (!bytes.startsWith("PK\x03\x04"))
        return Kind::None;
    if (isOds(bytes))
        return Kind::Ods;
    ZipReader zip;
    if (zip.open(bytes) && zip.contains(QStringLiteral("[Content_Types].xml")) &&
        (zip.contains(QStringLiteral("xl/workbook.xml")) ||
         zip.contains(QStringLiteral("_rels/.rels"))))
        return Kind::Xlsx;
    return Kind::OtherZip;
}

Sheet read(const QByteArray &bytes, Kind kind, const QString &sheetName)
{
    Sheet out;
    if (kind == Kind::Legacy || kind == Kind::OtherZip || kind == Kind::None) {
        out.errors << fileProblem(
            "file_format_unsupported",
            kind == Kind::Legacy
                ? QCoreApplication::translate(
                      "ad::csv::Workbook",
                      "This is an Excel 97-2003 workbook (.xls), which cannot be read. Save it "
                      "as .xlsx, .ods or CSV (File > Save As) and import that file.")
                : QCoreApplication::translate(
                      "ad::csv::Workbook",
                      "This is a ZIP archive, but not an .xlsx or .ods workbook. Import the CSV "
                      "file, or a workbook saved as .xlsx or .ods."));
        return out;
    }
    out.format = kind == Kind::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("ODS");

    SheetText sheet = kind == Kind::Xlsx ? readXlsx(bytes, sheetName) : readOds(bytes, sheetName);
    if (!sheet.ok) {
        out.errors << fileProblem(
            "file_unreadable",
            QCoreApplication::translate(
                "ad::csv::Workbook",
                "The %1 workbook cannot be read (%2). Open it in a spreadsheet program and save it "
                "again, or save the sheet as CSV.")
                .arg(out.format, sheet.error));
        return out;
    }
    out.names = sheet.names;
    if (sheet.chosen >= 0) {
        out.name = sheet.names.at(sheet.chosen);
        out.rows = std::move(sheet.rows);
        return out;
    }
    if (out.names.isEmpty())
        out.errors << fileProblem(
            "file_empty",
            QCoreApplication::translate("ad::csv::Workbook", "The workbook has no sheets."));
    else
        out.errors << fileProblem(
            "sheet_unknown",
            QCoreApplication::translate("ad::csv::Workbook",
                                        "The workbook has no sheet \"%1\"; its sheets are: %2.")
                .arg(sheetName, out.names.join(QStringLiteral(", "))));
    return out;
}

} // namespace ad::csv::workbook

namespace ad::csv {

ReadResult CsvReader::readWorkbook(const QByteArray &bytes, const QString &fileName,
                                   const ReadOptions &options)
{
    workbook::Sheet sheet = workbook::read(bytes, workbook::detect(bytes), options.sheet.trimmed());
    ReadResult result;
    if (sheet.errors.isEmpty()) {
        // The sheet's rows are read as UTF-8, comma-separated CSV would be, whatever the
        // options say.
        ReadOptions o = options;
        o.encoding = QStringLiteral("UTF-8");
        o.delimiter = QLatin1Char(',');
        result = detail::readRows(sheet.rows, fileName, o);
        result.delimiterDetected = false;
    } else {
        result.fileName = fileName;
        result.fileErrors = sheet.errors;
    }
    // A header not found on the first sheet of a workbook with several: the rows are perhaps on
    // another sheet.
    if (sheet.names.size() > 1)
        for (Problem &p : result.fileErrors)
            if (p.code == QLatin1String("header_missing_column"))
                p.message += QLatin1Char(' ') +
                             QCoreApplication::translate(
                                 "ad::csv::Workbook",
                                 "(Sheet \"%1\" was read; the workbook's sheets are: %2. Choose "
                                 "another sheet.)")
                                 .arg(sheet.name, sheet.names.join(QStringLiteral(", ")));
    result.format = sheet.format;
    result.sheet = sheet.name;
    result.sheets = sheet.names;
    if (!sheet.format.isEmpty())
        result.encoding = QStringLiteral("%1 workbook").arg(sheet.format);
    return result;
}

} // namespace ad::csv
