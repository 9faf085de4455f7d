#include "usagebardelegate.h"

#include "itemmodels/agreementmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>

namespace ad {

// Pixels beside the words' measured width: the advance is rounded, and words exactly as wide as
// their measure were elided ("1 von 4 · 3 f…" at 900 pixels in German).
constexpr int kSlack = 3;

int UsageBarDelegate::barWidth(int cellWidth, int textWidth)
{
    return qBound(24, cellWidth - textWidth - 8, 120);
}

int UsageBarDelegate::neededWidth(const QFontMetrics &metrics, int inUse, int quantity)
{
    // The cell's margins (4 each side), the bar and its gap (8).
    return metrics.horizontalAdvance(usageText(inUse, quantity)) + kSlack + 8 +
           (quantity == AgreementModel::kUnlimited ? 0 : 48 + 8);
}

QString UsageBarDelegate::usageText(int inUse, int quantity)
{
    if (quantity == AgreementModel::kUnlimited)
        return QCoreApplication::translate("ad::UsageBarDelegate", "%1 in use · no limit")
            .arg(inUse);
    if (inUse >= quantity)
        return QCoreApplication::translate("ad::UsageBarDelegate", "%1 of %2 · full")
            .arg(inUse)
            .arg(quantity);
    return QCoreApplication::translate("ad::UsageBarDelegate", "%1 of %2 · %3 free")
        .arg(inUse)
        .arg(quantity)
        .arg(quantity - inUse);
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int inUse = index.data(AgreementModel::InUseRole).toInt();
    const int quantity = index.data(AgreementModel::QuantityRole).toInt();
    const QString error = index.data(AgreementModel::ErrorRole).toString();
    const QRect r = opt.rect.adjusted(4, 3, -4, -3);
    painter->save();
    if (!error.isEmpty()) {
        // Dark red on light red whether the row is selected or not (it was red on the blue of
        // the selection), wrapped; the row is as tall as the text (sizeHint()).
        painter->fillRect(opt.rect, QColor(0xff, 0xeb, 0xee));
        painter->setPen(QColor(0xa0, 0x10, 0x10));
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                          QStringLiteral("⚠ ") + error);
        painter->restore();
        return;
    }
    const QString text = usageText(inUse, quantity);
    if (quantity != AgreementModel::kUnlimited) {
        const QRect bar(r.left(), r.top() + 2,
                        barWidth(r.width(), opt.fontMetrics.horizontalAdvance(text) + kSlack),
                        r.height() - 4);
        const double ratio = qBound(0.0, double(inUse) / qMax(1, quantity), 1.0);
        const QColor fill = ratio >= 1.0   ? QColor(0xd3, 0x2f, 0x2f)
                            : ratio >= 0.8 ? QColor(0xf5, 0xa6, 0x23)
                                           : QColor(0x3d, 0x8b, 0x40);
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->setBrush(opt.palette.color(QPalette::Base));
        painter->drawRoundedRect(bar, 3, 3);
        QRect filled = bar.adjusted(1, 1, -1, -1);
        filled.setWidth(int(filled.width() * ratio));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 2, 2);
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect words = r.adjusted(bar.width() + 8, 0, 0, 0);
        painter->drawText(words, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, words.width()));
    } else {
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), 280));
    const QString error = index.data(AgreementModel::ErrorRole).toString();
    if (!error.isEmpty()) {
        // The refusal wrapped in the column's width: the row grows to show all of it. The
        // column's own width, also when narrow (at 900 pixels the height was reckoned for 280
        // pixels and the lines past the second were cut).
        int width = 280;
        if (const auto *view = qobject_cast<const QTableView *>(option.widget))
            width = qMax(60, view->columnWidth(index.column()));
        const QRect text = option.fontMetrics.boundingRect(
            QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, QStringLiteral("⚠ ") + error);
        s.setHeight(qMax(s.height(), text.height() + 8));
    }
    return s;
}

} // namespace ad
