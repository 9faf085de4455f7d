#include "accountspool.h"

#include "jsonout.h"

#include <QJsonDocument>
#include <QtEndian>

namespace ad::cli {

namespace {

constexpr qsizetype kBlock = 1 << 20;

} // namespace

QByteArray jsonElement(const QJsonObject &o)
{
    // A document of its own prints the object at level 0; inside `accounts` it is at level 2:
    // eight more spaces on every line (JSON strings hold no raw line break).
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (text.endsWith('\n'))
        text.chop(1);
    text.replace("\n", "\n        ");
    return QByteArray(8, ' ') + text;
}

AccountSpool::AccountSpool()
{
    m_failed = !m_file.open();
}

void AccountSpool::clear()
{
    m_buffer.clear();
    m_count = 0;
    if (!m_failed)
        m_failed = !m_file.resize(0) || !m_file.seek(0);
}

void AccountSpool::add(const PlannedAccount &account)
{
    const QByteArray element = jsonElement(plannedAccountJson(account));
    char head[8];
    qToLittleEndian(quint32(account.row), head);
    qToLittleEndian(quint32(element.size()), head + 4);
    m_buffer.append(head, 8);
    m_buffer.append(element);
    ++m_count;
    if (m_buffer.size() >= kBlock)
        flush();
}

void AccountSpool::flush()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = m_file.write(m_buffer) != m_buffer.size();
    m_buffer.clear();
}

bool AccountSpool::rewind()
{
    flush();
    if (m_failed || !m_file.flush() || !m_file.seek(0))
        return false;
    m_pos = 0;
    m_read = 0;
    return true;
}

bool AccountSpool::next(int *row, QByteArray *element)
{
    if (m_failed || m_read >= m_count)
        return false;
    auto need = [&](qsizetype n) {
        if (m_buffer.size() - m_pos >= n)
            return true;
        m_buffer = m_buffer.mid(m_pos) + m_file.read(qMax<qint64>(kBlock, n));
        m_pos = 0;
        return m_buffer.size() >= n;
    };
    if (!need(8)) {
        m_failed = true;
        return false;
    }
    *row = int(qFromLittleEndian<quint32>(m_buffer.constData() + m_pos));
    const qsizetype size = qsizetype(qFromLittleEndian<quint32>(m_buffer.constData() + m_pos + 4));
    m_pos += 8;
    if (!need(size)) {
        m_failed = true;
        return false;
    }
    *element = m_buffer.mid(m_pos, size);
    m_pos += size;
    ++m_read;
    return true;
}

} // namespace ad::cli
