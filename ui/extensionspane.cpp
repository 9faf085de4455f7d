// The Extensions tab: the toolbars, the table of accounts, its empty state and which actions the
// selection allows. The filter is in extensionsfilter.cpp, the actions in extensionsactions.cpp
// and the dialogs other than Add extension in extensionsdialogs.cpp.
#include "extensionspane.h"
#include "customermode.h"
#include "focusmarker.h"

#include "itemmodels/accountlistmodel.h"
#include "keptview.h"
#include "listtable.h"
#include "services/accountsearch.h"
#include "taskrunner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
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
    setUpFilter();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExtensionsPane::updateEmptyState);
    // The actions follow the rows shown: a filter that hides the selected rows (a reset clears
    // the selection without selectionChanged) left Block and Close… enabled, doing nothing.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExtensionsPane::updateActions);
    connect(m_ctx.tasks, &TaskRunner::started, this, &ExtensionsPane::updateActions);
    connect(m_ctx.tasks, &TaskRunner::finished, this, &ExtensionsPane::updateActions);
    updateActions();
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

} // namespace ad
