#include "formatpage.h"

#include "importwizard.h"
#include "itemmodels/columnmappingmodel.h"
#include "mappingprofiles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {
// The "Imported as" editor: a combo box of the template's fields.
class FieldDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (csv::Field f : csv::mappableFields())
            box->addItem(ColumnMappingModel::fieldLabel(f), int(f));
        box->addItem(ColumnMappingModel::fieldLabel(csv::Field::Ignored), int(csv::Field::Ignored));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

const char *kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "ISO-8859-1"};
} // namespace

FormatPage::FormatPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Format and columns"));
    setSubTitle(tr("How the file is read, and which column is which. Change anything that was "
                   "guessed wrong."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_delimiter = new QComboBox(this);
    // As wide as their longest entry ("Detected: Windows-1252" used to read "Detected: Windo").
    for (QComboBox *box : {m_encoding, m_delimiter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headerMode = new QComboBox(this);
    m_headerMode->addItem(tr("Detected"), int(MappingProfile::Detected));
    m_headerMode->addItem(tr("Row"), int(MappingProfile::Row));
    m_headerMode->addItem(tr("No header"), int(MappingProfile::NoHeader));
    m_headerMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setRange(1, 1000000);
    m_headerRow->setAccessibleName(tr("Header row number"));
    m_sheet = new QComboBox(this);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel = new QLabel(tr("S&heet"), this);
    m_sheetLabel->setBuddy(m_sheet);
    auto *headerLabel = new QLabel(tr("Header &row"), this);
    headerLabel->setBuddy(m_headerMode);
    auto *encLabel = new QLabel(tr("&Encoding"), this);
    encLabel->setBuddy(m_encoding);
    auto *delLabel = new QLabel(tr("&Delimiter"), this);
    delLabel->setBuddy(m_delimiter);
    form->addWidget(encLabel);
    form->addWidget(m_encoding);
    form->addSpacing(16);
    form->addWidget(delLabel);
    form->addWidget(m_delimiter);
    form->addSpacing(16);
    form->addWidget(m_sheetLabel);
    form->addWidget(m_sheet);
    form->addStretch();
    layout->addLayout(form);
    auto *header = new QHBoxLayout;
    header->addWidget(headerLabel);
    header->addWidget(m_headerMode);
    header->addWidget(m_headerRow);
    header->addSpacing(16);
    m_profileNote = new QLabel(this);
    m_profileNote->setWordWrap(true);
    m_resetProfile = new QPushButton(tr("Reset to &detected"), this);
    m_resetProfile->setAutoDefault(false);
    m_resetProfile->setToolTip(tr("Forget the saved choices for files with this header"));
    header->addWidget(m_profileNote, 1);
    header->addWidget(m_resetProfile);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("The first rows as read:"), this));
    m_raw = new QStandardItemModel(this);
    m_rawView = new QTableView(this);
    m_rawView->setModel(m_raw);
    m_rawView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rawView->setAccessibleName(tr("The first rows of the file"));
    layout->addWidget(m_rawView, 2);
    layout->addWidget(new QLabel(tr("Columns (double-click \"Imported as\" to change):"), this));
    m_mapping = new ColumnMappingModel(this);
    m_mappingView = new QTableView(this);
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                            new FieldDelegate(m_mappingView));
    m_mappingView->verticalHeader()->hide();
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->setAccessibleName(tr("Column mapping"));
    layout->addWidget(m_mappingView, 2);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FormatPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &FormatPage::reread);
    connect(m_headerMode, &QComboBox::currentIndexChanged, this, &FormatPage::headerChosen);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &FormatPage::headerChosen);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // Another sheet is another table: its header and mapping are detected afresh.
        m_sheetChoice = m_sheet->currentData().toString();
        m_chosen.reset();
        m_headerMode->setCurrentIndex(0);
        reread();
    });
    connect(m_resetProfile, &QPushButton::clicked, this, &FormatPage::resetProfile);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, &FormatPage::mappingEdited);
}

