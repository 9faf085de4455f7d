#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ad::i18n {

QString configuredLanguage()
{
    const QString env = qEnvironmentVariable("AGREEMENTDESK_LANG");
    if (!env.isEmpty())
        return env;
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QString install(QCoreApplication &app)
{
    const QString chosen = configuredLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *mine = new QTranslator(&app);
    if (!mine->load(locale, QStringLiteral("agreementdesk"), QStringLiteral("_"),
                    QStringLiteral(":/agreementdesk/i18n"))) {
        // English, also for a language without a catalogue: the sources are English, and the
        // English catalogue holds only the plural forms ("1 row", "12 rows", not "1 row(s)").
        if (!mine->load(QStringLiteral(":/agreementdesk/i18n/agreementdesk_en.qm")))
            delete mine;
        else
            app.installTranslator(mine);
        return QStringLiteral("en");
    }
    app.installTranslator(mine);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name().left(2);
}

} // namespace ad::i18n
