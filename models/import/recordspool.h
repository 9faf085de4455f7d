#pragma once

#include <QFile>
#include <QStringList>
#include <QTemporaryFile>
#include <functional>

namespace ad::csv {

struct Record;

// The records of a file as read, on disk instead of in memory (a temporary file, removed with the
// spool): what --errors-csv copies the rejected rows from at the end, so that a 1,000,000-row
// import does not hold its rows for it (ReadOptions::spool). Written by the reading thread, read
// once reading is over.
class RecordSpool {
public:
    RecordSpool();
    ~RecordSpool();
    RecordSpool(const RecordSpool &) = delete;
    RecordSpool &operator=(const RecordSpool &) = delete;

    void clear(); // the file is read again: forget what was spooled
    void add(const Record &record);
    // Each record spooled, in order (row and fields; `malformed` is not kept). False if the
    // spool could not be written or read back.
    bool forEach(const std::function<void(int row, const QStringList &fields)> &visit);
    qint64 count() const { return m_count; }

private:
    QTemporaryFile m_file;
    QByteArray m_buffer; // written to the file in large blocks
    qint64 m_count = 0;
    bool m_failed = false;
    void flush();
};

} // namespace ad::csv
