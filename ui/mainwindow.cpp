#include "mainwindow.h"

#include "agreementpane.h"
#include "customerpage.h"
#include "dialogbuttons.h"
#include "elidedlabel.h"
#include "extensionspane.h"
#include "focusmarker.h"
#include "helpdialog.h"
#include "importwizard.h"
#include "itemmodels/customerlistmodel.h"
#include "listtable.h"
#include "services/demodata.h"
#include "storage/database.h"
#include "taskrunner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
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

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open SQLite file…"), QKeySequence::Open, this,
                    &MainWindow::openSqliteFile);
    // Not Ctrl+N: that is Add extension (one meaning per shortcut).
    file->addAction(tr("&New SQLite file…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newSqliteFile);
    file->addAction(tr("Connect to &PostgreSQL…"), this, &MainWindow::connectPostgres);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_page->agreement()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_page->agreement()->undoStack()->createRedoAction(this, tr("&Redo"));
    // Two distinct keys: QKeySequence::Redo is itself Ctrl+Shift+Z here, and the same key twice
    // on one action made both "ambiguous".
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_page->agreement()->applyAction());
    edit->addAction(m_page->agreement()->revertAction());

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    addSetupActions(customer);
    // Ctrl+F finds a customer, except on the Extensions tab, where it goes to that tab's filter
    // (Extensions > Filter accounts); Ctrl+Shift+F finds a customer from anywhere.
    m_findCustomer = customer->addAction(tr("&Find customer"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    const QStringList tabs = {tr("&Agreement"), tr("E&xtensions"), tr("&DIDs"), tr("&Hunt groups"),
                              tr("Histor&y")};
    for (int i = 0; i < tabs.size(); ++i)
        customer->addAction(tabs.at(i), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                            [this, i] { showTab(i); });

    QMenu *ext = menuBar()->addMenu(tr("E&xtensions"));
    ExtensionsPane *pane = m_page->extensions();
    ext->addAction(pane->addExtensionAction());
    ext->addAction(pane->addAutoAttendantAction());
    ext->addAction(pane->addAccountAction());
    ext->addSeparator();
    m_filterAccounts = ext->addAction(tr("&Filter accounts"), this, [pane] {
        pane->filterEdit()->setFocus();
        pane->filterEdit()->selectAll();
    });
    connect(m_page->tabs(), &QTabWidget::currentChanged, this, &MainWindow::updateFindActions);
    connect(m_page, &CustomerPage::customerChanged, this, &MainWindow::updateFindActions);
    updateFindActions();
    ext->addActions(pane->accountActions());
    ext->addSeparator();
    ext->addAction(pane->importAction());
    ext->addAction(pane->exportAction());
    ext->addSeparator();
    ext->addAction(pane->asCustomerAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addLiveActions(view);
    QAction *dark = view->addAction(tr("&Dark palette"));
    dark->setCheckable(true);
    dark->setChecked(QSettings().value(QStringLiteral("ui/dark"), false).toBool());
    connect(dark, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("ui/dark"), on);
        MainWindow::applyPalette(on);
    });

    QMenu *language = view->addMenu(tr("&Language"));
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto *group = new QActionGroup(language);
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("As the system")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &l : languages) {
        QAction *a = language->addAction(l.second);
        a->setCheckable(true);
        a->setChecked(l.first == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.first] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            showMessage(tr("The language changes when Agreement Desk starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About Agreement Desk"), this, [this] {
        QMessageBox::about(this, tr("About Agreement Desk"),
                           tr("<b>Agreement Desk %1</b><p>Customer agreements, extensions, DIDs, "
                              "hunt groups and the "
                              "bulk import of extensions, for telecom back offices.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::importFile(const QString &pathIn)
{
    if (m_page->customer() <= 0) {
        showMessage(tr("Select the customer to import into first."));
        return;
    }
    // An empty path opens the wizard on its drop zone; a path that is not a readable CSV file is
    // refused there, with the reason.
    const QString path = pathIn;
    auto *wizard = new ImportWizard(m_ctx, m_page->customer(), path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](qint64 c, const QStringList &ids) {
        if (c == m_page->customer())
            m_page->refresh();
        showMessage(tr("Imported %n extension(s).", nullptr, ids.size()));
    });
    connect(wizard, &ImportWizard::showInExtensions, this,
            [this](qint64 c, const QStringList &ids) {
                selectCustomer(c);
                m_page->tabs()->setCurrentIndex(CustomerPage::ExtensionsTab);
                m_page->extensions()->reload();
                for (const QString &id : ids)
                    m_page->extensions()->selectAccount(id);
            });
    wizard->open();
    m_lastWizard = wizard;
}

void MainWindow::applyPalette(bool dark)
{
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // A dark palette with enough contrast for text, selections and disabled items.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

ImportWizard *MainWindow::lastImportWizard() const
{
    return qobject_cast<ImportWizard *>(m_lastWizard.data());
}

static QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile())
        return {};
    return url.toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.isFile()) {
        showMessage(tr("Drop one CSV file to import it."));
        return;
    }
    if (fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0 &&
        fi.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0) {
        QMessageBox::warning(
            this, tr("Import"),
            tr("%1 is not a CSV file; drop a .csv file exported from a spreadsheet.")
                .arg(fi.fileName()));
        return;
    }
    // Dropped onto a customer in the list: that customer.
    const QPoint inList = m_customerView->viewport()->mapFrom(this, event->position().toPoint());
    const QModelIndex target = m_customerView->indexAt(inList);
    if (target.isValid() && m_customerView->viewport()->rect().contains(inList))
        m_customerView->setCurrentIndex(target);
    event->acceptProposedAction();
    importFile(path);
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
