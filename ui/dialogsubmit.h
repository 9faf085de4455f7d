#pragma once

#include "taskrunner.h"

#include <QString>
#include <functional>

class QDialog;
class QDialogButtonBox;

namespace ad {

// Makes a dialog's OK run its change before it closes: OK calls `makeTask` (on the GUI thread:
// it reads the widgets and returns a task holding the values) and runs the task with the
// dialog kept open and its buttons disabled; when the service refuses, the reason appears in
// the dialog (in words, in red) and the user's input stays for a correction; when it succeeds
// the dialog is accepted and `done` runs. Use instead of closing first and reporting after.
void submitInDialog(QDialog *dialog, QDialogButtonBox *buttons, TaskRunner *tasks,
                    const QString &description, std::function<TaskRunner::Task()> makeTask,
                    TaskRunner::Done done = {});

} // namespace ad
