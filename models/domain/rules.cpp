#include "domain/rules.h"

#include <algorithm>

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace ad::rules {

QString extensionAccountId(qint64 iCustomer, const QString &number)
{
    return QStringLiteral("ph%1x%2").arg(iCustomer).arg(number);
}

QString autoAttendantAccountId(qint64 iCustomer, qint64 sequence)
{
    return QStringLiteral("ph%1aa%2").arg(iCustomer).arg(sequence);
}

static bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isValidGenericAccountId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '.' || u == '-' || u == '_' || u == '@';
        if (!ok)
            return false;
    }
    if (id.size() >= 3 && id.at(0).toLower() == QLatin1Char('p') &&
        id.at(1).toLower() == QLatin1Char('h') && isAsciiDigit(id.at(2)))
        return false;
    return true;
}

bool isValidExtensionNumber(const QString &number)
{
    if (number.isEmpty() || number.size() > 15)
        return false;
    for (QChar c : number)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

bool looksLikeSpreadsheetNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[+-]?[0-9]+([.,][0-9]*)?([eE][+-]?[0-9]+)?$"));
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char(',')) &&
        !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E')))
        return false;
    return re.match(text).hasMatch();
}

// A DID cell a spreadsheet turned into a number: an exponent (1.2094555949E+10, 1,209E+10),
// or a decimal part that is not a DID of its own (12094555949.0, 12094555949,00,
// 12094555950.1209) — unlike "12094555959,12094555960", which is two DIDs.
bool looksLikeMangledDid(const QString &t)
{
    if (!looksLikeSpreadsheetNumber(t))
        return false;
    if (t.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return true;
    const int sep = std::max(t.indexOf(QLatin1Char('.')), t.indexOf(QLatin1Char(',')));
    return t.size() - sep - 1 < 6;
}

std::optional<QString> normaliseDid(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString t = text.trimmed();
    // 12094555949.0 or 1.2094555949E+10 is what a spreadsheet made of a number, not a DID with
    // dots: dropping the dot would give another number (120945559490).
    if (looksLikeMangledDid(t))
        return std::nullopt;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('+') && out.isEmpty() && i == 0)
            continue;
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
            c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0x00A0))
            continue;
        if (!isAsciiDigit(c))
            return std::nullopt;
        out.append(c);
    }
    if (out.size() < 6 || out.size() > 15)
        return std::nullopt;
    return out;
}

QStringList splitDids(const QString &field)
{
    const QString cell = field.trimmed();
    if (cell.isEmpty())
        return {};
    // The usual cell, one number of digits only, is itself (what the splitting below makes of
    // it, mangled or not), without the regular expressions (~5,000 instructions a cell).
    if (std::all_of(cell.cbegin(), cell.cend(), isAsciiDigit))
        return {cell};
    // A number a spreadsheet reformatted (1,209E+10, 12094555949,00) stays one value, so that it
    // is refused as a whole with the hint, never split at its comma into fragments.
    if (looksLikeMangledDid(cell))
        return {cell};
    static const QRegularExpression separators(QStringLiteral("[,;/\\r\\n]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString &p : cell.split(separators)) {
        const QString t = p.trimmed();
        if (t.isEmpty())
            continue;
        // A space separates two numbers only when each side is a whole number on its own;
        // otherwise it is formatting ("+1 (209) 455-5952" is one number).
        const QStringList words = t.split(spaces);
        const bool eachWhole =
            words.size() > 1 && std::all_of(words.cbegin(), words.cend(), [](const QString &w) {
                return normaliseDid(w).has_value();
            });
        if (eachWhole)
            out << words;
        else
            out << t;
    }
    return out;
}

bool isValidName(const QString &name)
{
    return name.size() <= 100 && isOneVisibleLine(name);
}

bool isValidCustomerName(const QString &name)
{
    // All digits: CUSTOMER arguments take a customer's number or its name, so a name like
    // another customer's number would make them ambiguous.
    return !name.isEmpty() && name.size() <= 200 && isOneVisibleLine(name) &&
           !std::all_of(name.begin(), name.end(), isAsciiDigit);
}

bool isValidDeskLabel(const QString &label)
{
    return !label.trimmed().isEmpty() && label.size() <= kMaxDeskLabel && isOneVisibleLine(label);
}

namespace {
// No control characters, no invisible format characters (Unicode category Cf: zero-width spaces
// and joiners, direction overrides such as U+202E that make a name read differently from what it
// is, the BOM) and no line or paragraph separators: what a name of one visible line may hold.
bool visibleInLine(char32_t u)
{
    switch (QChar::category(u)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}
} // namespace

bool isOneVisibleLine(const QString &name)
{
    // Without a surrogate (nearly every name): the characters as they are, ASCII by range
    // (its control characters are 0-31 and 127; it has no Cf, Zl or Zp), no UCS-4 copy made.
    const QChar *p = name.constData();
    const QChar *const end = p + name.size();
    for (; p != end; ++p) {
        const char16_t u = p->unicode();
        if (u < 0x80) {
            if (u < 0x20 || u == 0x7f)
                return false;
            continue;
        }
        if (QChar::isSurrogate(u))
            break; // the whole check below
        if (!visibleInLine(char32_t(u)))
            return false;
    }
    if (p == end)
        return true;
    if (!name.isValidUtf16()) // a lone half of a surrogate pair
        return false;
    for (const char32_t u : name.toUcs4())
        if (!visibleInLine(u))
            return false;
    return true;
}

bool isValidEmail(const QString &email)
{
    if (email.isEmpty())
        return true;
    if (email.size() > 254)
        return false;
    const int at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) != -1)
        return false;
    for (QChar c : email)
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(',') ||
            c == QLatin1Char(';') || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    const QString domain = email.mid(at + 1);
    const int dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == domain.size() - 1)
        return false;
    if (domain.startsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return false;
    return true;
}

