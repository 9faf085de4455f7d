#include "quantitydelegate.h"

#include "itemmodels/agreementmodel.h"

#include "domain/rules.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace ad {

QuantitySpinBox::QuantitySpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSpecialValueText(tr("Unlimited"));
    setRange(kUnlimitedValue, rules::kMaxQuantity);
    setAccelerated(true);
    setAccessibleName(tr("Quantity"));
    setAccessibleDescription(tr("A whole number, or Unlimited (press U)."));
    setToolTip(tr("Type a number, or press U for Unlimited"));
}

void QuantitySpinBox::setInUse(int inUse)
{
    m_inUse = qMax(0, inUse);
}

void QuantitySpinBox::setQuantity(int q)
{
    setValue(q == AgreementModel::kUnlimited ? kUnlimitedValue : q);
}

int QuantitySpinBox::quantity() const
{
    return isUnlimited() ? AgreementModel::kUnlimited : value();
}

// The arrows move between Unlimited and the numbers the agreement accepts: down from the
// lowest accepted number is Unlimited, up from Unlimited is the lowest accepted number.
void QuantitySpinBox::stepBy(int steps)
{
    if (isUnlimited()) {
        if (steps > 0)
            setValue(lowestNumber() + steps - 1);
    } else if (value() + steps < lowestNumber()) {
        setValue(kUnlimitedValue);
    } else {
        setValue(value() + steps);
    }
    selectAll();
}

void QuantitySpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_U) {
        setValue(kUnlimitedValue);
        selectAll();
        event->accept();
        return;
    }
    // A key the editor cannot take (a letter, a comma, a digit past the largest quantity) used to
    // vanish without a word: the clerk now sees what the field takes, beside it.
    const QString before = lineEdit()->text();
    QSpinBox::keyPressEvent(event);
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint() && lineEdit()->text() == before) {
        m_refusedHint = tr("\"%1\" is not part of a quantity. %2")
                            .arg(typed, QuantityDelegate::refusalFor(0, 0));
        QToolTip::showText(mapToGlobal(QPoint(0, height())), m_refusedHint, this);
    } else if (lineEdit()->text() != before) {
        m_refusedHint.clear();
        QToolTip::hideText();
    }
}

int QuantitySpinBox::valueFromText(const QString &text) const
{
    if (text.trimmed().compare(specialValueText(), Qt::CaseInsensitive) == 0 ||
        text.trimmed().isEmpty())
        return kUnlimitedValue;
    return QSpinBox::valueFromText(text);
}

QValidator::State QuantitySpinBox::validate(QString &input, int &pos) const
{
    if (specialValueText().startsWith(input.trimmed(), Qt::CaseInsensitive) &&
        !input.trimmed().isEmpty())
        return input.trimmed().size() == specialValueText().size() ? QValidator::Acceptable
                                                                   : QValidator::Intermediate;
    return QSpinBox::validate(input, pos);
}

QWidget *QuantityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *spin = new QuantitySpinBox(parent);
    spin->setInUse(index.data(AgreementModel::InUseRole).toInt());
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Painted over the cell, so that the old value does not show through the new one.
    spin->setAutoFillBackground(true);
    return spin;
}

void QuantityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QuantitySpinBox *>(editor);
    spin->setQuantity(index.data(AgreementModel::QuantityRole).toInt());
    spin->selectAll();
}

QString QuantityDelegate::refusalFor(int quantity, int inUse)
{
    if (quantity < 1 || quantity > rules::kMaxQuantity)
        return tr("A quantity is a whole number from 1 to %1, or Unlimited (press U).")
            .arg(QLocale().toString(rules::kMaxQuantity));
    if (quantity < inUse)
        return tr("%n account(s) use this product: the quantity cannot be lower than %n (you typed "
                  "%1).",
                  nullptr, inUse)
            .arg(QLocale().toString(quantity));
    return {};
}

void QuantityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *spin = static_cast<QuantitySpinBox *>(editor);
    spin->interpretText();
    const int oldQ = index.data(AgreementModel::QuantityRole).toInt();
    const bool unlimited = spin->isUnlimited();
    const int newQ = unlimited ? AgreementModel::kUnlimited : spin->value();
    // A number the agreement cannot take is refused on its row, never turned into another
    // value (0 would otherwise read as Unlimited).
    const QString refusal = unlimited ? QString() : refusalFor(newQ, spin->inUse());
    if (!refusal.isEmpty()) {
        if (auto *agreement = qobject_cast<AgreementModel *>(model))
            agreement->setRowError(index.data(AgreementModel::ProductNameRole).toString(), refusal);
        return;
    }
    if (oldQ == newQ) {
        // A number it takes, the same as before: the refusal of an earlier try ("you typed 1")
        // no longer applies.
        if (!index.data(AgreementModel::ErrorRole).toString().isEmpty())
            if (auto *agreement = qobject_cast<AgreementModel *>(model))
                agreement->setRowError(index.data(AgreementModel::ProductNameRole).toString(),
                                       QString());
        return;
    }
    if (receivers(SIGNAL(quantityEdited(QModelIndex, int, int))) > 0)
        emit quantityEdited(index, oldQ, newQ);
    else
        model->setData(index, newQ, Qt::EditRole);
}

void QuantityDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    // At least as wide as the spin box needs for "Unlimited" and its arrows, growing to the left
    // (the column is right-aligned) when the column is narrower.
    QRect r = option.rect;
    const int wanted = editor->sizeHint().width();
    if (r.width() < wanted)
        r.setLeft(qMax(0, r.right() - wanted + 1));
    r.setHeight(qMax(r.height(), editor->minimumSizeHint().height()));
    editor->setGeometry(r);
}

void QuantityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(AgreementModel::DirtyRole).toBool())
        opt.font.setBold(true); // plus the " *" in the text: changed, not applied
    QStyledItemDelegate::paint(painter, opt, index);
}

QSize QuantityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.font.setBold(true);
    opt.fontMetrics = QFontMetrics(opt.font);
    opt.text =
        QCoreApplication::translate("ad::AgreementModel", "Unlimited") + QStringLiteral(" *");
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QSize widest = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
    if (m_editorWidth < 0) {
        QuantitySpinBox probe;
        probe.setFrame(false);
        probe.setQuantity(AgreementModel::kUnlimited);
        m_editorWidth = probe.sizeHint().width();
    }
    size.setWidth(qMax(size.width(), qMax(widest.width(), m_editorWidth)));
    return size;
}

} // namespace ad
