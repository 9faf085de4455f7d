#include "extensionspane.h"
#include "customermode.h"
#include "filedialogs.h"
#include "focusmarker.h"

#include "addextensiondialog.h"
#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "itemmodels/accountlistmodel.h"
#include "keptview.h"
#include "listtable.h"
#include "services/accountsearch.h"
#include "services/exporter.h"
#include "storage/database.h"
#include "taskrunner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ad {

ExtensionsPane::ExtensionsPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new AccountListModel(*ctx.db, this);
    auto *layout = new QVBoxLayout(this);
    // Two rows: what adds or moves accounts, then the filter with what acts on the selection.
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolbar);
    auto *second = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: extension number, account ID or any word of a name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter accounts"));
    // Room to read what is typed: the selection's toolbar beside it folds (») first; it had
    // squeezed the filter to "Filter: Nebe…" at 900 pixels.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 24);
    second->addWidget(m_filter, 1);
    auto *selectionBar = new QToolBar(this);
    selectionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    second->addWidget(selectionBar);
    layout->addLayout(second);

    auto makeAction = [this](const QString &text, const QKeySequence &key,
                             void (ExtensionsPane::*slot)()) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_addExtension = makeAction(tr("Add e&xtension…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                                &ExtensionsPane::addExtension);
    m_addExtension->setShortcutContext(
        Qt::WindowShortcut); // Ctrl+N from anywhere in the window, as README says
    m_addAutoAttendant =
        makeAction(tr("Add auto a&ttendant…"), {}, &ExtensionsPane::addAutoAttendant);
    m_addAccount = makeAction(tr("Add a&ccount…"), {}, &ExtensionsPane::addGenericAccount);
    m_activate = makeAction(tr("Ac&tivate"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            &ExtensionsPane::activateSelected);
    m_block = makeAction(tr("&Block"), QKeySequence(Qt::CTRL | Qt::Key_B),
                         &ExtensionsPane::blockSelected);
    m_unblock = makeAction(tr("&Unblock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                           &ExtensionsPane::unblockSelected);
    m_close = makeAction(tr("C&lose…"), QKeySequence::Delete, &ExtensionsPane::closeSelected);
    m_addons = makeAction(tr("Add-&ons…"), {}, &ExtensionsPane::editAddons);
    m_import = new QAction(tr("&Import from CSV…"), this);
    connect(m_import, &QAction::triggered, this, &ExtensionsPane::importRequested);
    m_export = makeAction(tr("E&xport CSV…"), {}, &ExtensionsPane::exportCsv);
    m_asCustomer = new QAction(tr("Act as the c&ustomer (self-care rules)"), this);
    m_asCustomer->setCheckable(true);
    m_asCustomer->setToolTip(tr("Work as the customer's self-care portal would: what only the "
                                "administrator may do is disabled, and an administrator's block "
                                "stays."));
    connect(m_asCustomer, &QAction::toggled, this, [this](bool on) {
        Actor a = m_ctx.tasks->actor();
        a.asCustomer = on;
        m_ctx.tasks->setActor(a);
        updateActions();
        emit actorChanged();
        emit message(on ? tr("Acting as the customer: self-care rules apply.")
                        : tr("Acting as an administrator."));
    });
    for (QAction *a : {m_addExtension, m_addAutoAttendant, m_addAccount, m_import, m_export})
        m_toolbar->addAction(a);
    for (QAction *a : {m_activate, m_block, m_unblock, m_close, m_addons})
        selectionBar->addAction(a);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setUpKeyboard(m_view);
    fitColumns(m_view, {AccountListModel::NameColumn},
               {AccountListModel::AccountIdColumn, AccountListModel::DidsColumn,
                AccountListModel::AddonsColumn});
    // Status right after the account ID: on a small screen (900 pixels, German headers) the
    // columns after the first few scroll off sideways, and whether an account is blocked or
    // closed is what a clerk must see without scrolling.
    m_view->horizontalHeader()->moveSection(AccountListModel::StatusColumn,
                                            AccountListModel::AccountIdColumn + 1);
    m_view->setAccessibleName(tr("Extensions and accounts"));
    layout->addWidget(m_view, 1);
    // The toolbars' buttons in Tab's reach (a toolbar's buttons take no focus by themselves):
    // Add extension…, Import from CSV… and Export CSV… had no key at all. Tab goes through the
    // toolbar, the filter, the selection's buttons, then the table.
    QList<QWidget *> order;
    for (QAction *a : {m_addExtension, m_addAutoAttendant, m_addAccount, m_import, m_export})
        order << m_toolbar->widgetForAction(a);
    order << m_filter;
    for (QAction *a : {m_activate, m_block, m_unblock, m_close, m_addons})
        order << selectionBar->widgetForAction(a);
    order << m_view;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i) != m_filter && order.at(i) != m_view)
            order.at(i)->setFocusPolicy(Qt::TabFocus);
        if (i > 0)
            setTabOrder(order.at(i - 1), order.at(i));
    }
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    // Wrapped: unwrapped, its one long line (14 points, German) made the window wider than a
    // 900-pixel screen for a customer without accounts, Apply and the estimate off the edge.
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt; padding: 40px;"));
    layout->addWidget(m_empty);
    m_empty->hide();

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(accountActions());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExtensionsPane::updateActions);
    // The filter queries the database: on a customer with a million accounts a name filter
    // takes a while, so it runs when typing pauses (the last text wins), not on every key;
    // clearing it and Enter apply at once.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &ExtensionsPane::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
        else
            m_filterTimer->start();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &ExtensionsPane::applyFilter);
    // Esc in the filter clears it (all the accounts again).
    auto *clearFilter = new QAction(this);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExtensionsPane::updateEmptyState);
    // The actions follow the rows shown: a filter that hides the selected rows (a reset clears
    // the selection without selectionChanged) left Block and Close… enabled, doing nothing.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExtensionsPane::updateActions);
    connect(m_ctx.tasks, &TaskRunner::started, this, &ExtensionsPane::updateActions);
    connect(m_ctx.tasks, &TaskRunner::finished, this, &ExtensionsPane::updateActions);
    updateActions();
}

