#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ad::csv {

// Reads the members of a ZIP archive held in memory (what an .xlsx is): the central directory
// names each member, its method (stored or deflated) and sizes; a member is inflated with
// libdeflate when asked for. No ZIP64 (workbooks are far below 4 GiB and 65,535 members), no
// encryption.
class ZipReader {
public:
    // False (with error()) when the bytes are not a readable ZIP archive.
    bool open(const QByteArray &archive);
    bool contains(const QString &name) const { return m_members.contains(name); }
    // The member's bytes; false (with error()) when it is missing, damaged or over maxBytes.
    bool read(const QString &name, QByteArray *out, qint64 maxBytes = qint64(1) << 31);
    QString error() const { return m_error; }

private:
    struct Member {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    QByteArray m_archive;
    QHash<QString, Member> m_members;
    QString m_error;
};

} // namespace ad::csv
