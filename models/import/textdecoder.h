#pragma once

#include <QString>
#include <QStringDecoder>
#include <optional>

// The encodings the reader knows, and a decoder that keeps its state across chunks.
namespace ad::csv {

enum class Enc { Utf8, Utf16LE, Utf16BE, Cp1252, Latin1, MacRoman };

QString encName(Enc e, bool bom); // "UTF-8 (BOM)", "Windows-1252", "macintosh"...
std::optional<Enc>
parseEncoding(const QString &name); // a user's name for it, any case and spelling

// Decodes chunk by chunk, keeping state across chunk boundaries.
class Decoder {
public:
    explicit Decoder(Enc e);
    QString decode(const QByteArray &bytes);
    bool hasError() const; // bytes that are not of the encoding were met (UTF-8 / UTF-16 only)

private:
    Enc m_enc;
    QStringDecoder m_dec;
};

} // namespace ad::csv
