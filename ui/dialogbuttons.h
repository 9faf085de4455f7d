#pragma once

#include <QDialogButtonBox>

class QDialog;
class QLayout;

namespace ad {

// OK (or Save) and Cancel at the foot of a small dialog, wired to accept() and reject().
// okText renames the OK button ("Add", "Connect"); empty keeps the standard text.
QDialogButtonBox *addDialogButtons(QDialog *dialog, QLayout *layout, const QString &okText = {},
                                   QDialogButtonBox::StandardButton ok = QDialogButtonBox::Ok);

} // namespace ad
