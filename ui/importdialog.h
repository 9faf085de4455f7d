#pragma once

#include "deskcontext.h"
#include "import/csvreader.h"
#include "import/importplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ad {

// A compact import from the Extensions tab over the import engine: the file is read and planned
// off the GUI thread, the dialog shows the rows, the problems (row, column, message), the
// quota and the charges, and commits all or nothing (or the valid rows) on a worker thread with
// the plan it showed — refused, with the new problems, if another desk changed the customer.
// The full wizard (column mapping, format overrides, the review table) is issue #5.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    ImportDialog(DeskContext &ctx, qint64 iCustomer, const QString &path, QWidget *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }
    bool isCommitted() const { return m_committed; }
    QPushButton *importButton() const { return m_import; }
    QStringList createdAccountIds() const;

signals:
    void imported(int accounts);

private:
    void replan();
    void showPlan();
    void commit();

    DeskContext &m_ctx;
    qint64 m_customer;
    QString m_path;
    csv::ReadResult m_read;
    ImportPlan m_plan;
    bool m_committed = false;
    QLabel *m_summary;
    QListWidget *m_problems;
    QLabel *m_quota;
    QCheckBox *m_inactive;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_skipInvalid;
    QProgressBar *m_progress;
    QPushButton *m_import;
};

} // namespace ad
