#include "import/textdecoder.h"

namespace ad::csv {

namespace {
// Windows-1252 bytes 0x80..0x9F; the rest is Latin-1.
const char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Mac Roman (classic Mac OS, old Excel for Mac) bytes 0x80..0xFF.
const char16_t kMacRomanHigh[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

} // namespace

QString encName(Enc e, bool bom)
{
    switch (e) {
    case Enc::Utf8:
        return bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    case Enc::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Enc::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Enc::Cp1252:
        return QStringLiteral("Windows-1252");
    case Enc::Latin1:
        return QStringLiteral("ISO-8859-1");
    case Enc::MacRoman:
        return QStringLiteral("macintosh");
    }
    return {};
}

std::optional<Enc> parseEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
        return Enc::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Enc::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return Enc::Utf16BE;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") ||
        n == QLatin1String("win1252"))
        return Enc::Cp1252;
    if (n == QLatin1String("iso88591") || n == QLatin1String("latin1"))
        return Enc::Latin1;
    if (n == QLatin1String("macintosh") || n == QLatin1String("macroman") ||
        n == QLatin1String("mac"))
        return Enc::MacRoman;
    return std::nullopt;
}

Decoder::Decoder(Enc e) : m_enc(e)
{
    if (e == Enc::Utf8)
        m_dec = QStringDecoder(QStringDecoder::Utf8);
    else if (e == Enc::Utf16LE)
        m_dec = QStringDecoder(QStringDecoder::Utf16LE);
    else if (e == Enc::Utf16BE)
        m_dec = QStringDecoder(QStringDecoder::Utf16BE);
}
QString Decoder::decode(const QByteArray &bytes)
{
    if (m_enc == Enc::Cp1252 || m_enc == Enc::Latin1 || m_enc == Enc::MacRoman) {
        QString out(bytes.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar b = uchar(bytes.at(i));
            if (m_enc == Enc::MacRoman)
                d[i] = b >= 0x80 ? QChar(kMacRomanHigh[b - 0x80]) : QChar(ushort(b));
            else
                d[i] = (m_enc == Enc::Cp1252 && b >= 0x80 && b <= 0x9F)
                           ? QChar(kCp1252High[b - 0x80])
                           : QChar(ushort(b));
        }
        return out;
    }
    return m_dec.decode(bytes);
}
bool Decoder::hasError() const
{
    return (m_enc == Enc::Utf8 || m_enc == Enc::Utf16LE || m_enc == Enc::Utf16BE) &&
           m_dec.hasError();
}

} // namespace ad::csv
