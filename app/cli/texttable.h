#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ad::cli {

// A text table whose columns are as wide as their widest cell (headers included), so that it
// stays aligned in every language.
class TextTable {
public:
    TextTable(const QStringList &headers, const QList<int> &rightAligned = {},
              const QString &indent = {})
        : m_right(rightAligned), m_indent(indent)
    {
        m_rows.append(headers);
    }
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    QString text() const
    {
        QList<int> widths;
        for (const QStringList &r : m_rows)
            for (int i = 0; i < r.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = qMax(widths[i], int(r.at(i).size()));
            }
        QStringList lines;
        for (const QStringList &r : m_rows) {
            QStringList cells;
            for (int i = 0; i < r.size(); ++i) {
                const bool last = i == r.size() - 1;
                if (m_right.contains(i))
                    cells << r.at(i).rightJustified(widths.at(i));
                else
                    cells << (last ? r.at(i) : r.at(i).leftJustified(widths.at(i)));
            }
            lines << m_indent + cells.join(QStringLiteral("  "));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<QStringList> m_rows;
    QList<int> m_right;
    QString m_indent;
};

} // namespace ad::cli
