#include "domain/csvcolumns.h"

#include <QHash>
#include <QRegularExpression>

namespace ad::csv {

QString fieldName(Field f)
{
    switch (f) {
    case Field::ExtensionNumber:
        return QStringLiteral("Extension number");
    case Field::Name:
        return QStringLiteral("Name");
    case Field::Dids:
        return QStringLiteral("DID numbers");
    case Field::Published:
        return QStringLiteral("Published");
    case Field::Email:
        return QStringLiteral("Email for notifications");
    case Field::Timezone:
        return QStringLiteral("Timezone");
    case Field::Product:
        return QStringLiteral("Product");
    case Field::Huntgroup:
        return QStringLiteral("Huntgroup");
    case Field::FirstName:
        return QStringLiteral("First name");
    case Field::LastName:
        return QStringLiteral("Last name");
    case Field::Status:
        return QStringLiteral("Status");
    case Field::Disabled:
        return QStringLiteral("Disabled");
    case Field::Action:
        return QStringLiteral("Action");
    case Field::Ignored:
        break;
    }
    return QString();
}

QList<Field> mappableFields()
{
    QList<Field> out = allFields();
    out << Field::FirstName << Field::LastName << Field::Status << Field::Disabled << Field::Action;
    return out;
}

std::optional<Field> fieldByName(const QString &name)
{
    const QString n = normalizedHeader(name);
    if (n == QLatin1String("ignore") || n == QLatin1String("ignored") || n == QLatin1String("-") ||
        n.isEmpty())
        return Field::Ignored;
    const Field f = fieldForHeader(name);
    if (f == Field::Ignored)
        return std::nullopt;
    return f;
}

QString columnLetter(int index)
{
    QString out;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

QList<Field> allFields()
{
    return {Field::ExtensionNumber, Field::Name,     Field::Dids,    Field::Published,
            Field::Email,           Field::Timezone, Field::Product, Field::Huntgroup};
}

QStringList templateHeader()
{
    QStringList out;
    for (Field f : allFields())
        out << fieldName(f);
    return out;
}

QString templateLine()
{
    return templateHeader().join(QLatin1Char(','));
}

bool isMandatory(Field f)
{
    return f == Field::ExtensionNumber || f == Field::Product;
}

QString normalizedHeader(const QString &headerCell)
{
    QString t = headerCell;
    if (!t.isEmpty() && t.at(0) == QChar(0xFEFF))
        t.remove(0, 1);
    // camelCase and PascalCase boundaries become spaces: "ExtensionNumber" -> "Extension Number",
    // "DIDNumbers" -> "DID Numbers", "phoneNumber" -> "phone Number".
    static const QRegularExpression lowerUpper(QStringLiteral("(\\p{Ll}|\\d)(\\p{Lu})"));
    static const QRegularExpression acronymWord(
        QStringLiteral("(\\p{Lu})(?=\\p{Lu}\\p{Ll}{2})")); // not "DIDs"
    t.replace(lowerUpper, QStringLiteral("\\1 \\2"));
    t.replace(acronymWord, QStringLiteral("\\1 "));
    t = t.toLower();
    static const QRegularExpression marks(QStringLiteral("\\((mandatory|optional|required)\\)"));
    t.remove(marks);
    for (QChar &c : t)
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            c = QLatin1Char(' ');
    t.remove(QLatin1Char('#'));
    t.remove(QLatin1Char('*'));
    return t.simplified();
}

Field fieldForHeader(const QString &headerCell)
{
    // Keys are normalised (normalizedHeader()): the template's names, then what other systems
    // and spreadsheets call the same field (docs/import.md, "Header names").
    static const QHash<QString, Field> aliases = [] {
        QHash<QString, Field> h;
        const auto add = [&h](Field f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QString::fromLatin1(n), f);
        };
        add(Field::ExtensionNumber,
            {"extension number", "extension", "ext", "exten", "number", "extension no",
             "phone extension", "internal number", "extension id"});
        add(Field::Name, {"name", "display name", "full name", "caller id name",
                          "effective caller id name", "user name", "displayname"});
        add(Field::Dids,
            {"did numbers", "did number", "did", "dids", "did(s)", "ddi", "ddis", "direct number",
             "direct numbers", "phone number", "phone numbers", "phonenumber", "incall exten"});
        add(Field::Published, {"published", "directory", "in directory", "dial by name"});
        add(Field::Email,
            {"email for notifications", "email", "e mail", "email address", "e mail address",
             "mail", "voicemail email", "notification email", "e mail adresse"});
        add(Field::Timezone, {"timezone", "time zone", "tz"});
        add(Field::Product, {"product", "main product", "plan", "package"});
        add(Field::Huntgroup,
            {"huntgroup", "hunt group", "hunt groups", "ring group", "ring groups"});
        add(Field::FirstName, {"first name", "firstname", "given name", "givenname", "forename"});
        add(Field::LastName, {"last name", "lastname", "surname", "family name", "familyname"});
        add(Field::Status, {"status", "enabled", "active", "state"});
        add(Field::Disabled, {"disabled", "inactive"});
        add(Field::Action, {"action", "operation"});
        return h;
    }();
    return aliases.value(normalizedHeader(headerCell), Field::Ignored);
}

} // namespace ad::csv
