#include "dialogsubmit.h"

#include "problemlabel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPointer>

namespace ad {

namespace {
struct DialogSubmit {
    Q_DECLARE_TR_FUNCTIONS(DialogSubmit)
};

// The reason takes its wrapped lines' height: the dialog grows to it (a refusal in New hunt
// group was cut after its first line, under the buttons).
void fitReason(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout || !dialog->isVisible())
        return;
    layout->invalidate(); // the label was shown just now; recompute before measuring
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (dialog->height() < needed)
        dialog->resize(dialog->width(), needed);
}
} // namespace

void submitInDialog(QDialog *dialog, QDialogButtonBox *buttons, TaskRunner *tasks,
                    const QString &description, std::function<TaskRunner::Task()> makeTask,
                    TaskRunner::Done done)
{
    auto *problem = new ProblemLabel(dialog);
    problem->setObjectName(QStringLiteral("dialogProblem"));
    problem->setAccessibleName(DialogSubmit::tr("Why it could not be saved"));
    // Just above the buttons.
    if (auto *form = qobject_cast<QFormLayout *>(dialog->layout())) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(buttons, &row, &role);
        if (row >= 0)
            form->insertRow(row, problem);
        else
            form->addRow(problem);
    } else if (auto *box = qobject_cast<QBoxLayout *>(dialog->layout())) {
        const int at = box->indexOf(buttons);
        box->insertWidget(at >= 0 ? at : box->count(), problem);
    }
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        problem->setProblem(QString());
        buttons->setEnabled(false);
        QPointer<QDialog> guard(dialog);
        const bool started = tasks->run(description, makeTask(), [=](const Status &st) {
            if (!guard)
                return;
            buttons->setEnabled(true);
            if (!st.ok()) {
                problem->setProblem(st.message());
                fitReason(guard);
                return;
            }
            guard->accept();
            if (done)
                done(st);
        });
        if (!started) {
            buttons->setEnabled(true);
            problem->setProblem(
                DialogSubmit::tr("Another change is still running; try again in a moment."));
            fitReason(dialog);
        }
    });
}

} // namespace ad
