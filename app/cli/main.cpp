#include "clicommands.h"
#include "i18n/i18n.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGREEMENTDESK_VERSION));
    ad::i18n::install(app);
    return ad::cli::run(app.arguments().mid(1));
}