void FormatPage::initializePage()
{
    // Another file starts from the detected encoding and delimiter; the same file again (Back,
    // then Next) keeps what was chosen for it. An override is not carried to the next file: a
    // ';' chosen for one file read the next, comma-separated one as a single column.
    m_loading = true;
    const ImportSession &session = m_wizard->session();
    const bool sameFile = m_pathShown == session.path;
    const QString encoding = sameFile ? session.encoding : QString();
    const QString delimiter =
        sameFile && !session.delimiter.isNull() ? QString(session.delimiter) : QString();
    const csv::ReadResult detected = csv::CsvReader::readFile(m_wizard->session().path, [] {
        csv::ReadOptions o;
        o.previewRows = 2;
        return o;
    }());
    m_encoding->clear();
    m_encoding->addItem(
        tr("Detected: %1").arg(detected.encoding.isEmpty() ? tr("unknown") : detected.encoding),
        QString());
    for (const char *e : kEncodings)
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_delimiter->clear();
    auto delimiterName = [this](QChar c) {
        return c == QLatin1Char('\t')  ? tr("TAB")
               : c == QLatin1Char(',') ? tr("comma ( , )")
               : c == QLatin1Char(';') ? tr("semicolon ( ; )")
                                       : tr("pipe ( | )");
    };
    m_delimiter->addItem(tr("Detected: %1").arg(delimiterName(detected.delimiter)), QString());
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(c), QString(c));
    // Qt recomputes a box's size hint for new entries but keeps its minimum from the first
    // entries it had, and a narrow wizard squeezes the boxes to that minimum: after Back and a
    // file detected as Windows-1252 instead of UTF-8, "Detected: Windo". The new entries set it.
    for (QComboBox *box : {m_encoding, m_delimiter})
        box->setMinimumWidth(box->sizeHint().width());
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(delimiter)));
    if (m_pathShown != m_wizard->session().path) {
        // Another file: the automatic choices, or those saved for its header.
        m_pathShown = m_wizard->session().path;
        m_signature = mappingprofiles::signature(detected.header);
        m_detectedRow = detected.headerRow;
        m_chosen.reset();
        m_sheetChoice.clear();
        m_headerMode->setCurrentIndex(0);
        m_headerRow->setValue(qMax(1, m_detectedRow));
        m_profileNote->clear();
        m_resetProfile->hide();
        applyProfile();
    }
    m_headerRow->setEnabled(m_headerMode->currentData().toInt() == MappingProfile::Row);
    m_loading = false;
    reread();
}

