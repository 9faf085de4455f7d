// The Extensions tab's filter: it runs when typing pauses (Enter and clearing at once), a name
// filter off the GUI thread with the last text winning, and Esc clears it.
#include "extensionspane.h"

#include "itemmodels/accountlistmodel.h"
#include "keptview.h"
#include "services/accountsearch.h"
#include "taskrunner.h"

#include <QAction>
#include <QLineEdit>
#include <QTimer>

namespace ad {

void ExtensionsPane::setUpFilter()
{
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
    // A part of an account ID ("x466") is asked for as the ID's start (an index, at once).
    const QString query = AccountListModel::searchText(m_customer, text);
    if (!AccountSearch::isNameFilter(query) || m_customer <= 0) {
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
        [c, query, rows](Desk &s) {
            return AccountSearch(s.database())
                .accountsPage(c, query, 0, AccountListModel::kPageSize, rows.get());
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

} // namespace ad
