#include "mappingprofiles.h"

#include <QCryptographicHash>
#include <QSettings>

namespace ad::mappingprofiles {

static QString group(const QString &signature)
{
    // A hash: a header can be long and hold characters QSettings keys do not take.
    return QStringLiteral("importProfiles/") +
           QString::fromLatin1(
               QCryptographicHash::hash(signature.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString signature(const QStringList &header)
{
    QStringList cells;
    for (const QString &h : header)
        cells << csv::normalizedHeader(h);
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells.join(QLatin1Char('|'));
}

std::optional<MappingProfile> load(const QString &signature)
{
    if (signature.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(group(signature));
    if (!settings.contains(QStringLiteral("savedAt")) ||
        settings.value(QStringLiteral("signature")).toString() != signature)
        return std::nullopt;
    MappingProfile p;
    p.headerMode = MappingProfile::HeaderMode(
        qBound(0, settings.value(QStringLiteral("headerMode")).toInt(), 2));
    p.headerRow = settings.value(QStringLiteral("headerRow")).toInt();
    p.sheet = settings.value(QStringLiteral("sheet")).toString();
    if (settings.contains(QStringLiteral("mapping"))) {
        QList<csv::Field> mapping;
        for (const QString &name : settings.value(QStringLiteral("mapping")).toStringList())
            mapping << csv::fieldByName(name).value_or(csv::Field::Ignored);
        p.mapping = mapping;
    }
    p.savedAt = settings.value(QStringLiteral("savedAt")).toDateTime();
    return p;
}

void save(const QString &signature, const MappingProfile &profile)
{
    if (signature.isEmpty())
        return;
    QSettings settings;
    settings.remove(group(signature));
    settings.beginGroup(group(signature));
    settings.setValue(QStringLiteral("signature"), signature);
    settings.setValue(QStringLiteral("headerMode"), int(profile.headerMode));
    settings.setValue(QStringLiteral("headerRow"), profile.headerRow);
    settings.setValue(QStringLiteral("sheet"), profile.sheet);
    if (profile.mapping) {
        QStringList names; // by name: the enum's order may change between versions
        for (csv::Field f : *profile.mapping)
            names << (f == csv::Field::Ignored ? QStringLiteral("ignore") : csv::fieldName(f));
        settings.setValue(QStringLiteral("mapping"), names);
    }
    settings.setValue(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc());
}

void remove(const QString &signature)
{
    QSettings settings;
    settings.remove(group(signature));
}

} // namespace ad::mappingprofiles
