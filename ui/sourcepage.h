#pragma once

#include <QLabel>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace ad {

class DropZone;
class ImportWizard;

// The wizard's first page: the file (drop zone, Browse…, the template), the customer and the
// options.
class SourcePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit SourcePage(ImportWizard *wizard);
    bool setFile(const QString &path); // false (with a message) for what is not a readable CSV file
    QString message() const { return m_message->text(); }
    DropZone *dropZone() const { return m_drop; }
    QRadioButton *skipInvalidButton() const { return m_skipInvalid; }
    QCheckBox *inactiveBox() const { return m_inactive; }
    QCheckBox *updateExistingBox() const { return m_updateExisting; }

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
    QCheckBox *m_updateExisting;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_skipInvalid;
};

} // namespace ad