// A name filter matches the start of any word: the names that match after the first word are
// a scan over the customer's names (0.4 s for a million accounts when nothing matches), so it
// runs on the reader's connection and the list shows its first page when it is back; numbers and
// account IDs use an index and are read at once. The last text typed wins.
void ExtensionsPane::applyFilter()
{
    m_filterTimer->stop();
    const QString text = m_filter->text();
    const int run = ++m_filterRun;
    if (!AccountSearch::isNameFilter(text) || m_customer <= 0) {
        const KeptView kept(m_view, AccountListModel::AccountIdRole);
        m_model->setFilter(text);
        kept.restore(KeptView::ScrollToCurrent);
        return;
    }
    if (text == m_model->filter())
        return;
    const qint64 c = m_customer;
    auto rows = std::make_shared<QList<AccountInfo>>();
    m_ctx.tasks->read(
        this,
        [c, text, rows](Desk &s) {
            return AccountSearch(s.database())
                .accountsPage(c, text, 0, AccountListModel::kPageSize, rows.get());
        },
        [this, c, text, rows, run](const Status &st) {
            if (run != m_filterRun || c != m_customer)
                return; // a later text (or another customer) meanwhile
            if (!st.ok()) {
                emit message(tr("Could not filter the accounts: %1").arg(st.message()));
                return;
            }
            const KeptView kept(m_view, AccountListModel::AccountIdRole);
            m_model->setFilterWithFirstPage(text, *rows);
            kept.restore(KeptView::ScrollToCurrent);
        });
}

QList<QAction *> ExtensionsPane::accountActions() const
{
    return {m_activate, m_block, m_unblock, m_close, m_addons};
}

void ExtensionsPane::setCustomer(qint64 iCustomer, const QString &name)
{
    m_customer = iCustomer;
    m_customerName = name;
    // A customer with generic accounts only (an IoT customer's SIM cards) is not offered Add
    // extension and its list has no Ext, DIDs or Hunt group columns.
    m_usesExtensions = true;
    if (iCustomer > 0) {
        const Status st =
            AccountSearch(m_ctx.service->database()).usesExtensions(iCustomer, &m_usesExtensions);
        if (!st.ok())
            emit message(tr("Could not load the accounts: %1").arg(st.message()));
    }
    for (int column : {AccountListModel::NumberColumn, AccountListModel::DidsColumn,
                       AccountListModel::HuntGroupColumn})
        m_view->setColumnHidden(column, !m_usesExtensions);
    for (QAction *a : {m_addExtension, m_addAutoAttendant, m_import})
        a->setVisible(m_usesExtensions);
    m_filter->clear();
    m_model->setCustomer(iCustomer);
    updateEmptyState();
    updateActions();
}

