#pragma once

#include "import/csvreader.h"

#include <QLabel>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QStandardItemModel;
class QTableView;

namespace ad {

class ColumnMappingModel;
class ImportWizard;

// The wizard's second page: encoding, delimiter and header row (detected, changeable), the first
// rows as read and the column mapping.
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

} // namespace ad
