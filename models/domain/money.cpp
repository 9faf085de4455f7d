#include "domain/money.h"

#include <QLocale>
#include <algorithm>

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

std::optional<qint64> parse(const QString &text)
{
    const QString t = text.trimmed();
    const int dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString part = dot < 0 ? QString() : t.mid(dot + 1);
    const auto digits = [](const QString &s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    if (whole.isEmpty() || whole.size() > 8 || !digits(whole) || !digits(part) || part.size() > 2 ||
        (dot >= 0 && part.isEmpty()))
        return std::nullopt;
    return whole.toLongLong() * 100 + QString(part + QStringLiteral("00")).left(2).toLongLong();
}

std::optional<std::optional<qint64>> parseFee(const QString &text)
{
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return std::optional<qint64>();
    if (const auto amount = parse(text))
        return std::optional<qint64>(*amount);
    return std::nullopt;
}

bool isCurrencyCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](QChar ch) {
               return ch >= QLatin1Char('A') && ch <= QLatin1Char('Z');
           });
}

} // namespace ad::money
