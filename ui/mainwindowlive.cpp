// The main window's live views (domain.md "A shared PostgreSQL database"): what another desk or
// the CLI commits shows within about two seconds, keeping the selections, the scroll positions
// and the quantities typed but not applied; View > Reload (F5) does the same at once.
#include "mainwindow.h"

#include "customerpage.h"
#include "didinventorywindow.h"
#include "itemmodels/customerlistmodel.h"
#include "keptview.h"
#include "productswindow.h"
#include "services/changewatcher.h"
#include "storage/database.h"
#include "taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTableView>
#include <QTimer>

namespace ad {

void MainWindow::startLiveViews()
{
    stopLiveViews();
    m_watcher = new ChangeWatcher(*m_db, this);
    if (!m_refreshTimer) {
        // A burst of commits (an import's, several desks') is one refresh.
        m_refreshTimer = new QTimer(this);
        m_refreshTimer->setSingleShot(true);
        m_refreshTimer->setInterval(150);
        connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshLive);
    }
    connect(m_watcher, &ChangeWatcher::changed, m_refreshTimer, qOverload<>(&QTimer::start));
}

// Before the connection it watches goes (another database opened, the window closed).
void MainWindow::stopLiveViews()
{
    if (m_refreshTimer)
        m_refreshTimer->stop();
    delete m_watcher;
    m_watcher = nullptr;
}

void MainWindow::addLiveActions(QMenu *view)
{
    m_reloadAction =
        view->addAction(tr("&Reload"), QKeySequence(Qt::Key_F5), this, &MainWindow::reloadAll);
    m_reloadAction->setStatusTip(
        tr("Read everything again from the database (other desks' changes show by themselves "
           "within about two seconds)"));
    view->addSeparator();
}

void MainWindow::refreshLive()
{
    if (!m_page || !m_customers)
        return;
    // This desk's own change is being written (its end reloads what it changed), or a dialog
    // is open over the window (it may be asking about the rows below it): look again after.
    if ((m_tasks && m_tasks->isBusy()) || QApplication::activeModalWidget()) {
        m_refreshTimer->start();
        return;
    }
    const KeptView kept(m_customerView, CustomerListModel::CustomerIdRole);
    m_customers->refresh();
    kept.restore();
    m_page->refreshLive();
    if (m_products)
        m_products->reload();
    if (m_inventory)
        m_inventory->reload();
}

void MainWindow::reloadAll()
{
    if (m_watcher)
        m_watcher->checkNow(); // the change it would have told is read now
    if (m_refreshTimer)
        m_refreshTimer->stop();
    refreshLive();
    showMessage(tr("Reloaded from %1.").arg(m_db->describe()));
}

} // namespace ad
