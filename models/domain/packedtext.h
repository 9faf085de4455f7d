#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>
#include <cstring>

// Values appended to one byte buffer and read back in the same order: the compact rows of
// OpenExtensions and ChangeList (issue #16: a million rows held at once). A text is its length
// (7 bits a byte; 0 = a null string, n + 1 = n bytes) and its UTF-8 bytes; a number is a varint
// or 8 raw bytes. Private to the domain layer's packed lists.
namespace ad::packed {

inline void putCount(QByteArray *out, quint64 n)
{
    while (n >= 0x80) {
        out->append(char(0x80 | (n & 0x7f)));
        n >>= 7;
    }
    out->append(char(n));
}

inline void putUtf8(QByteArray *out, QByteArrayView utf8)
{
    if (utf8.isNull()) {
        putCount(out, 0);
        return;
    }
    putCount(out, quint64(utf8.size()) + 1);
    out->append(utf8.data(), utf8.size());
}

inline void putText(QByteArray *out, const QString &text)
{
    if (text.isNull()) {
        putCount(out, 0);
        return;
    }
    // Written straight into the buffer, without a QByteArray made and freed a text (that was
    // ~40 % of appending a plan's row): an ASCII text of under 127 characters copied, another
    // text of at most 42 characters (at most 126 bytes of UTF-8: its count is one byte too)
    // encoded there; a longer one as before.
    const qsizetype at = out->size();
    const qsizetype n = text.size();
    if (n + 1 < 0x80) { // ASCII (most texts): copied as it is
        out->resize(at + 1 + n);
        char *const to = out->data() + at + 1;
        const QChar *const from = text.constData();
        qsizetype i = 0;
        while (i < n && from[i].unicode() < 0x80) {
            to[i] = char(from[i].unicode());
            ++i;
        }
        if (i == n) {
            (*out)[at] = char(n + 1);
            return;
        }
    }
    const qsizetype most = n * 3;
    if (most + 1 >= 0x80) {
        out->resize(at);
        putUtf8(out, text.toUtf8());
        return;
    }
    out->resize(at + 1 + most);
    char *const begin = out->data() + at + 1;
    QStringEncoder utf8(QStringEncoder::Utf8);
    char *const end = utf8.appendToBuffer(begin, text);
    out->resize(at + 1 + (end - begin));
    (*out)[at] = char(end - begin + 1);
}

inline void putInt(QByteArray *out, qint64 v)
{
    out->append(reinterpret_cast<const char *>(&v), sizeof v);
}

// Reads back what put*() wrote, from `at` on.
class Reader {
public:
    Reader(const QByteArray &buffer, qint64 at) : m_p(buffer.constData() + at) {}
    quint64 count()
    {
        quint64 n = 0;
        for (int shift = 0;; shift += 7) {
            const auto b = static_cast<unsigned char>(*m_p++);
            n |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return n;
        }
    }
    QString text()
    {
        const quint64 n = count();
        if (n == 0)
            return QString();
        const char *p = m_p;
        m_p += n - 1;
        return n == 1 ? QString(QLatin1String("")) : QString::fromUtf8(p, qsizetype(n - 1));
    }
    // The text's UTF-8 in the buffer (null when the text is null).
    QByteArrayView utf8()
    {
        const quint64 n = count();
        if (n == 0)
            return QByteArrayView();
        const char *p = m_p;
        m_p += n - 1;
        return QByteArrayView(p, qsizetype(n - 1));
    }
    void skipText()
    {
        const quint64 n = count();
        m_p += n ? n - 1 : 0;
    }
    qint64 integer()
    {
        qint64 v;
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return v;
    }

private:
    const char *m_p;
};

} // namespace ad::packed
