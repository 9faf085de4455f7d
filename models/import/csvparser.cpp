#include "import/csvparser.h"

#include <QList>

namespace ad::csv {

// Chooses the delimiter that gives the most consistent number of fields (> 1) over the first
// records; ties go to the order , ; TAB |.
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
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Score: records agreeing with the header's field count, weighted by that count.
        int agree = 0;
        for (int n : counts)
            if (n == counts.first())
                ++agree;
        const int score = agree * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace ad::csv
