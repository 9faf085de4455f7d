#pragma once

#include <QLabel>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QListWidget;
class QProgressBar;
class QPushButton;

namespace ad {

class ImportWizard;
struct ImportPlan;

// The wizard's last page: the import on a worker thread with progress and Cancel, then the result.
class CommitPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit CommitPage(ImportWizard *wizard);
    bool isRunning() const { return m_running; }
    bool isDone() const { return m_done; }
    void cancel();
    QString resultText() const { return m_result->text(); }
    QListWidget *createdList() const { return m_created; }
    // The Done page's line: each kind of row that was done, and the rows skipped.
    static QString doneText(const ImportPlan &plan);

    void initializePage() override;
    bool isComplete() const override;

private:
    void exportCreated();
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_result;
    QListWidget *m_created;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_show;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    bool m_done = false;
};

} // namespace ad
