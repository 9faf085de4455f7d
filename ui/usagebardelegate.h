#pragma once

#include <QStyledItemDelegate>

namespace ad {

// "In use of Quantity" as a bar with its numbers as text ("4 of 5"), so colour is never the
// only signal: amber from 80 %, red at the limit (and the text says "full"). A refusal on the
// row is shown as a red line of text instead.
class UsageBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QString usageText(int inUse, int quantity);
    // The bar gives way to the words ("1 of 3 · 2 free" was cut to "1 of 3 · 2 fr" at 900
    // pixels): as wide as the cell leaves beside the text, 24 to 120 pixels.
    static int barWidth(int cellWidth, int textWidth);
    // The width a cell needs for its words whole beside a bar of 48 pixels (none for Unlimited).
    static int neededWidth(const QFontMetrics &metrics, int inUse, int quantity);
};

} // namespace ad
