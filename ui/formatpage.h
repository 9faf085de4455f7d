#pragma once

#include "import/csvreader.h"

#include <QLabel>
#include <QWizardPage>

class QComboBox;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace ad {

class ColumnMappingModel;
class ImportWizard;

// The wizard's second page: encoding, delimiter, header row (detected, a row, or none) and a
// workbook's sheet (detected, changeable), the first rows as read and the column mapping (each
// file column, with its letter and its own header, to a field or ignored). The choices are
// remembered per header signature (mappingprofiles.h) and applied when such a file comes again.
class FormatPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard *wizard);
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    // Header row: Detected, Row (the spin box), No header (MappingProfile::HeaderMode as data).
    QComboBox *headerModeBox() const { return m_headerMode; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QComboBox *sheetBox() const { return m_sheet; }               // hidden for a CSV file
    QString profileText() const { return m_profileNote->text(); } // "Using the mapping saved…"
    QPushButton *resetProfileButton() const { return m_resetProfile; }
    void resetProfile(); // back to the automatic choices; the saved profile is forgotten
    ColumnMappingModel *mappingModel() const { return m_mapping; }
    QStandardItemModel *rawModel() const { return m_raw; }
    QString status() const { return m_status->text(); }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reread();
    void mappingEdited();
    void applyProfile();
    void headerChosen();
    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_headerMode;
    QSpinBox *m_headerRow;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_profileNote;
    QPushButton *m_resetProfile;
    QStandardItemModel *m_raw;
    QTableView *m_rawView;
    ColumnMappingModel *m_mapping;
    QTableView *m_mappingView;
    QLabel *m_status;
    csv::ReadResult m_preview;
    std::optional<QList<csv::Field>> m_chosen; // the user's (or the profile's) mapping
    QString m_sheetChoice;                     // empty = the first sheet
    int m_detectedRow = 0;                     // the header row the detection found
    QString m_signature;                       // of the file's header as detected
    QString m_pathShown;                       // the file the choices are for
    bool m_loading = false;
    bool m_settingColumns = false;
};

} // namespace ad
