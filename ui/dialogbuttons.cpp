#include "dialogbuttons.h"

#include <QDialog>
#include <QLayout>
#include <QPushButton>

namespace ad {

QDialogButtonBox *addDialogButtons(QDialog *dialog, QLayout *layout, const QString &okText,
                                   QDialogButtonBox::StandardButton ok)
{
    auto *buttons = new QDialogButtonBox(ok | QDialogButtonBox::Cancel, dialog);
    if (!okText.isEmpty())
        buttons->button(ok)->setText(okText);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace ad
