#include "import/recordspool.h"

#include "import/csvreader.h"

#include <QtEndian>

namespace ad::csv {

namespace {

constexpr qsizetype kBlock = 1 << 20;

void putInt(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

RecordSpool::RecordSpool()
{
    m_failed = !m_file.open();
}

RecordSpool::~RecordSpool() = default;

void RecordSpool::clear()
{
    m_buffer.clear();
    m_count = 0;
    if (!m_failed)
        m_failed = !m_file.resize(0) || !m_file.seek(0);
}

// A record: row, number of fields, then each field as its UTF-8 length and bytes.
void RecordSpool::add(const Record &record)
{
    putInt(m_buffer, quint32(record.row));
    putInt(m_buffer, quint32(record.fields.size()));
    for (const QString &f : record.fields) {
        const QByteArray utf8 = f.toUtf8();
        putInt(m_buffer, quint32(utf8.size()));
        m_buffer.append(utf8);
    }
    ++m_count;
    if (m_buffer.size() >= kBlock)
        flush();
}

void RecordSpool::flush()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = m_file.write(m_buffer) != m_buffer.size();
    m_buffer.clear();
}

bool RecordSpool::forEach(const std::function<void(int row, const QStringList &fields)> &visit)
{
    flush();
    if (m_failed || !m_file.flush() || !m_file.seek(0))
        return false;
    QByteArray block;
    qsizetype pos = 0;
    // At least `n` bytes from pos on in `block` (reading the next block as needed).
    auto need = [&](qsizetype n) {
        if (block.size() - pos >= n)
            return true;
        block = block.mid(pos) + m_file.read(qMax<qint64>(kBlock, n));
        pos = 0;
        return block.size() >= n;
    };
    auto getInt = [&](quint32 *v) {
        if (!need(4))
            return false;
        *v = qFromLittleEndian<quint32>(block.constData() + pos);
        pos += 4;
        return true;
    };
    QStringList fields;
    for (qint64 i = 0; i < m_count; ++i) {
        quint32 row = 0, n = 0;
        if (!getInt(&row) || !getInt(&n))
            return false;
        fields.clear();
        for (quint32 k = 0; k < n; ++k) {
            quint32 len = 0;
            if (!getInt(&len) || !need(qsizetype(len)))
                return false;
            fields.append(QString::fromUtf8(block.constData() + pos, qsizetype(len)));
            pos += qsizetype(len);
        }
        visit(int(row), fields);
    }
    return m_file.seek(m_file.size()); // further records append
}

} // namespace ad::csv
