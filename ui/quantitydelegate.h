#pragma once

#include <QSpinBox>
#include <QStyledItemDelegate>

namespace ad {

// The Quantity editor: a spin box whose lowest step is the special value "Unlimited"; its
// minimum number is the number of accounts in use (never below 1). U switches to Unlimited,
// a digit to a number.
class QuantitySpinBox final : public QSpinBox {
    Q_OBJECT
public:
    explicit QuantitySpinBox(QWidget *parent = nullptr);
    void setInUse(int inUse); // the lowest number accepted
    int inUse() const { return m_inUse; }
    // 0 = Unlimited
    void setQuantity(int q);
    int quantity() const;

    using QSpinBox::lineEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    int m_inUse = 0;
};

class QuantityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    // The view's undo stack records an edit as (row, old, new) instead of writing directly.
    void quantityEdited(const QModelIndex &index, int oldQuantity, int newQuantity) const;
};

} // namespace ad
