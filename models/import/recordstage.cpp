#include "import/recordstage.h"

#include "import/csvreaderdetail.h"
#include "import/headermap.h"
#include "import/recordspool.h"

#include <QCoreApplication>

namespace ad::csv::detail {

namespace {

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.isEmpty())
            return false;
    return true;
}

bool isSepLine(const QStringList &fields)
{
    QString joined = fields.join(QString());
    joined.remove(QLatin1Char('"'));
    return joined.size() <= 6 && joined.startsWith(QLatin1String("sep="), Qt::CaseInsensitive);
}

} // namespace

std::optional<QList<Field>> effectiveMapping(const ReadOptions &options)
{
    if (options.mapping || options.hasHeader)
        return options.mapping;
    return allFields();
}

RecordStage::RecordStage(const ReadOptions &options, ReadResult *result)
    : m_options(options), m_result(result), m_mapping(effectiveMapping(options))
{
}

void RecordStage::deliver()
{
    if (!m_options.onRecords || !m_result->fileErrors.isEmpty() ||
        m_delivered >= m_result->records.size())
        return;
    m_options.onRecords(m_result->records.mid(m_delivered), m_result->columns, false);
    if (m_options.keepRecords) {
        m_delivered = m_result->records.size();
    } else {
        m_result->records.clear();
        m_delivered = 0;
    }
}

void RecordStage::takeHeader(const Record &h, bool detected)
{
    m_headerSeen = true;
    m_headerFields = h.fields.size();
    m_result->headerRow = h.row;
    m_result->header = h.fields;
    if (detected) {
        Problem w;
        w.code = QStringLiteral("header_row_detected");
        w.row = h.row;
        w.message =
            QCoreApplication::translate("ad::csv::CsvReader",
                                        "The header is row %1; the rows above it were skipped.")
                .arg(h.row);
        m_result->warnings.append(w);
    }
    if (m_options.onRecords) {
        CsvReader::mapHeader(m_result, m_mapping, m_options);
        m_result->headerMapped = true;
    }
    if (m_options.previewRows > 0)
        ++m_previewCount;
}

// Where the header is (docs/import.md): a given row; else the first row after an Excel "sep="
// line and "#" lines (PowerShell's "#TYPE ...") that names the mandatory columns, among the first
// ten; else the first row, as before (the mapping then says what is missing).
bool RecordStage::add(Record &&r)
{
    if (isBlank(r.fields) && r.malformed.isEmpty())
        return true;
    const bool firstRecord = !m_sawFirst;
    m_sawFirst = true;
    if (!m_headerSeen && m_options.hasHeader) {
        if (m_options.headerRow > 0) {
            if (r.row < m_options.headerRow)
                return true; // above the header the user named
            takeHeader(r, false);
            return true;
        }
        if (firstRecord && isSepLine(r.fields))
            return true;
        const bool candidate = namesMandatoryColumns(r.fields, m_options);
        if (!candidate && m_pending.empty() && r.fields.value(0).startsWith(QLatin1Char('#')))
            return true; // a comment or #TYPE line before the header
        if (m_mapping || candidate) {
            takeHeader(r, !m_pending.empty());
            m_pending.clear();
            return true;
        }
        m_pending.push_back(std::move(r));
        if (m_pending.size() < 10)
            return true;
        // None of the first ten rows names the columns: the first is the header.
        std::vector<Record> rest = std::move(m_pending);
        m_pending.clear();
        takeHeader(rest.front(), false);
        for (size_t i = 1; i < rest.size(); ++i)
            if (!addData(std::move(rest[i])))
                return false;
        return true;
    }
    if (!m_headerSeen) {
        // No header row: columns are named by position and this record is data.
        m_headerSeen = true;
        m_headerFields = r.fields.size();
        m_result->headerRow = 0;
        for (int i = 0; i < m_headerFields; ++i)
            m_result->header
                << QCoreApplication::translate("ad::csv::CsvReader", "Column %1").arg(i + 1);
        if (m_options.onRecords) {
            CsvReader::mapHeader(m_result, m_mapping, m_options);
            m_result->headerMapped = true;
        }
    }
    return addData(std::move(r));
}

bool RecordStage::addData(Record &&r)
{
    if (r.fields.size() > m_headerFields) {
        bool extra = false;
        for (int i = m_headerFields; i < r.fields.size(); ++i)
            extra = extra || !r.fields.at(i).isEmpty();
        if (extra && r.malformed.isEmpty())
            r.malformed = QCoreApplication::translate(
                              "ad::csv::CsvReader",
                              "Row %1 has %2 fields but the header has %3; a value may hold an "
                              "unquoted delimiter — quote it or remove the extra values.")
                              .arg(r.row)
                              .arg(r.fields.size())
                              .arg(m_headerFields);
        r.fields.resize(m_headerFields);
    }
    while (r.fields.size() < m_headerFields)
        r.fields.append(QString());
    if (m_result->dataRows >= m_options.maxRows) {
        m_result->fileErrors.append(
            fileProblem(QStringLiteral("file_too_large"),
                        QCoreApplication::translate(
                            "ad::csv::CsvReader",
                            "The file has more than %L1 data rows; split it into smaller files.")
                            .arg(m_options.maxRows)));
        if (!m_options.keepRecords && m_options.onRecords)
            m_result->records.clear(); // the rows before are not held either
        return false;
    }
    if (m_options.spool)
        m_options.spool->add(r);
    m_result->records.append(std::move(r));
    ++m_result->dataRows;
    if (m_options.onRecords && m_result->records.size() - m_delivered >= m_options.batchSize)
        deliver();
    if (m_options.previewRows > 0 && ++m_previewCount >= m_options.previewRows)
        return false;
    return true;
}

void RecordStage::finish()
{
    if (!m_headerSeen && !m_pending.empty()) {
        // Fewer than ten rows and none names the columns: the first is the header.
        std::vector<Record> rest = std::move(m_pending);
        m_pending.clear();
        takeHeader(rest.front(), false);
        for (size_t i = 1; i < rest.size(); ++i)
            if (!addData(std::move(rest[i])))
                break;
    }
    deliver();
    if (!m_options.keepRecords && m_options.onRecords)
        m_result->records.clear(); // undelivered after a file error: refused anyway
}

void finishRead(ReadResult *result, const ReadOptions &options)
{
    if (!result->fileErrors.isEmpty() || result->cancelled)
        return;
    if (result->header.isEmpty()) {
        result->fileErrors.append(
            fileProblem(QStringLiteral("file_empty"),
                        QCoreApplication::translate("ad::csv::CsvReader",
                                                    "The file holds no rows (only blank lines).")));
        return;
    }
    if (!result->headerMapped)
        CsvReader::mapHeader(result, effectiveMapping(options), options);
    if (result->fileErrors.isEmpty() && result->dataRows == 0 && options.previewRows == 0)
        result->fileErrors.append(
            fileProblem(QStringLiteral("file_empty"),
                        QCoreApplication::translate(
                            "ad::csv::CsvReader", "The file has a header row but no data rows.")));
}

} // namespace ad::csv::detail
