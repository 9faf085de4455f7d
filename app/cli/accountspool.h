#pragma once

#include "domain/importplan.h"

#include <QByteArray>
#include <QTemporaryFile>

namespace ad::cli {

// The rows that add, as `import --json` lists them, written to a temporary file as the import
// hands them over (AccountSink) instead of held: the report copies them into its `accounts`
// array at the end, so that a 1,000,000-row import does not hold a million accounts for it.
// Each entry is the element's JSON text as the document prints it (jsonElement()), in row order.
class AccountSpool {
public:
    AccountSpool();
    AccountSpool(const AccountSpool &) = delete;
    AccountSpool &operator=(const AccountSpool &) = delete;

    void clear(); // the import starts over: forget what was spooled
    void add(const PlannedAccount &account);
    qint64 count() const { return m_count; }
    bool ok() const { return !m_failed; }

    // Reading back, once the import is over: rewind(), then next() until it returns false.
    bool rewind();
    bool next(int *row, QByteArray *element);

private:
    QTemporaryFile m_file;
    QByteArray m_buffer; // written in large blocks; read back through the same buffer
    qsizetype m_pos = 0;
    qint64 m_count = 0;
    qint64 m_read = 0;
    bool m_failed = false;
    void flush();
};

// An element of the report's `accounts` array as QJsonDocument's indented text prints it inside
// the document (two levels deep), without the separator.
QByteArray jsonElement(const QJsonObject &o);

} // namespace ad::cli
