#include "quantitydelegate.h"

#include "itemmodels/agreementmodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace ad {

// The spin box's range is [m_inUse - 1 .. 999999] where the minimum shows "Unlimited"; with
// 0 accounts in use the minimum 0 is Unlimited and 1 is the lowest number.
QuantitySpinBox::QuantitySpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSpecialValueText(tr("Unlimited"));
    setRange(0, 999999);
    setAccelerated(true);
    setAccessibleName(tr("Quantity"));
    setAccessibleDescription(tr("A whole number, or Unlimited (press U)."));
    setToolTip(tr("Type a number, or press U for Unlimited"));
}

void QuantitySpinBox::setInUse(int inUse)
{
    m_inUse = qMax(0, inUse);
    // The special value sits one below the lowest allowed number.
    setMinimum(qMax(1, m_inUse) - 1);
}

void QuantitySpinBox::setQuantity(int q)
{
    if (q == AgreementModel::kUnlimited)
        setValue(minimum());
    else
        setValue(qMax(q, minimum() + 1));
}

int QuantitySpinBox::quantity() const
{
    return value() == minimum() ? AgreementModel::kUnlimited : value();
}

void QuantitySpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_U) {
        setValue(minimum());
        selectAll();
        event->accept();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

int QuantitySpinBox::valueFromText(const QString &text) const
{
    if (text.trimmed().compare(specialValueText(), Qt::CaseInsensitive) == 0 || text.trimmed().isEmpty())
        return minimum();
    return QSpinBox::valueFromText(text);
}

QValidator::State QuantitySpinBox::validate(QString &input, int &pos) const
{
    if (specialValueText().startsWith(input.trimmed(), Qt::CaseInsensitive) && !input.trimmed().isEmpty())
        return input.trimmed().size() == specialValueText().size() ? QValidator::Acceptable : QValidator::Intermediate;
    return QSpinBox::validate(input, pos);
}

QWidget *QuantityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *spin = new QuantitySpinBox(parent);
    spin->setInUse(index.data(AgreementModel::InUseRole).toInt());
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void QuantityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QuantitySpinBox *>(editor);
    spin->setQuantity(index.data(AgreementModel::QuantityRole).toInt());
    spin->selectAll();
}

void QuantityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QuantitySpinBox *>(editor);
    spin->interpretText();
    const int oldQ = index.data(AgreementModel::QuantityRole).toInt();
    const int newQ = spin->quantity();
    if (oldQ == newQ)
        return;
    if (receivers(SIGNAL(quantityEdited(QModelIndex, int, int))) > 0)
        emit quantityEdited(index, oldQ, newQ);
    else
        model->setData(index, newQ, Qt::EditRole);
}

void QuantityDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

void QuantityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(AgreementModel::DirtyRole).toBool())
        opt.font.setBold(true); // plus the " *" in the text: changed, not applied
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace ad
