#include "usagecolumn.h"

#include "itemmodels/agreementmodel.h"
#include "usagebardelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>

namespace ad {

namespace {
class UsageColumnFitter final : public QObject {
public:
    UsageColumnFitter(QTableView *view, int usage, int stretch)
        : QObject(view), m_view(view), m_usage(usage), m_stretch(stretch)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(usage, QHeaderView::Interactive);
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &UsageColumnFitter::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &UsageColumnFitter::fit);
        // Also after resizeColumnsToContents() (which sets this column to its 280-pixel hint)
        // and when another column changes width.
        connect(header, &QHeaderView::sectionResized, this, &UsageColumnFitter::fit);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            fit();
        return false;
    }

    void fit()
    {
        if (m_fitting)
            return;
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        QHeaderView *header = m_view->horizontalHeader();
        QAbstractItemModel *model = m_view->model();
        const QFontMetrics metrics = m_view->fontMetrics();
        int need = header->sectionSizeHint(m_usage);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, m_usage);
            need = qMax(need, UsageBarDelegate::neededWidth(
                                  metrics, i.data(AgreementModel::InUseRole).toInt(),
                                  i.data(AgreementModel::QuantityRole).toInt()));
        }
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (c != m_usage && c != m_stretch && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        const int room = m_view->viewport()->width() - others;
        const int productFloor =
            qMax(header->sectionSizeHint(m_stretch),
                 qMin(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(m_stretch),
                      metrics.horizontalAdvance(QLatin1Char('0')) * 14));
        int width = qMax(need, room / 2);
        if (room - width < productFloor)
            width = qMax(header->sectionSizeHint(m_usage), room - productFloor);
        if (header->sectionSize(m_usage) != width)
            header->resizeSection(m_usage, width);
    }

private:
    QTableView *m_view;
    int m_usage, m_stretch;
    bool m_fitting = false;
};
} // namespace

void fitUsageColumn(QTableView *view, int usageColumn, int stretchColumn)
{
    new UsageColumnFitter(view, usageColumn, stretchColumn);
}

} // namespace ad
