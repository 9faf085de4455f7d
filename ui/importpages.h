#pragma once

#include "importsession.h"

#include <QLabel>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace ad {

class ColumnMappingModel;
class ImportPreviewModel;
class ImportWizard;

// A large area that accepts one dropped CSV file.
class DropZone final : public QLabel {
    Q_OBJECT
public:
    explicit DropZone(QWidget *parent = nullptr);

signals:
    void fileDropped(const QString &path);
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

class SourcePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit SourcePage(ImportWizard *wizard);
    bool setFile(const QString &path); // false (with a message) for what is not a readable CSV file
    QString message() const { return m_message->text(); }
    DropZone *dropZone() const { return m_drop; }
    QRadioButton *skipInvalidButton() const { return m_skipInvalid; }
    QCheckBox *inactiveBox() const { return m_inactive; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void downloadTemplate();
    ImportWizard *m_wizard;
    DropZone *m_drop;
    QLabel *m_file;
    QLabel *m_message;
    QComboBox *m_customer;
    QCheckBox *m_inactive;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_skipInvalid;
};

class FormatPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard *wizard);
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *headerBox() const { return m_header; }
    ColumnMappingModel *mappingModel() const { return m_mapping; }
    QStandardItemModel *rawModel() const { return m_raw; }
    QString status() const { return m_status->text(); }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reread();
    void mappingEdited();
    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QStandardItemModel *m_raw;
    QTableView *m_rawView;
    ColumnMappingModel *m_mapping;
    QTableView *m_mappingView;
    QLabel *m_status;
    csv::ReadResult m_preview;
    bool m_userMapping = false;
    bool m_loading = false;
    bool m_settingColumns = false;
};

class ReviewPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(ImportWizard *wizard);
    ImportPreviewModel *model() const { return m_model; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QString summary() const { return m_summary->text(); }
    QString explanation() const { return m_why->text(); }
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
    QLabel *m_summary;
    QLabel *m_counts;
    QLabel *m_quota;
    QLabel *m_why;
    QProgressBar *m_busy;
    QPushButton *m_save;
    int m_generation = 0;
};

class CommitPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit CommitPage(ImportWizard *wizard);
    bool isRunning() const { return m_running; }
    bool isDone() const { return m_done; }
    void cancel();
    QString resultText() const { return m_result->text(); }
    QListWidget *createdList() const { return m_created; }

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
