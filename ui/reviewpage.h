#pragma once

#include <QLabel>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ad {

class ImportPreviewModel;
class ImportWizard;

// The wizard's third page: every row over the plan and what it does (add, update with old → new,
// close, unchanged; counted and filterable), the problems, the quota and the charges.
class ReviewPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(ImportWizard *wizard);
    ImportPreviewModel *model() const { return m_model; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QComboBox *kindBox() const { return m_kind; } // All rows, To add, To update, ...
    QString summary() const { return m_summary->text(); }
    QString explanation() const { return m_why->text(); }
    // The current row's problems, else what it changes, whole.
    QString rowProblemText() const { return m_rowProblem->text(); }
    QString quotaText() const { return m_quota->text(); }
    QString problemsText() const { return m_counts->text(); } // the file's, then the first rows'
    bool isPlanned() const;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

public slots:
    void reload();
    void saveProblems();
    void showPlan(); // from the session (after a refused commit, the new plan)

private:
    ImportWizard *m_wizard;
    ImportPreviewModel *m_model;
    QTableView *m_view;
    QCheckBox *m_onlyProblems;
    QComboBox *m_kind;
    QLabel *m_summary;
    QLabel *m_counts;
    QLabel *m_quota;
    QLabel *m_why;
    QLabel *m_rowProblem;
    QProgressBar *m_busy;
    QPushButton *m_save;
    int m_generation = 0;
};

} // namespace ad
