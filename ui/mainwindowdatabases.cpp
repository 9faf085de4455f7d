// The main window's databases: open a SQLite file, create one (with the demo data if wanted),
// connect to PostgreSQL, and the recent databases (never with a password).
#include "filedialogs.h"
#include "mainwindow.h"

#include "customerpage.h"
#include "dialogbuttons.h"
#include "itemmodels/customerlistmodel.h"
#include "services/demodata.h"
#include "storage/database.h"
#include "taskrunner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace ad {

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(QStringLiteral("recentDatabases")).toStringList();
}

void MainWindow::rememberDatabase(const QString &spec)
{
    // Never a password: PostgreSQL URLs are stored without one.
    QString clean = spec;
    if (Database::isPostgresSpec(spec)) {
        QUrl url(spec);
        url.setPassword(QString());
        clean = url.toString();
    }
    QStringList list = recentDatabases();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > 8)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentDatabases"), list);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &spec : recentDatabases())
        m_recentMenu->addAction(spec, this, [this, spec] { openDatabase(spec, false); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::openDatabase(const QString &spec, bool create)
{
    if (m_tasks && m_tasks->isBusy()) {
        showMessage(tr("Wait until the current change is finished."));
        return;
    }
    Status st;
    auto db = Database::open(
        spec, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingSchema,
        &st);
    if (!db) {
        QMessageBox::warning(this, tr("Open database"), st.message());
        return;
    }
    if (m_tasks)
        m_tasks->waitForIdle();
    QWidget *old = centralWidget();
    m_page = nullptr;
    delete old;
    m_customers->deleteLater();
    stopLiveViews(); // it watches the connection that closes now
    m_db = std::move(db);
    buildUi();
    buildMenus();
    showMessage(tr("Opened %1.").arg(m_db->describe()));
}

void MainWindow::openSqliteFile()
{
    const QString path =
        filedialog::getOpenFileName(this, tr("Open SQLite database"), QString(),
                                    tr("Agreement Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::newSqliteFile()
{
    const QString path = filedialog::getSaveFileName(this, tr("New SQLite database"),
                                                     QStringLiteral("agreementdesk.sqlite"),
                                                     tr("Agreement Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 exists already; open it instead.").arg(path));
        return;
    }
    openDatabase(path, true);
    if (QMessageBox::question(this, tr("New database"),
                              tr("Load the demo data into the new database?")) ==
        QMessageBox::Yes) {
        const Status st = DemoData::load(*m_db, Actor::osLogin());
        if (!st.ok())
            QMessageBox::warning(this, tr("Demo data"), st.message());
        m_customers->reload();
    }
}

void MainWindow::connectPostgres()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Connect to PostgreSQL"));
    auto *form = new QFormLayout(&dialog);
    auto *host = new QLineEdit(QStringLiteral("localhost"), &dialog);
    auto *port = new QSpinBox(&dialog);
    port->setRange(1, 65535);
    port->setValue(5432);
    auto *database = new QLineEdit(QStringLiteral("agreementdesk"), &dialog);
    auto *user = new QLineEdit(Actor::osLogin(), &dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(
        tr("asked each time, never saved (empty: PGPASSWORD or ~/.pgpass)"));
    form->addRow(tr("&Host"), host);
    form->addRow(tr("&Port"), port);
    form->addRow(tr("&Database"), database);
    form->addRow(tr("&User"), user);
    form->addRow(tr("Pass&word"), password);
    addDialogButtons(&dialog, form, tr("Connect"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host->text().trimmed());
    url.setPort(port->value());
    url.setPath(QLatin1Char('/') + database->text().trimmed());
    url.setUserName(user->text().trimmed());
    if (!password->text().isEmpty())
        url.setPassword(password->text());
    openDatabase(url.toString(), true);
}

} // namespace ad
