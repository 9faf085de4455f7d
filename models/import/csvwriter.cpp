#include "import/csvwriter.h"

#include <QSaveFile>

namespace ad {

QString CsvWriter::escapeCell(const QString &cell)
{
    return escapeCell(cell, QLatin1Char(','));
}

QString CsvWriter::escapeCell(const QString &cell, QChar delimiter)
{
    QString c = cell;
    if (!c.isEmpty()) {
        const QChar first = c.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            c.prepend(QLatin1Char('\''));
    }
    const bool quote = c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) ||
                       c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')) ||
                       c.contains(QLatin1Char(';')) || c.contains(QLatin1Char('\t')) ||
                       c.contains(delimiter) || c != c.trimmed();
    if (!quote)
        return c;
    c.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + c + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            m_text += m_delimiter;
        m_text += escapeCell(cells.at(i), m_delimiter);
    }
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

bool CsvWriter::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(bytes());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace ad
