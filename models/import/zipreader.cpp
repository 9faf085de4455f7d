#include "import/zipreader.h"

#include <libdeflate.h>

namespace ad::csv {

namespace {

quint16 u16(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

} // namespace

bool ZipReader::open(const QByteArray &archive)
{
    m_archive = archive;
    m_members.clear();
    const qint64 n = archive.size();
    // The end-of-directory record is the last 22 bytes, followed by a comment of up to 64 KiB.
    qint64 end = -1;
    for (qint64 at = n - 22; at >= 0 && at >= n - 22 - 65535; --at)
        if (u32(archive, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    if (end < 0) {
        m_error = QStringLiteral("no ZIP directory");
        return false;
    }
    const quint16 count = u16(archive, end + 10);
    qint64 at = u32(archive, end + 16);
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > n || u32(archive, at) != kDirectoryEntry) {
            m_error = QStringLiteral("damaged ZIP directory");
            return false;
        }
        Member m;
        m.method = u16(archive, at + 10);
        m.compressedSize = u32(archive, at + 20);
        m.size = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28);
        const quint16 extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        m.localOffset = u32(archive, at + 42);
        if (at + 46 + nameLength > n) {
            m_error = QStringLiteral("damaged ZIP directory");
            return false;
        }
        m_members.insert(QString::fromUtf8(archive.constData() + at + 46, nameLength), m);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool ZipReader::read(const QString &name, QByteArray *out, qint64 maxBytes)
{
    out->clear();
    const auto it = m_members.constFind(name);
    if (it == m_members.constEnd()) {
        m_error = QStringLiteral("no member %1").arg(name);
        return false;
    }
    const Member &m = *it;
    const qint64 n = m_archive.size();
    const qint64 at = m.localOffset;
    if (at + 30 > n || u32(m_archive, at) != kLocalHeader) {
        m_error = QStringLiteral("damaged member %1").arg(name);
        return false;
    }
    const qint64 data = at + 30 + u16(m_archive, at + 26) + u16(m_archive, at + 28);
    if (data + qint64(m.compressedSize) > n || qint64(m.size) > maxBytes) {
        m_error = QStringLiteral("damaged or too large member %1").arg(name);
        return false;
    }
    if (m.method == 0) {
        *out = m_archive.mid(data, m.compressedSize);
        return true;
    }
    if (m.method != 8) {
        m_error = QStringLiteral("member %1 uses compression method %2").arg(name).arg(m.method);
        return false;
    }
    if (m.size == 0)
        return true;
    out->resize(qsizetype(m.size));
    // libdeflate inflates a whole member in one call, about twice as fast as zlib. No actual
    // size asked for: the member must inflate to exactly the size its entry names.
    libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    if (!d) {
        m_error = QStringLiteral("libdeflate cannot start");
        out->clear();
        return false;
    }
    const libdeflate_result rc = libdeflate_deflate_decompress(
        d, m_archive.constData() + data, m.compressedSize, out->data(), m.size, nullptr);
    libdeflate_free_decompressor(d);
    if (rc != LIBDEFLATE_SUCCESS) {
        out->clear();
        m_error = QStringLiteral("member %1 cannot be inflated").arg(name);
        return false;
    }
    return true;
}

} // namespace ad::csv
