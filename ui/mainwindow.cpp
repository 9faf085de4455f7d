// The main window: the customer list and its filter beside the customer's page, the status bar,
// the tabs by keyboard and switching customers. The menus are in mainwindowmenus.cpp, the
// import (drops, the wizard) in mainwindowimport.cpp, databases in mainwindowdatabases.cpp, the
// provider's set-up in mainwindowsetup.cpp and the live views in mainwindowlive.cpp.
#include "mainwindow.h"

#include "agreementpane.h"
#include "customerpage.h"
#include "elidedlabel.h"
#include "extensionspane.h"
#include "focusmarker.h"
#include "itemmodels/customerlistmodel.h"
#include "listtable.h"
#include "storage/database.h"
#include "taskrunner.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

MainWindow::MainWindow(std::unique_ptr<Database> db, const QString &notice, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    buildUi();
    buildMenus();
    // 1280 × 800, or less on a small (or 200 % scaled) screen.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    setAcceptDrops(true);
    if (!notice.isEmpty())
        showMessage(notice);
}

MainWindow::~MainWindow()
{
    stopLiveViews();
    if (m_tasks)
        m_tasks->waitForIdle();
}

void MainWindow::buildUi()
{
    Actor actor;
    actor.user = Actor::osLogin();
    m_service = std::make_unique<Desk>(*m_db, actor);
    delete m_tasks;
    m_tasks = new TaskRunner(m_db->spec(), actor, this);
    m_ctx = DeskContext{m_db.get(), m_service.get(), m_tasks, m_db->spec(), actor};

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setPlaceholderText(tr("Filter customers (name or i_customer)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter customers"));
    leftLayout->addWidget(m_filter);
    m_customers = new CustomerListModel(*m_db, this);
    m_customerView = new QTableView(left);
    m_customerView->setModel(m_customers);
    m_customerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customerView->verticalHeader()->hide();
    m_customerView->setSortingEnabled(true);
    // Tab leaves the list: it walked the cells and selected the next customer every few presses.
    setUpKeyboard(m_customerView);
    m_customerView->sortByColumn(CustomerListModel::NameColumn, Qt::AscendingOrder);
    fitColumns(m_customerView, {CustomerListModel::NameColumn});
    m_customerView->setAccessibleName(tr("Customers"));
    leftLayout->addWidget(m_customerView);
    // Wide enough for a name and the i_customer on a small screen (at 900 pixels the list
    // shrank to a few letters): the name's narrowest (16 digits' width, as fitColumns), the
    // i_customer and Accounts columns whole, the scroll bar and the frame. In German the page
    // beside it wants more room and the list was squeezed until i_customer scrolled off
    // ("461" for 46170).
    const auto fitLeft = [this, left] {
        QHeaderView *header = m_customerView->horizontalHeader();
        auto *view = static_cast<QAbstractItemView *>(m_customerView);
        int need = qMax(header->sectionSizeHint(CustomerListModel::NameColumn),
                        m_customerView->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
        for (int c : {CustomerListModel::IdColumn, CustomerListModel::AccountsColumn})
            need += qMax(header->sectionSizeHint(c), view->sizeHintForColumn(c));
        need += m_customerView->verticalScrollBar()->sizeHint().width() +
                2 * m_customerView->frameWidth();
        left->setMinimumWidth(qMax(fontMetrics().averageCharWidth() * 30, need));
    };
    fitLeft();
    connect(m_customers, &QAbstractItemModel::modelReset, left, fitLeft);
    m_page = new CustomerPage(m_ctx, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 950});
    setCentralWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_customers, &CustomerListModel::setFilter);
    // Enter or Down in the filter selects a customer the list shows (the one shown if it is
    // still listed, else the first) and goes to the list: the header showed a customer the
    // filter had taken out of the list.
    connect(m_filter, &QLineEdit::returnPressed, this, &MainWindow::selectFirstMatch);
    auto *down = new QAction(m_filter);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, &MainWindow::selectFirstMatch);
    m_filter->addAction(down);
    connect(m_customerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentCustomerChanged);
    connect(m_customers, &QAbstractItemModel::modelReset, this, [this] {
        if (m_customers->rowCount() > 0 && m_page->customer() > 0) {
            const int row = m_customers->rowOf(m_page->customer());
            if (row >= 0)
                m_customerView->setCurrentIndex(m_customers->index(row, 0));
        }
    });
    connect(m_page, &CustomerPage::message, this, &MainWindow::showMessage);
    connect(m_page, &CustomerPage::customerChanged, this, &MainWindow::updateTitle);
    connect(m_page, &CustomerPage::customerChanged, this, &MainWindow::updateSetupActions);
    connect(m_page->extensions(), &ExtensionsPane::actorChanged, this,
            &MainWindow::updateDeskLabel);
    connect(m_page->extensions(), &ExtensionsPane::actorChanged, this,
            &MainWindow::updateSetupActions);
    connect(m_page->extensions(), &ExtensionsPane::importRequested, this, [this] {
        emit importRequested(m_page->customer());
        importFile();
    });
    connect(m_tasks, &TaskRunner::started, this, [this](const QString &what) {
        m_busyLabel->setText(what + QStringLiteral("…"));
        m_busyLabel->show();
    });
    connect(m_tasks, &TaskRunner::finished, this, [this](const QString &, const Status &st) {
        m_busyLabel->hide();
        if (st.kind() == Status::Kind::Database)
            QMessageBox::warning(this, tr("Database"), st.message());
        // Account counts in the list may have changed.
        const qint64 current = m_page->customer();
        const QString filter = m_customers->filter();
        Q_UNUSED(filter)
        m_customers->reload();
        if (current > 0) {
            const int row = m_customers->rowOf(current);
            if (row >= 0) {
                QSignalBlocker block(m_customerView->selectionModel());
                m_customerView->setCurrentIndex(m_customers->index(row, 0));
            }
        }
    });

    if (!m_dbLabel) {
        m_busyLabel = new QLabel(this);
        m_busyLabel->hide();
        m_dbLabel = new ElidedLabel(this);
        statusBar()->addPermanentWidget(m_busyLabel);
        statusBar()->addPermanentWidget(m_dbLabel);
    }
    updateDeskLabel();
    rememberDatabase(m_db->spec());
    updateTitle();
    if (m_customers->rowCount() > 0)
        m_customerView->setCurrentIndex(m_customers->index(0, 0));
    startLiveViews();
}

