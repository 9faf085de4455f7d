#include "domain/didspecs.h"

#include "domain/refusals.h"
#include "domain/rules.h"

#include <QSet>

namespace ad::rules {

QList<Problem> expandDidSpecs(const QStringList &specs, QStringList *numbers)
{
    QList<Problem> problems;
    QSet<QString> seen;
    auto take = [&](const QString &n) {
        if (!seen.contains(n)) {
            seen.insert(n);
            *numbers << n;
        }
    };
    for (const QString &spec : specs) {
        const int dots = spec.indexOf(QLatin1String(".."));
        if (dots < 0) {
            const auto d = normaliseDid(spec);
            if (!d)
                problems.append(refusal::didInvalid(spec));
            else
                take(*d);
            continue;
        }
        const auto first = normaliseDid(spec.left(dots));
        const auto last = normaliseDid(spec.mid(dots + 2));
        if (!first || !last || first->size() != last->size() || *first > *last) {
            problems.append(refusal::didRangeInvalid(spec));
            continue;
        }
        const qint64 a = first->toLongLong();
        const qint64 b = last->toLongLong();
        if (b - a >= 10000) {
            problems.append(refusal::didRangeTooLarge(spec, b - a + 1));
            continue;
        }
        for (qint64 n = a; n <= b; ++n)
            take(QStringLiteral("%1").arg(n, int(first->size()), 10, QLatin1Char('0')));
    }
    return problems;
}

QString didSummary(const QStringList &numbers)
{
    return numbers.size() > 3 ? QStringLiteral("%1 … %2 (%3 numbers)")
                                    .arg(numbers.first(), numbers.last())
                                    .arg(numbers.size())
                              : numbers.join(QLatin1Char(' '));
}

} // namespace ad::rules
