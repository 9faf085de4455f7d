#include "listtable.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace ad {

QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(name);
    return view;
}

namespace {
// Sets the widths of fitColumns() again when the rows are replaced or the view is resized.
class ColumnFitter final : public QObject {
public:
    ColumnFitter(QTableView *view, const QList<int> &stretch, const QList<int> &elided,
                 int elidedChars)
        : QObject(view), m_view(view), m_stretch(stretch), m_elided(elided),
          m_elidedChars(elidedChars)
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
        fit();
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int columns = m_view->model()->columnCount();
        const int chars = m_view->fontMetrics().averageCharWidth();
        int used = 0;
        QList<int> stretchShown;
        for (int c = 0; c < columns; ++c) {
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            if (header->isSectionHidden(c))
                continue;
            const int content =
                qMax(header->sectionSizeHint(c),
                     static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c));
            if (m_stretch.contains(c)) {
                stretchShown << c;
                continue;
            }
            const int width = m_elided.contains(c) ? qMax(header->sectionSizeHint(c),
                                                          qMin(content, chars * m_elidedChars))
                                                   : content;
            header->resizeSection(c, width);
            used += width;
        }
        if (stretchShown.isEmpty())
            return;
        // What is left is shared by the stretched columns, each at least as wide as its
        // content up to 18 characters (a name never shrinks to "…").
        const int share = (m_view->viewport()->width() - used) / int(stretchShown.size());
        for (int c : stretchShown) {
            const int content =
                qMax(header->sectionSizeHint(c),
                     static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c));
            header->resizeSection(c, qMax(share, qMin(content, chars * 18)));
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && !m_fitting) {
            m_fitting = true;
            fit();
            m_fitting = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QList<int> m_stretch, m_elided;
    int m_elidedChars;
    bool m_fitting = false;
};
} // namespace

void fitColumns(QTableView *view, const QList<int> &stretch, const QList<int> &elided,
                int elidedChars)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    // The widths follow the rows on screen and the first ones after them, not all of a million.
    header->setResizeContentsPrecision(200);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setWordWrap(false);
    new ColumnFitter(view, stretch, elided, elidedChars);
}

} // namespace ad
