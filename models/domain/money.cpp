#include "domain/money.h"

#include <QLocale>

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

QString display(qint64 minorUnits, const QString &currency)
{
    const QLocale locale;
    const double value = minorUnits / 100.0;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(value);
    return locale.toString(value, 'f', 2) + QLatin1Char(' ') + currency;
}

} // namespace ad::money
