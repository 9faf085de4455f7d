#pragma once

// What the set-up's widget tests (tst_setupui, tst_setupwindows) share: finding a dialog's
// problem text and a button by its text, answering a question box, finding a row by key.
#include "itemmodels/simpletablemodel.h"
#include "problemlabel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace ad::test {

// The refusal submitInDialog() shows in a dialog.
inline QString problemOf(QWidget *dialog)
{
    auto *p = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
    return p ? p->problem() : QStringLiteral("<no problem label>");
}

inline QPushButton *button(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

// Answers the next question box with Yes.
inline void answerYes(QObject *context)
{
    QTimer::singleShot(0, context, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

inline int rowOf(SimpleTableModel *m, const QString &key)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->key(r).toString() == key)
            return r;
    return -1;
}

inline void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = box->button(QDialogButtonBox::Save);
    ok->click();
}

} // namespace ad::test
