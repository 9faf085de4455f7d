#include "import/csvparser.h"

#include <QHash>
#include <QList>

namespace ad::csv {

QChar detectDelimiter(const QString &sample)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'),
                                QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (QChar c : candidates) {
        QList<int> counts;
        int fields = 1;
        bool inQuote = false;
        bool lineHasContent = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 30; ++i) {
            const QChar ch = sample.at(i);
            if (ch == QLatin1Char('"')) {
                inQuote = !inQuote;
                lineHasContent = true;
            } else if (!inQuote && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
                if (lineHasContent)
                    counts << fields;
                fields = 1;
                lineHasContent = false;
            } else if (!inQuote && ch == c) {
                ++fields;
                lineHasContent = true;
            } else if (!ch.isSpace()) {
                lineHasContent = true;
            }
        }
        if (lineHasContent && counts.size() < 30)
            counts << fields;
        // Score: the most common field count above one (a title line, a "#" remark or a
        // PowerShell "#TYPE" line above the header has one field, or a stray comma: the first
        // line alone chose "," for a ";" file with a title row), by how many records agree with
        // it, weighted by that count.
        QHash<int, int> seen;
        for (int n : counts)
            if (n > 1)
                ++seen[n];
        int common = 0, agree = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (it.value() > agree || (it.value() == agree && it.key() > common)) {
                common = it.key();
                agree = it.value();
            }
        if (agree == 0)
            continue;
        const int score = agree * 1000 + common;
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace ad::csv
