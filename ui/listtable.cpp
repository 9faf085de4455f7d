#include "listtable.h"
#include "focusmarker.h"

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
    setUpKeyboard(view); // Tab leaves the table; the current row framed
    return view;
}

namespace {
// Sets the widths of fitColumns() again when the rows are replaced or the view is resized.
class ColumnFitter final : public QObject {
public:
    ColumnFitter(QTableView *view, const QList<int> &stretch, const QList<int> &elided,
                 int elidedChars, int stretchChars, int elidedFloorChars)
        : QObject(view), m_view(view), m_stretch(stretch), m_elided(elided),
          m_elidedChars(elidedChars), m_stretchChars(stretchChars),
          m_elidedFloorChars(elidedFloorChars)
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::refit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::refit);
        fit();
    }

    void refit()
    {
        m_fitting = true;
        fit();
        m_fitting = false;
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        auto *view = static_cast<QAbstractItemView *>(m_view);
        const int columns = m_view->model()->columnCount();
        const int chars = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        // Per shown column: the width wanted and the narrowest it may become before the view
        // scrolls sideways. Plain columns keep their content's width (a status is never cut);
        // elided ones (IDs, lists) give way first, down to m_elidedFloorChars, then the stretched
        // ones (names), down to m_stretchChars.
        QList<int> shown, want, floor, full;
        for (int c = 0; c < columns; ++c) {
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            if (header->isSectionHidden(c))
                continue;
            const int head = header->sectionSizeHint(c);
            const int content = qMax(head, view->sizeHintForColumn(c));
            shown << c;
            full << content;
            if (m_stretch.contains(c)) {
                want << qMax(head, qMin(content, chars * 24));
                floor << qMax(head, qMin(content, chars * m_stretchChars));
            } else if (m_elided.contains(c)) {
                want << qMax(head, qMin(content, chars * m_elidedChars));
                floor << qMax(head, qMin(content, chars * m_elidedFloorChars));
            } else {
                want << content;
                floor << content;
            }
        }
        int total = 0;
        for (int w : want)
            total += w;
        const int room = m_view->viewport()->width();
        for (const QList<int> *kind : {&m_elided, &m_stretch}) {
            for (int i = 0; i < shown.size() && total > room; ++i) {
                if (!kind->contains(shown.at(i)))
                    continue;
                const int give = qMin(want.at(i) - floor.at(i), total - room);
                want[i] -= give;
                total -= give;
            }
        }
        // Room left over first lets the elided columns show their whole content (two DIDs were
        // cut in the middle beside a half-empty Name column), then goes to the stretched ones.
        for (int i = 0; i < shown.size() && total < room; ++i) {
            if (!m_elided.contains(shown.at(i)) || want.at(i) >= full.at(i))
                continue;
            const int take = qMin(full.at(i) - want.at(i), room - total);
            want[i] += take;
            total += take;
        }
        // Then the stretched ones, each up to its whole content (History's After was cut while
        // Before, often empty, had as much room), and what is still left is shared.
        for (int i = 0; i < shown.size() && total < room; ++i) {
            if (!m_stretch.contains(shown.at(i)) || want.at(i) >= full.at(i))
                continue;
            const int take = qMin(full.at(i) - want.at(i), room - total);
            want[i] += take;
            total += take;
        }
        // What is left over goes to the stretched columns.
        int stretched = 0;
        for (int c : shown)
            stretched += m_stretch.contains(c) ? 1 : 0;
        const int extra = stretched > 0 && total < room ? (room - total) / stretched : 0;
        for (int i = 0; i < shown.size(); ++i)
            header->resizeSection(shown.at(i),
                                  want.at(i) + (m_stretch.contains(shown.at(i)) ? extra : 0));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && !m_fitting)
            refit();
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QList<int> m_stretch, m_elided;
    int m_elidedChars;
    int m_stretchChars;
    int m_elidedFloorChars;
    bool m_fitting = false;
};
} // namespace

void fitColumns(QTableView *view, const QList<int> &stretch, const QList<int> &elided,
                int elidedChars, int stretchChars, int elidedFloorChars)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    // The widths follow the rows on screen and the first ones after them, not all of a million.
    header->setResizeContentsPrecision(200);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setWordWrap(false);
    new ColumnFitter(view, stretch, elided, elidedChars, stretchChars, elidedFloorChars);
}

void refitColumns(QTableView *view)
{
    for (QObject *child : view->children())
        if (auto *fitter = dynamic_cast<ColumnFitter *>(child))
            fitter->refit();
}

} // namespace ad
