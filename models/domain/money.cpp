#include "money.h"

namespace ad::money {

QString plain(qint64 minorUnits)
{
    const bool negative = minorUnits < 0;
    const qint64 v = negative ? -minorUnits : minorUnits;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 100)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ad::money
