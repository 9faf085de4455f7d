#include "keptview.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace ad {

KeptView::KeptView(QTableView *view, int keyRole) : m_view(view), m_role(keyRole)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        m_current = current.siblingAtColumn(0).data(m_role);
        m_currentColumn = current.column();
    }
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        m_selected << i.data(m_role);
    m_vertical = view->verticalScrollBar()->value();
    m_horizontal = view->horizontalScrollBar()->value();
}

void KeptView::restore(Scroll scroll) const
{
    if (!m_view)
        return;
    QAbstractItemModel *model = m_view->model();
    QItemSelectionModel *selection = m_view->selectionModel();
    QHash<QString, int> rows; // key as text -> row, for the rows loaded
    if (m_current.isValid() || !m_selected.isEmpty())
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(model->index(r, 0).data(m_role).toString(), r);
    QItemSelection kept;
    int firstKept = -1;
    for (const QVariant &key : m_selected) {
        const int r = rows.value(key.toString(), -1);
        if (r >= 0)
            kept.select(model->index(r, 0), model->index(r, model->columnCount() - 1));
        if (r >= 0 && (firstKept < 0 || r < firstKept))
            firstKept = r;
    }
    // The keyboard's current row is the row it was on, or else the selected one: a reload left
    // it on the first row while the highlight stayed on the blocked one, and Down then selected
    // the second row (Del offered to close an account nobody had chosen).
    const int currentRow = m_current.isValid() ? rows.value(m_current.toString(), -1) : -1;
    if (currentRow >= 0 || firstKept >= 0)
        selection->setCurrentIndex(
            model->index(currentRow >= 0 ? currentRow : firstKept, m_currentColumn),
            QItemSelectionModel::NoUpdate);
    selection->select(kept, QItemSelectionModel::ClearAndSelect);
    // The scroll bars' ranges follow the new rows only at the next layout: lay out now, so that
    // the old position can be set.
    m_view->doItemsLayout();
    if (scroll == ScrollToCurrent) {
        if (selection->currentIndex().isValid())
            m_view->scrollTo(selection->currentIndex());
        return;
    }
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace ad