void FormatPage::applyProfile()
{
    const std::optional<MappingProfile> p = mappingprofiles::load(m_signature);
    if (!p)
        return;
    m_headerMode->setCurrentIndex(m_headerMode->findData(int(p->headerMode)));
    if (p->headerRow > 0) {
        m_headerRow->setValue(p->headerRow);
        if (p->headerMode == MappingProfile::Detected)
            m_detectedRow = p->headerRow;
    }
    m_sheetChoice = p->sheet;
    m_chosen = p->mapping;
    m_profileNote->setText(
        tr("Using the mapping saved on %1 for files with this header.")
            .arg(QLocale().toString(p->savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_resetProfile->show();
}

void FormatPage::resetProfile()
{
    mappingprofiles::remove(m_signature);
    m_loading = true;
    m_chosen.reset();
    m_sheetChoice.clear();
    m_headerMode->setCurrentIndex(0);
    m_headerRow->setEnabled(false);
    m_loading = false;
    m_profileNote->setText(tr("The saved mapping was forgotten; the choices are as detected."));
    m_resetProfile->hide();
    reread();
}

void FormatPage::headerChosen()
{
    if (m_loading)
        return;
    m_headerRow->setEnabled(m_headerMode->currentData().toInt() == MappingProfile::Row);
    m_chosen.reset(); // other columns: mapped afresh
    reread();
}

void FormatPage::reread()
{
    if (m_loading)
        return;
    ImportSession &s = m_wizard->session();
    csv::ReadOptions o;
    o.encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    o.delimiter = d.isEmpty() ? QChar() : d.at(0);
    const int mode = m_headerMode->currentData().toInt();
    o.hasHeader = mode != MappingProfile::NoHeader;
    // A chosen mapping takes the first row as the header unless told which: the detected one.
    o.headerRow = mode == MappingProfile::Row                    ? m_headerRow->value()
                  : mode == MappingProfile::Detected && m_chosen ? m_detectedRow
                                                                 : 0;
    o.sheet = m_sheetChoice;
    o.previewRows = 20;
    o.mapping = m_chosen;
    m_preview = csv::CsvReader::readFile(s.path, o);
    if (mode == MappingProfile::Detected && !m_chosen)
        m_detectedRow = m_preview.headerRow;
    m_loading = true;
    m_headerMode->setItemText(0, m_detectedRow > 0 ? tr("Detected (row %1)").arg(m_detectedRow)
                                                   : tr("Detected"));
    const bool workbook = !m_preview.sheets.isEmpty();
    m_sheet->clear();
    for (const QString &name : m_preview.sheets)
        m_sheet->addItem(name, name);
    m_sheet->setCurrentIndex(qMax(0, m_sheet->findData(m_preview.sheet)));
    m_sheet->setVisible(workbook);
    m_sheetLabel->setVisible(workbook);
    m_loading = false;

    m_raw->clear();
    m_raw->setHorizontalHeaderLabels(m_preview.header);
    for (const csv::Record &r : m_preview.records) {
        QList<QStandardItem *> items;
        for (const QString &f : r.fields)
            items << new QStandardItem(f);
        m_raw->appendRow(items);
        m_raw->setVerticalHeaderItem(m_raw->rowCount() - 1,
                                     new QStandardItem(QString::number(r.row)));
    }
    m_rawView->resizeColumnsToContents();
    QStringList samples;
    for (int i = 0; i < m_raw->columnCount(); ++i) // the file's header under its column letter
        m_raw->setHorizontalHeaderItem(i,
                                       new QStandardItem(csv::columnLetter(i) + QLatin1Char('\n') +
                                                         m_preview.header.value(i)));
    for (int i = 0; i < m_preview.header.size(); ++i)
        samples << (m_preview.records.isEmpty() ? QString()
                                                : m_preview.records.first().fields.value(i));
    m_settingColumns = true; // not a user's edit
    m_mapping->setColumns(m_preview.header, samples, m_preview.columns);
    m_settingColumns = false;
    m_mappingView->resizeColumnsToContents();
    mappingEdited();
}

void FormatPage::mappingEdited()
{
    if (sender() == m_mapping && !m_settingColumns)
        m_chosen = m_mapping->mapping();
    QStringList lines;
    for (const Problem &p : m_preview.fileErrors)
        if (p.code != QLatin1String("header_missing_column") &&
            p.code != QLatin1String("header_duplicate_column"))
            lines << p.message;
    for (const Problem &w : m_preview.warnings)
        if (w.code == QLatin1String("encoding_fallback"))
            lines << w.message;
    QStringList missing;
    for (csv::Field f : m_mapping->missingMandatory())
        missing << csv::fieldName(f);
    if (!missing.isEmpty())
        lines
            << tr("Choose the column for: %1 — mandatory.").arg(missing.join(QStringLiteral(", ")));
    QStringList twice;
    for (csv::Field f : m_mapping->duplicated())
        twice << csv::fieldName(f);
    if (!twice.isEmpty())
        lines << tr("Only one column can be imported as %1.").arg(twice.join(QStringLiteral(", ")));
    int ignored = 0;
    for (csv::Field f : m_mapping->mapping())
        ignored += f == csv::Field::Ignored ? 1 : 0;
    if (ignored)
        lines << tr("%n column(s) will be ignored.", nullptr, ignored);
    if (lines.isEmpty())
        lines << tr("All mandatory columns are found.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool FormatPage::isComplete() const
{
    for (const Problem &p : m_preview.fileErrors)
        if (p.code != QLatin1String("header_missing_column") &&
            p.code != QLatin1String("header_duplicate_column"))
            return false;
    return !m_preview.header.isEmpty() && m_mapping->missingMandatory().isEmpty() &&
           m_mapping->duplicated().isEmpty();
}

bool FormatPage::validatePage()
{
    ImportSession &s = m_wizard->session();
    const QString encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    const QChar delimiter = d.isEmpty() ? QChar() : d.at(0);
    const int mode = m_headerMode->currentData().toInt();
    const bool hasHeader = mode != MappingProfile::NoHeader;
    const int headerRow = mode == MappingProfile::Row                    ? m_headerRow->value()
                          : mode == MappingProfile::Detected && m_chosen ? m_detectedRow
                                                                         : 0;
    if (encoding != s.encoding || delimiter != s.delimiter || hasHeader != s.hasHeader ||
        headerRow != s.headerRow || m_sheetChoice != s.sheet || m_chosen != s.mapping)
        s.planned = false;
    s.encoding = encoding;
    s.delimiter = delimiter;
    s.hasHeader = hasHeader;
    s.headerRow = headerRow;
    s.sheet = m_sheetChoice;
    s.mapping = m_chosen;
    // Remembered for the next file with this header; the automatic choices need no profile.
    MappingProfile profile;
    profile.headerMode = MappingProfile::HeaderMode(mode);
    profile.headerRow = headerRow;
    profile.sheet = m_sheetChoice;
    profile.mapping = m_chosen;
    if (profile.isAutomatic())
        mappingprofiles::remove(m_signature);
    else
        mappingprofiles::save(m_signature, profile);
    return true;
}

} // namespace ad
