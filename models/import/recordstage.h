#pragma once

// The reader's record stage, shared by CSV text (csvreader.cpp, after the RFC 4180 parser) and
// workbook sheets (readrows.cpp, from the sheet's cells): where the header is, the data records
// padded to it, the row limit, the batches to onRecords and the spool. One path, so a sheet's
// rows are read exactly as the same rows in a CSV file. Private to the import layer.
#include "import/csvreader.h"

#include <vector>

namespace ad::csv::detail {

// The mapping by position: the one given, or for a file without a header the template's order.
std::optional<QList<Field>> effectiveMapping(const ReadOptions &options);

// A parsed field as the reader keeps it: trimmed, and a cell exported with a guard against
// formula injection ('=..., '+..., '-..., '@...) without its apostrophe.
inline QString cleanField(QString &&field)
{
    QString f = std::move(field).trimmed();
    if (f.size() >= 2 && f.at(0) == QLatin1Char('\'') &&
        (f.at(1) == QLatin1Char('=') || f.at(1) == QLatin1Char('+') ||
         f.at(1) == QLatin1Char('-') || f.at(1) == QLatin1Char('@')))
        f.remove(0, 1);
    return f;
}

class RecordStage {
public:
    RecordStage(const ReadOptions &options, ReadResult *result);
    // A record as read (blank ones are skipped); false when reading should stop (the row limit,
    // the preview's rows).
    bool add(Record &&r);
    // The end of the records: a header among fewer than ten rows, the last batch.
    void finish();

private:
    bool addData(Record &&r);
    void takeHeader(const Record &h, bool detected);
    void deliver();

    const ReadOptions &m_options;
    ReadResult *m_result;
    const std::optional<QList<Field>> m_mapping;
    std::vector<Record> m_pending; // rows read while looking for the header
    qsizetype m_delivered = 0;
    int m_headerFields = 0;
    int m_previewCount = 0;
    bool m_headerSeen = false;
    bool m_sawFirst = false;
};

// What the reader checks once every record is read: a file without rows, the header mapped,
// a header without data rows.
void finishRead(ReadResult *result, const ReadOptions &options);

} // namespace ad::csv::detail