// After an action on the selection (Block, Close…): the rows read again with the selection and
// the keyboard's current row kept (it had gone to the first row, so that Down selected the
// second row and Del offered to close it).
void ExtensionsPane::reload()
{
    const KeptView kept(m_view, AccountListModel::AccountIdRole);
    m_model->reload();
    kept.restore();
    updateEmptyState();
    updateActions();
}

// Another desk's change (or View > Reload): the same rows reloaded, as many as were loaded, with
// the selection, the current row and the scroll position kept.
void ExtensionsPane::refresh()
{
    const KeptView kept(m_view, AccountListModel::AccountIdRole);
    m_model->refresh();
    kept.restore();
    updateEmptyState();
    updateActions();
}

// In the table's place when there is no row: what to do for a customer without accounts, or
// that the filter matches nothing (the table had just stayed blank).
void ExtensionsPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty)
        m_empty->setText(
            m_model->filter().isEmpty()
                ? (m_usesExtensions ? tr("No extensions yet — Add extension… or import a CSV file.")
                                    : tr("No accounts yet — Add account…"))
                : (m_usesExtensions ? tr("No extension matches “%1”. Esc clears the filter.")
                                    : tr("No account matches “%1”. Esc clears the filter."))
                      .arg(m_model->filter()));
    const bool hadFocus = m_view->hasFocus();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    if (hadFocus && empty)
        m_filter->setFocus();
}
QString ExtensionsPane::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QStringList ExtensionsPane::selectedAccountIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(AccountListModel::AccountIdRole).toString();
    return ids;
}

