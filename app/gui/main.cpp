#include "customerpage.h"
#include "i18n/i18n.h"
#include "mainwindow.h"
#include "services/demodata.h"
#include "services/desk.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("agreementdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Agreement Desk"));
    QApplication::setOrganizationName(QStringLiteral("agreementdesk"));
    QApplication::setApplicationVersion(QStringLiteral(AGREEMENTDESK_VERSION));

    ad::i18n::install(app);
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/agreementdesk/icons/io.github.agreementdesk.AgreementDesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.agreementdesk.AgreementDesk"));
    QApplication::setStyle(
        QStringLiteral("Fusion")); // the same look on every desktop, and a palette that can be dark
    if (QSettings().value(QStringLiteral("ui/dark"), false).toBool())
        ad::MainWindow::applyPalette(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer agreements, extensions and CSV import."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "SQLite file or postgresql:// URL."),
        QStringLiteral("DB"));
    QCommandLineOption customerOption(QStringLiteral("customer"),
                                      QApplication::translate("main", "Customer to show."),
                                      QStringLiteral("C"));
    QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QApplication::translate("main",
                                "Tab to open: agreement, extensions, dids, huntgroups, history."),
        QStringLiteral("TAB"));
    parser.addOption(dbOption);
    parser.addOption(customerOption);
    parser.addOption(tabOption);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QApplication::translate("main", "A CSV file to import."));
    parser.process(app);

    const QString spec =
        parser.isSet(dbOption) ? parser.value(dbOption) : ad::Database::defaultSpec();
    QString notice;
    const bool isFile = !ad::Database::isPostgresSpec(spec);
    const bool firstRun = isFile && !QFileInfo::exists(spec);
    ad::Status st;
    auto db = ad::Database::open(spec,
                                 firstRun ? ad::Database::OpenMode::CreateIfMissing
                                          : ad::Database::OpenMode::ExistingSchema,
                                 &st);
    if (db && firstRun) {
        const ad::Status demo = ad::DemoData::load(*db, ad::Actor::osLogin());
        if (demo.ok())
            notice = QApplication::translate("main", "Created the demo database at %1.").arg(spec);
    }
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Agreement Desk"),
                              st.message());
        return 3;
    }
    ad::MainWindow window(std::move(db), notice);
    if (parser.isSet(customerOption))
        window.selectCustomer(parser.value(customerOption).toLongLong());
    if (parser.isSet(tabOption)) {
        const QStringList tabs = {QStringLiteral("agreement"), QStringLiteral("extensions"),
                                  QStringLiteral("dids"), QStringLiteral("huntgroups"),
                                  QStringLiteral("history")};
        const int tab = tabs.indexOf(parser.value(tabOption).toLower());
        if (tab >= 0)
            window.showTab(tab); // the focus in that tab, not in the customer filter
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importFile(parser.positionalArguments().first());
    return app.exec();
}