// The permanent status names the database, the desk user and, in customer mode, says so.
void MainWindow::updateDeskLabel()
{
    if (!m_dbLabel || !m_db)
        return;
    const Actor &actor = m_tasks->actor();
    m_dbLabel->setFullText(actor.asCustomer
                               ? tr("%1 · desk user: %2 · acting as the customer (self-care rules)")
                                     .arg(m_db->describe(), actor.user)
                               : tr("%1 · desk user: %2").arg(m_db->describe(), actor.user));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

bool MainWindow::selectCustomer(qint64 iCustomer)
{
    int row = m_customers->rowOf(iCustomer);
    if (row < 0) {
        // Not among the loaded rows: narrow the list to it.
        m_filter->setText(QString::number(iCustomer));
        row = m_customers->rowOf(iCustomer);
    }
    if (row < 0) {
        showMessage(tr("There is no customer %1.").arg(iCustomer));
        return false;
    }
    m_customerView->setCurrentIndex(m_customers->index(row, 0));
    m_customerView->scrollTo(m_customers->index(row, 0));
    return true;
}

void MainWindow::showTab(int tab)
{
    m_page->tabs()->setCurrentIndex(tab);
    if (!m_page->isEnabled())
        return;
    // The tab's first table, or its first field when the table is hidden (no account yet).
    QWidget *page = m_page->tabs()->widget(tab);
    QWidget *target = nullptr;
    for (auto *view : page->findChildren<QTableView *>())
        if (!view->isHidden()) {
            target = view;
            break;
        }
    if (!target && tab == CustomerPage::ExtensionsTab)
        target = m_page->extensions()->filterEdit();
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateFindActions()
{
    if (!m_findCustomer || !m_filterAccounts)
        return;
    const bool extensions = m_page->tabs()->currentIndex() == CustomerPage::ExtensionsTab;
    const QKeySequence find(QKeySequence::Find), findCustomer(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_findCustomer->setShortcuts(extensions ? QList<QKeySequence>{findCustomer}
                                            : QList<QKeySequence>{find, findCustomer});
    m_filterAccounts->setShortcut(extensions ? find : QKeySequence());
    m_filterAccounts->setEnabled(extensions && m_page->customer() > 0);
}

void MainWindow::selectFirstMatch()
{
    if (m_customers->rowCount() == 0)
        return;
    int row = m_customers->rowOf(m_page->customer());
    if (row < 0)
        row = 0;
    m_customerView->setCurrentIndex(m_customers->index(row, 0));
    m_customerView->scrollTo(m_customers->index(row, 0));
    m_customerView->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::currentCustomerChanged()
{
    const QModelIndex current = m_customerView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(CustomerListModel::CustomerIdRole).toLongLong();
    if (id == m_page->customer())
        return;
    if (m_page->agreement()->pendingCount() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Changes not applied"),
            tr("%n quantity change(s) for %1 are not applied. Apply them before switching?",
               nullptr, m_page->agreement()->pendingCount())
                .arg(m_page->customerName()),
            QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
        if (answer == QMessageBox::Cancel) {
            const int row = m_customers->rowOf(m_page->customer());
            QSignalBlocker block(m_customerView->selectionModel());
            if (row >= 0)
                m_customerView->setCurrentIndex(m_customers->index(row, 0));
            return;
        }
        if (answer == QMessageBox::Apply) {
            m_page->agreement()->apply();
            m_tasks->waitForIdle();
        }
    }
    m_page->setCustomer(id);
}

// The customer only: the window system adds the application's name (" — Agreement Desk"), which
// the title used to repeat ("Agreement Desk — ABC Company (46170) — Agreement Desk").
void MainWindow::updateTitle()
{
    setWindowTitle(
        m_page->customer() > 0
            ? QStringLiteral("%1 (%2)").arg(m_page->customerName()).arg(m_page->customer())
            : QString());
}

} // namespace ad