void ExtensionsPane::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row >= 0) {
        m_view->selectionModel()->select(m_model->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

// After adding an account, it alone is selected: what was selected before must not be acted on
// together with it (Block would have blocked both).
void ExtensionsPane::selectOnly(const QString &accountId)
{
    m_view->selectionModel()->clearSelection();
    selectAccount(accountId);
    const int row = m_model->rowOf(accountId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::NoUpdate);
}

void ExtensionsPane::updateActions()
{
    const bool busy = m_ctx.tasks->isBusy();
    const bool asCustomer = m_ctx.tasks->actor().asCustomer;
    bool anyInactive = false, anyBlocked = false, anyUnblocked = false, anyOpen = false;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const AccountInfo *a = m_model->account(i.row());
        if (!a || a->status == QLatin1String("closed"))
            continue;
        anyOpen = true;
        anyInactive = anyInactive || a->status == QLatin1String("inactive");
        // The customer cannot lift an administrator's block: Unblock is offered only for a block
        // it may lift.
        anyBlocked = anyBlocked || (asCustomer ? a->blocked == QLatin1String("by_customer")
                                               : a->blocked != QLatin1String("no"));
        anyUnblocked = anyUnblocked || a->blocked == QLatin1String("no");
    }
    for (QAction *a : {m_addAccount, m_export})
        a->setEnabled(m_customer > 0 && !busy);
    for (QAction *a : {m_addExtension, m_addAutoAttendant, m_import})
        a->setEnabled(m_customer > 0 && !busy && m_usesExtensions);
    customermode::adminOnly(m_activate, asCustomer, !busy && anyInactive); // the admin's check
    m_block->setEnabled(!busy && anyUnblocked);
    m_unblock->setEnabled(!busy && anyBlocked);
    m_close->setEnabled(!busy && anyOpen);
    m_addons->setEnabled(!busy && rows.size() == 1 && anyOpen);
}

void ExtensionsPane::addExtension()
{
    // The dialog checks as you type against a snapshot of the customer; for a very large
    // customer loading it takes a moment, so it is loaded off the GUI thread.
    const qint64 c = m_customer;
    auto snapshot = std::make_shared<CustomerSnapshot>();
    m_addExtension->setEnabled(false);
    emit message(tr("Preparing Add extension…"));
    m_ctx.tasks->read(
        this, [c, snapshot](Desk &s) { return s.customers.snapshot(c, snapshot.get()); },
        [this, c, snapshot](const Status &st) {
            updateActions();
            if (c != m_customer)
                return;
            if (!st.ok()) {
                QMessageBox::warning(this, tr("Add extension"), st.message());
                return;
            }
            emit message(QString());
            openAddExtensionDialog(*snapshot);
        });
}

void ExtensionsPane::openAddExtensionDialog(const CustomerSnapshot &snapshot)
{
    AddExtensionDialog dialog(snapshot, this);
    const qint64 c = m_customer;
    auto created = std::make_shared<CreatedAccount>();
    // The dialog stays open until the service has taken the extension: a refusal after the
    // dialog's own checks (another desk took the number meanwhile) shows in it, the input kept.
    QDialogButtonBox *buttons = dialog.buttonBox();
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &dialog, nullptr);
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Add extension"),
                   [&dialog, c, created]() -> TaskRunner::Task {
                       const ExtensionRequest r = dialog.request();
                       return [c, r, created](Desk &s) {
                           return s.accounts.addExtension(c, r, created.get());
                       };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectOnly(created->accountId);
    emit message(tr("Created %1.").arg(created->accountId));
    emit changed();
}

void ExtensionsPane::runOnSelected(const QString &verb,
                                   const std::function<Status(Desk &, const QString &)> &op)
{
    const QStringList ids = selectedAccountIds();
    if (ids.isEmpty())
        return;
    auto done = std::make_shared<QStringList>();
    m_ctx.tasks->run(
        tr("%1 %n account(s)", nullptr, ids.size()).arg(verb),
        [ids, op, done](Desk &s) -> Status {
            // Each account is its own change: one refused does not undo the others.
            QList<Problem> problems;
            for (const QString &id : ids) {
                const Status st = op(s, id);
                if (st.ok())
                    *done << id;
                else if (st.kind() == Status::Kind::Refused)
                    problems += st.problems();
                else
                    return st;
            }
            return problems.isEmpty() ? Status() : Status::refused(problems);
        },
        [this, verb, done](const Status &st) {
            reload();
            QString text = done->isEmpty()
                               ? QString()
                               : tr("%1 %2").arg(verb, done->join(QStringLiteral(", ")));
            if (!st.ok())
                text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + st.message();
            // Refusals are reported in the status bar, not in a modal box: the
            // rest of the selection went through.
            emit message(text);
            emit changed();
        });
}

void ExtensionsPane::activateSelected()
{
    runOnSelected(tr("Activated"),
                  [](Desk &s, const QString &id) { return s.accountState.activate(id); });
}
void ExtensionsPane::blockSelected()
{
    runOnSelected(tr("Blocked"),
                  [](Desk &s, const QString &id) { return s.accountState.block(id); });
}
void ExtensionsPane::unblockSelected()
{
    runOnSelected(tr("Unblocked"),
                  [](Desk &s, const QString &id) { return s.accountState.unblock(id); });
}

void ExtensionsPane::closeSelected()
{
    const QStringList ids = selectedAccountIds();
    if (ids.isEmpty())
        return;
    const QString text =
        tr("Close %1?\n\nClosing is final: the account stops working, its DIDs go back to %2's "
           "pool, it "
           "leaves its hunt groups, and its quota is freed. The account ID is never used again.")
            .arg(ids.join(QStringLiteral(", ")), m_customerName);
    if (QMessageBox::question(this, tr("Close accounts"), text,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    runOnSelected(tr("Closed"),
                  [](Desk &s, const QString &id) { return s.accountState.close(id); });
}

void ExtensionsPane::exportCsv()
{
    const QString path = filedialog::getSaveFileName(this, tr("Export extensions"),
                                                     tr("%1 extensions.csv").arg(m_customerName),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // A large customer's export takes a while: written off the GUI thread.
    const qint64 c = m_customer;
    auto count = std::make_shared<int>(0);
    m_ctx.tasks->read(
        this,
        [c, path, count](Desk &s) {
            CsvWriter w;
            Status st = Exporter::exportExtensions(s.database(), c, &w, count.get());
            QString error;
            if (st.ok() && !w.save(path, &error))
                st = Status::database(error);
            return st;
        },
        [this, path, count](const Status &st) {
            if (!st.ok()) {
                QMessageBox::warning(this, tr("Export"), st.message());
                return;
            }
            emit message(tr("Exported %n extension(s) to %1.", nullptr, *count).arg(path));
        });
}

} // namespace ad
