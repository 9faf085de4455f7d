#pragma once

#include <QSpinBox>
#include <QStyledItemDelegate>

namespace ad {

// The Quantity editor: a spin box whose special value "Unlimited" sits at -1, below every
// number, so that no typed number ever means Unlimited: only U, typing "Unlimited", or stepping
// down past the number in use chooses it. Typed numbers are kept as typed, even below the
// number in use: the delegate refuses those on the row instead of changing them silently.
class QuantitySpinBox final : public QSpinBox {
    Q_OBJECT
public:
    static constexpr int kUnlimitedValue = -1;

    explicit QuantitySpinBox(QWidget *parent = nullptr);
    void setInUse(int inUse); // the lowest number the agreement accepts (never below 1)
    int inUse() const { return m_inUse; }
    int lowestNumber() const { return qMax(1, m_inUse); }
    // AgreementModel::kUnlimited (0) = Unlimited
    void setQuantity(int q);
    bool isUnlimited() const { return value() == kUnlimitedValue; }
    int quantity() const; // AgreementModel::kUnlimited, or the number shown
    void stepBy(int steps) override;

    using QSpinBox::lineEdit;
    // What the editor said about the last key it could not take (shown as a tooltip beside it),
    // empty once a key changed the text.
    QString refusedHint() const { return m_refusedHint; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    int m_inUse = 0;
    QString m_refusedHint;
};

class QuantityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // As wide as the widest thing the cell shows: "Unlimited *" in bold (changed, not applied)
    // and the editor with its arrows, so neither is cut nor spills over the next column.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Why a typed number cannot be the quantity of a line with `inUse` accounts, or empty.
    static QString refusalFor(int quantity, int inUse);

signals:
    // The view's undo stack records an edit as (row, old, new) instead of writing directly.
    void quantityEdited(const QModelIndex &index, int oldQuantity, int newQuantity) const;

private:
    mutable int m_editorWidth = -1;
};

} // namespace ad
