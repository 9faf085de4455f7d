#pragma once

#include <QString>
#include <QStringList>

namespace ad {

// Writes RFC 4180 CSV (comma, CRLF, UTF-8 with BOM so that spreadsheets read accents).
// Cells a spreadsheet would run as a formula (starting with = + - @, TAB or CR) are written
// with a leading apostrophe (OWASP's advice); the reader strips it again for the template's
// columns, so an export re-imports unchanged.
class CsvWriter {
public:
    void addRow(const QStringList &cells);
    bool save(const QString &path, QString *error) const;
    QByteArray bytes() const;
    static QString escapeCell(const QString &cell);
    static QString escapeCell(const QString &cell, QChar delimiter);
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; } // default ','

private:
    QString m_text;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace ad
