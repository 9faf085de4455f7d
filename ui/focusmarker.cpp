#include "focusmarker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTableView>

namespace ad {

namespace {
// Paints the frame around the current row over what the view painted.
class CurrentRowFrame final : public QObject {
public:
    explicit CurrentRowFrame(QTableView *view) : QObject(view), m_view(view)
    {
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
        watchSelectionModel();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view) {
            if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
                m_view->viewport()->update();
            return false;
        }
        if (event->type() != QEvent::Paint || m_painting)
            return false;
        // The view paints first (the event sent on, this filter passing it), then the frame.
        m_painting = true;
        QCoreApplication::sendEvent(watched, event);
        m_painting = false;
        paintFrame();
        return true;
    }

private:
    void watchSelectionModel()
    {
        if (QItemSelectionModel *s = m_view->selectionModel())
            connect(s, &QItemSelectionModel::currentChanged, m_view->viewport(),
                    [this] { m_view->viewport()->update(); });
    }

    void paintFrame()
    {
        if (!m_view->hasFocus())
            return;
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const QRect cell = m_view->visualRect(current);
        if (!cell.isValid())
            return;
        QHeaderView *header = m_view->horizontalHeader();
        const int right = qMin(m_view->viewport()->width(), header->length() - header->offset());
        const QRect row(-header->offset(), cell.y(), right + header->offset(), cell.height());
        QPainter p(m_view->viewport());
        QPen pen(m_view->palette().color(QPalette::Text), 2);
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(row.adjusted(1, 1, -1, -1));
    }

    QTableView *m_view;
    bool m_painting = false;
};
} // namespace

void setUpKeyboard(QTableView *view)
{
    view->setTabKeyNavigation(false);
    new CurrentRowFrame(view);
}

} // namespace ad
