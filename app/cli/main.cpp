#include "clicommands.h"
#include "i18n/i18n.h"

#include <QCoreApplication>

namespace {
QtMessageHandler g_previous = nullptr;

// Qt's PostgreSQL driver warns on stderr when it cannot free a prepared statement after the
// server aborted the transaction ("Unable to free statement: ... current transaction is
// aborted"): the transaction is rolled back anyway and the command reports what went wrong,
// so this is noise in the CLI's output (scripts read stderr); so is QSqlQuery's "database not
// open" after a lost connection, which the command reports itself. Everything else passes.
void filterDriverNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1String("Unable to free statement")) ||
                                 message.startsWith(QLatin1String("QPSQLDriver::")) ||
                                 message.startsWith(QLatin1String("QSqlQuery::"))))
        return;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    g_previous = qInstallMessageHandler(filterDriverNoise);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("agreementdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGREEMENTDESK_VERSION));
    ad::i18n::install(app);
    return ad::cli::run(app.arguments().mid(1));
}