bool isValidTimeZone(const QString &ianaId)
{
    static QMutex mutex;
    static QHash<QString, bool> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(ianaId);
    if (it != cache.constEnd())
        return *it;
    // "UTC" alone is valid; offsets like "UTC+02:00" are Qt-specific and not IANA ids.
    bool ok = !ianaId.isEmpty() && !ianaId.startsWith(QLatin1String("UTC+")) &&
              !ianaId.startsWith(QLatin1String("UTC-")) &&
              QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8());
    if (ok)
        ok = QTimeZone(ianaId.toUtf8()).isValid();
    cache.insert(ianaId, ok);
    return ok;
}

std::optional<bool> parseBoolean(const QString &text)
{
    // What spreadsheets and other systems write for yes and no, in English, German, French,
    // Spanish/Italian; "x" is a ticked box, an empty cell no.
    static const QSet<QString> yes = {
        QStringLiteral("y"),    QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"),
        QStringLiteral("x"),    QStringLiteral("on"),  QStringLiteral("ja"),   QStringLiteral("j"),
        QStringLiteral("wahr"), QStringLiteral("oui"), QStringLiteral("vrai"), QStringLiteral("si"),
        QStringLiteral("sí")};
    static const QSet<QString> no = {QString(),
                                     QStringLiteral("n"),
                                     QStringLiteral("no"),
                                     QStringLiteral("false"),
                                     QStringLiteral("0"),
                                     QStringLiteral("off"),
                                     QStringLiteral("nein"),
                                     QStringLiteral("falsch"),
                                     QStringLiteral("non"),
                                     QStringLiteral("faux")};
    // A short ASCII cell (nearly every one: "Y", "no", "") trimmed and lowered in place and
    // compared without a string made; the same answer as the sets give it.
    if (text.size() <= 8) {
        char b[8];
        qsizetype n = 0;
        bool ascii = true;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                ascii = false;
                break;
            }
            b[n++] = u >= 'A' && u <= 'Z' ? char(u + ('a' - 'A')) : char(u);
        }
        if (ascii) {
            const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
            qsizetype from = 0;
            while (from < n && space(b[from]))
                ++from;
            while (n > from && space(b[n - 1]))
                --n;
            const QByteArrayView t(b + from, n - from);
            for (const char *y :
                 {"y", "yes", "true", "1", "x", "on", "ja", "j", "wahr", "oui", "vrai", "si"})
                if (t == QByteArrayView(y))
                    return true;
            for (const char *f :
                 {"", "n", "no", "false", "0", "off", "nein", "falsch", "non", "faux"})
                if (t == QByteArrayView(f))
                    return false;
            return std::nullopt;
        }
    }
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<bool> parsePublished(const QString &text)
{
    return parseBoolean(text);
}

QuantityParse parseQuantity(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
        return {true, std::nullopt};
    bool ok = false;
    const int n = t.toInt(&ok);
    for (QChar c : t)
        if (!isAsciiDigit(c))
            ok = false;
    if (!ok || n < 1 || n > kMaxQuantity)
        return {false, std::nullopt};
    return {true, n};
}

} // namespace ad::rules
