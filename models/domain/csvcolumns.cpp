#include "domain/csvcolumns.h"

#include <QHash>
#include <QRegularExpression>

namespace ad::csv {

QString fieldName(Field f)
{
    switch (f) {
    case Field::ExtensionNumber: return QStringLiteral("Extension number");
    case Field::Name: return QStringLiteral("Name");
    case Field::Dids: return QStringLiteral("DID numbers");
    case Field::Published: return QStringLiteral("Published");
    case Field::Email: return QStringLiteral("Email for notifications");
    case Field::Timezone: return QStringLiteral("Timezone");
    case Field::Product: return QStringLiteral("Product");
    case Field::Huntgroup: return QStringLiteral("Huntgroup");
    case Field::Ignored: break;
    }
    return QString();
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

QString templateLine() { return templateHeader().join(QLatin1Char(',')); }

bool isMandatory(Field f) { return f == Field::ExtensionNumber || f == Field::Product; }

Field fieldForHeader(const QString &headerCell)
{
    static const QHash<QString, Field> aliases = {
        {QStringLiteral("extension number"), Field::ExtensionNumber},
        {QStringLiteral("extension"), Field::ExtensionNumber},
        {QStringLiteral("extension no"), Field::ExtensionNumber},
        {QStringLiteral("extension no."), Field::ExtensionNumber},
        {QStringLiteral("ext"), Field::ExtensionNumber},
        {QStringLiteral("ext."), Field::ExtensionNumber},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("full name"), Field::Name},
        {QStringLiteral("display name"), Field::Name},
        {QStringLiteral("did numbers"), Field::Dids},
        {QStringLiteral("did number"), Field::Dids},
        {QStringLiteral("did"), Field::Dids},
        {QStringLiteral("dids"), Field::Dids},
        {QStringLiteral("did(s)"), Field::Dids},
        {QStringLiteral("published"), Field::Published},
        {QStringLiteral("email for notifications"), Field::Email},
        {QStringLiteral("email"), Field::Email},
        {QStringLiteral("e-mail"), Field::Email},
        {QStringLiteral("email address"), Field::Email},
        {QStringLiteral("notification email"), Field::Email},
        {QStringLiteral("timezone"), Field::Timezone},
        {QStringLiteral("time zone"), Field::Timezone},
        {QStringLiteral("product"), Field::Product},
        {QStringLiteral("main product"), Field::Product},
        {QStringLiteral("huntgroup"), Field::Huntgroup},
        {QStringLiteral("hunt group"), Field::Huntgroup},
    };
    QString t = headerCell;
    if (!t.isEmpty() && t.at(0) == QChar(0xFEFF))
        t.remove(0, 1);
    t = t.simplified().toLower();
    static const QRegularExpression mandatory(QStringLiteral("\\s*(\\(mandatory\\)|\\*)$"));
    t.remove(mandatory);
    t = t.simplified();
    return aliases.value(t, Field::Ignored);
}

} // namespace ad::csv
