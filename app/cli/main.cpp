#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGREEMENTDESK_VERSION));
    return ad::cli::run(app.arguments().mid(1));
}
