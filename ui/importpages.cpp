#include "importpages.h"

#include "domain/money.h"
#include "import/csvwriter.h"
#include "services/exporter.h"
#include "services/importservice.h"
#include "importwizard.h"
#include "itemmodels/importpreviewmodel.h"
#include "services/listingservice.h"
#include "taskrunner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

// ------------------------------------------------------------------ drop zone

DropZone::DropZone(QWidget *parent) : QLabel(parent)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(150);
    setText(tr("Drop a CSV file here, or Browse…"));
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 8px; font-size: 13pt; }"));
    setAccessibleName(tr("Drop zone for a CSV file"));
}

static QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DropZone::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty()) {
        emit refused(tr("Drop one file from the file manager."));
        return;
    }
    event->acceptProposedAction();
    emit fileDropped(path);
}

// ------------------------------------------------------------------ source

SourcePage::SourcePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Source"));
    setSubTitle(tr("The file of new extensions, the customer they are for, and how to import them."));
    auto *layout = new QVBoxLayout(this);
    m_drop = new DropZone(this);
    layout->addWidget(m_drop);
    auto *row = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen."), this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *templ = new QPushButton(tr("Download &template…"), this);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    row->addWidget(templ);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_message);
    auto *form = new QFormLayout;
    m_customer = new QComboBox(this);
    m_customer->setAccessibleName(tr("Customer"));
    form->addRow(tr("&Customer"), m_customer);
    layout->addLayout(form);
    auto *options = new QGroupBox(tr("Options"), this);
    auto *ol = new QVBoxLayout(options);
    m_inactive = new QCheckBox(tr("Create the accounts &inactive — an administrator activates them after review"), options);
    m_allOrNothing = new QRadioButton(tr("&All or nothing: import only when every row is valid (recommended)"), options);
    m_skipInvalid = new QRadioButton(tr("&Skip invalid rows: import the valid rows and list the others"), options);
    m_allOrNothing->setChecked(true);
    ol->addWidget(m_inactive);
    ol->addWidget(m_allOrNothing);
    ol->addWidget(m_skipInvalid);
    layout->addWidget(options);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(templ, &QPushButton::clicked, this, &SourcePage::downloadTemplate);
    connect(m_drop, &DropZone::fileDropped, this, &SourcePage::setFile);
    connect(m_drop, &DropZone::refused, m_message, &QLabel::setText);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
}

void SourcePage::initializePage()
{
    // The customers offered: the current one and the first 500 by name (a desk with 100,000
    // customers starts the import from the customer's page).
    const qint64 current = m_wizard->session().customer;
    QSignalBlocker block(m_customer);
    m_customer->clear();
    QList<CustomerInfo> page;
    ListingService(*m_wizard->context().db).customersPage(QString(), CustomerOrder::Name, true, 0, 500, &page);
    CustomerInfo info;
    if (current > 0 && m_wizard->context().service->customers.get(current, &info).ok() &&
        std::none_of(page.cbegin(), page.cend(), [&](const CustomerInfo &c) { return c.id == current; }))
        page.prepend(info);
    for (const CustomerInfo &c : page)
        m_customer->addItem(QStringLiteral("%1 (%2)").arg(c.name).arg(c.id), c.id);
    const int at = m_customer->findData(current);
    m_customer->setCurrentIndex(at >= 0 ? at : 0);
}

bool SourcePage::setFile(const QString &path)
{
    const QFileInfo fi(path);
    QString problem;
    if (!fi.exists())
        problem = tr("%1 does not exist.").arg(path);
    else if (!fi.isFile())
        problem = tr("%1 is a folder, not a CSV file.").arg(fi.fileName());
    else if (!fi.isReadable())
        problem = tr("%1 cannot be read (permissions).").arg(fi.fileName());
    else if (fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0 &&
             fi.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0 &&
             fi.suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) != 0)
        problem = tr("%1 is not a CSV file. Save the spreadsheet as CSV (comma or semicolon separated) and drop that.")
                      .arg(fi.fileName());
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        emit completeChanged();
        return false;
    }
    m_message->clear();
    ImportSession &s = m_wizard->session();
    if (s.path != fi.absoluteFilePath()) {
        s.path = fi.absoluteFilePath();
        s.mapping.reset();
        s.planned = false;
    }
    m_file->setText(tr("File: %1 (%2 KB)").arg(fi.fileName()).arg((fi.size() + 1023) / 1024));
    m_drop->setText(tr("%1\n\nDrop another file to replace it.").arg(fi.fileName()));
    QSettings().setValue(QStringLiteral("import/lastFolder"), fi.absolutePath());
    emit completeChanged();
    return true;
}

void SourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"),
                                                      QSettings().value(QStringLiteral("import/lastFolder")).toString(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void SourcePage::downloadTemplate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the CSV template"),
        QSettings().value(QStringLiteral("import/lastFolder")).toString() + QStringLiteral("/extensions-template.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter w;
    w.addRow(csv::templateHeader());
    QString error;
    if (!w.save(path, &error))
        QMessageBox::warning(this, tr("Template"), tr("Cannot write %1: %2").arg(path, error));
}

bool SourcePage::isComplete() const { return !m_wizard->session().path.isEmpty() && m_customer->currentIndex() >= 0; }

bool SourcePage::validatePage()
{
    ImportSession &s = m_wizard->session();
    const qint64 c = m_customer->currentData().toLongLong();
    if (c != s.customer)
        s.planned = false;
    s.customer = c;
    s.customerName = m_customer->currentText();
    if (s.inactive != m_inactive->isChecked())
        s.planned = false;
    s.inactive = m_inactive->isChecked();
    s.skipInvalid = m_skipInvalid->isChecked();
    return true;
}

// ------------------------------------------------------------------ format and columns

namespace {
// The "Imported as" editor: a combo box of the template's fields.
class FieldDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (csv::Field f : csv::allFields())
            box->addItem(ColumnMappingModel::fieldLabel(f), int(f));
        box->addItem(ColumnMappingModel::fieldLabel(csv::Field::Ignored), int(csv::Field::Ignored));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

const char *kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "ISO-8859-1"};
} // namespace

FormatPage::FormatPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Format and columns"));
    setSubTitle(tr("How the file is read, and which column is which. Change anything that was guessed wrong."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_delimiter = new QComboBox(this);
    m_header = new QCheckBox(tr("First row is a &header"), this);
    m_header->setChecked(true);
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
    form->addWidget(m_header);
    form->addStretch();
    layout->addLayout(form);
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
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn, new FieldDelegate(m_mappingView));
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
    connect(m_header, &QCheckBox::toggled, this, [this] {
        m_userMapping = false;
        reread();
    });
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, &FormatPage::mappingEdited);
}

void FormatPage::initializePage()
{
    // Start from the detected format, or the overrides remembered from last time.
    m_loading = true;
    const QSettings settings;
    const QString encoding = settings.value(QStringLiteral("import/encoding")).toString();
    const QString delimiter = settings.value(QStringLiteral("import/delimiter")).toString();
    const csv::ReadResult detected = csv::CsvReader::readFile(m_wizard->session().path, [] {
        csv::ReadOptions o;
        o.previewRows = 2;
        return o;
    }());
    m_encoding->clear();
    m_encoding->addItem(tr("Detected: %1").arg(detected.encoding.isEmpty() ? tr("unknown") : detected.encoding), QString());
    for (const char *e : kEncodings)
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_delimiter->clear();
    auto delimiterName = [this](QChar c) {
        return c == QLatin1Char('\t') ? tr("TAB") : c == QLatin1Char(',') ? tr("comma ( , )")
                                               : c == QLatin1Char(';') ? tr("semicolon ( ; )")
                                                                       : tr("pipe ( | )");
    };
    m_delimiter->addItem(tr("Detected: %1").arg(delimiterName(detected.delimiter)), QString());
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(c), QString(c));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(delimiter)));
    m_header->setChecked(m_wizard->session().hasHeader);
    m_userMapping = m_wizard->session().mapping.has_value();
    m_loading = false;
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
    o.hasHeader = m_header->isChecked();
    o.previewRows = 20;
    if (m_userMapping)
        o.mapping = m_mapping->mapping();
    m_preview = csv::CsvReader::readFile(s.path, o);

    m_raw->clear();
    m_raw->setHorizontalHeaderLabels(m_preview.header);
    for (const csv::Record &r : m_preview.records) {
        QList<QStandardItem *> items;
        for (const QString &f : r.fields)
            items << new QStandardItem(f);
        m_raw->appendRow(items);
        m_raw->setVerticalHeaderItem(m_raw->rowCount() - 1, new QStandardItem(QString::number(r.row)));
    }
    m_rawView->resizeColumnsToContents();
    QStringList samples;
    for (int i = 0; i < m_preview.header.size(); ++i)
        samples << (m_preview.records.isEmpty() ? QString() : m_preview.records.first().fields.value(i));
    m_settingColumns = true; // not a user's edit
    m_mapping->setColumns(m_preview.header, samples, m_preview.columns);
    m_settingColumns = false;
    m_mappingView->resizeColumnsToContents();
    mappingEdited();
}

void FormatPage::mappingEdited()
{
    if (sender() == m_mapping && !m_settingColumns)
        m_userMapping = true;
    QStringList lines;
    for (const Problem &p : m_preview.fileErrors)
        if (p.code != QLatin1String("header_missing_column") && p.code != QLatin1String("header_duplicate_column"))
            lines << p.message;
    for (const Problem &w : m_preview.warnings)
        if (w.code == QLatin1String("encoding_fallback"))
            lines << w.message;
    QStringList missing;
    for (csv::Field f : m_mapping->missingMandatory())
        missing << csv::fieldName(f);
    if (!missing.isEmpty())
        lines << tr("Choose the column for: %1 — mandatory.").arg(missing.join(QStringLiteral(", ")));
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
        if (p.code != QLatin1String("header_missing_column") && p.code != QLatin1String("header_duplicate_column"))
            return false;
    return !m_preview.header.isEmpty() && m_mapping->missingMandatory().isEmpty() && m_mapping->duplicated().isEmpty();
}

bool FormatPage::validatePage()
{
    ImportSession &s = m_wizard->session();
    const QString encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    const QChar delimiter = d.isEmpty() ? QChar() : d.at(0);
    const std::optional<QList<csv::Field>> mapping =
        m_userMapping ? std::optional<QList<csv::Field>>(m_mapping->mapping()) : std::nullopt;
    if (encoding != s.encoding || delimiter != s.delimiter || m_header->isChecked() != s.hasHeader || mapping != s.mapping)
        s.planned = false;
    s.encoding = encoding;
    s.delimiter = delimiter;
    s.hasHeader = m_header->isChecked();
    s.mapping = mapping;
    QSettings settings;
    settings.setValue(QStringLiteral("import/encoding"), encoding);
    settings.setValue(QStringLiteral("import/delimiter"), d);
    return true;
}

// ------------------------------------------------------------------ review

namespace {
// Cells in error: tinted, with a warning sign so that colour is not the only signal.
class ProblemCellDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool error = !index.data(ImportPreviewModel::ErrorRole).toString().isEmpty();
        const bool problemColumn = index.column() == ImportPreviewModel::ProblemsColumn && !option->text.isEmpty();
        if (error || problemColumn) {
            option->backgroundBrush = QColor(0xff, 0xe0, 0xe0);
            option->palette.setColor(QPalette::Text, QColor(0x8b, 0x00, 0x00));
            if (error)
                option->text = QStringLiteral("⚠ ") + option->text;
        }
    }
};
} // namespace

ReviewPage::ReviewPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Every row of the file as it will be imported. Rows with problems are marked; hover a cell for the reason."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_onlyProblems = new QCheckBox(tr("&Only rows with problems"), this);
    m_save = new QPushButton(tr("Save &problems as CSV…"), this);
    auto *reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setToolTip(tr("Read the file again after fixing it"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyProblems);
    top->addWidget(m_save);
    top->addWidget(reloadButton);
    layout->addLayout(top);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_model = new ImportPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProblemCellDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Rows of the file"));
    layout->addWidget(m_view, 1);
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_quota = new QLabel(this);
    m_quota->setWordWrap(true);
    layout->addWidget(m_quota);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_why);
    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &ImportPreviewModel::setOnlyProblems);
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveProblems);
    connect(reloadButton, &QPushButton::clicked, this, &ReviewPage::reload);
    setCommitPage(false);
    setButtonText(QWizard::NextButton, tr("&Import"));
}

bool ReviewPage::isPlanned() const { return m_wizard->session().planned; }

void ReviewPage::initializePage()
{
    if (!m_wizard->session().staleMessage.isEmpty() || m_wizard->session().planned) {
        showPlan(); // back from a refused commit, or nothing changed since the last plan
        return;
    }
    reload();
}

void ReviewPage::cleanupPage() { m_wizard->session().staleMessage.clear(); }

void ReviewPage::reload()
{
    ImportSession &s = m_wizard->session();
    s.planned = false;
    s.staleMessage.clear();
    m_busy->show();
    m_summary->setText(tr("Reading and checking every row…"));
    m_why->clear();
    m_counts->clear();
    m_quota->clear();
    emit completeChanged();
    const int generation = ++m_generation;
    const QString path = s.path;
    csv::ReadOptions options = s.readOptions();
    // Reading reports its progress in bytes; the bar shows it, then "checking".
    m_busy->setRange(0, 100);
    m_busy->setValue(0);
    QPointer<ReviewPage> self(this);
    options.progress = [self, generation](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(qApp, [self, generation, percent] {
            if (self && generation == self->m_generation)
                self->m_busy->setValue(percent);
        });
        return true; // a superseded read finishes and is discarded (generation)
    };
    const qint64 c = s.customer;
    const bool inactive = s.inactive;
    auto read = std::make_shared<csv::ReadResult>();
    auto plan = std::make_shared<ImportPlan>();
    // Reading and planning 100,000 rows takes a moment: off the GUI thread.
    m_wizard->context().tasks->read(this,
                                    [=](Desk &service) {
                                        return ImportService(service.database(), service.actor())
                                            .readAndPlan(c, path, options, PlanOptions{inactive}, read.get(), plan.get());
                                    },
                                    [this, generation, read, plan](const Status &st) {
                                        if (generation != m_generation)
                                            return;
                                        m_busy->hide();
                                        if (!st.ok()) {
                                            m_summary->setText(st.message());
                                            return;
                                        }
                                        ImportSession &session = m_wizard->session();
                                        session.read = *read;
                                        session.plan = *plan;
                                        session.planned = true;
                                        showPlan();
                                    });
}

void ReviewPage::showPlan()
{
    const ImportSession &s = m_wizard->session();
    const ImportPlan &p = s.plan;
    m_model->setPlan(s.read, p, s.customer);
    m_view->resizeColumnsToContents();
    const int bad = p.rowsWithErrors.size();
    m_summary->setText(tr("%n row(s)", nullptr, p.rows) + QStringLiteral(" · ") + tr("%n ready", nullptr, p.accounts.size()) +
                       QStringLiteral(" · ") + tr("%n with problems", nullptr, bad));
    QMap<QString, int> byCode;
    QStringList fileProblems;
    for (const Problem &e : p.errors) {
        ++byCode[e.code];
        if (e.row == 0)
            fileProblems << e.message;
    }
    QStringList counts;
    for (auto it = byCode.constBegin(); it != byCode.constEnd(); ++it)
        counts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    m_counts->setText(fileProblems.join(QLatin1Char('\n')) + (fileProblems.isEmpty() ? QString() : QStringLiteral("\n")) +
                      (counts.isEmpty() ? tr("No problems.") : tr("Problems: %1").arg(counts.join(QStringLiteral(", ")))));
    QStringList quota;
    for (const QuotaLine &q : p.quota)
        quota << tr("%1 %2 + %3 of %4 %5")
                     .arg(q.product)
                     .arg(q.inUse)
                     .arg(q.adding)
                     .arg(q.quantity ? QString::number(*q.quantity) : tr("Unlimited"))
                     .arg(q.exceeded ? tr("✗ exceeded") : tr("✓"));
    const qint64 delta = p.chargesAfter - p.chargesBefore;
    m_quota->setText(tr("Quota: %1\nCharges: %2 → %3 a month (+%4)")
                         .arg(quota.join(QStringLiteral("   ")), money::display(p.chargesBefore, p.currency),
                              money::display(p.chargesAfter, p.currency), money::display(delta, p.currency)));
    m_save->setEnabled(bad > 0);
    QString why;
    if (!s.staleMessage.isEmpty())
        why = s.staleMessage + QLatin1Char('\n');
    if (p.hasFileErrors())
        why += tr("The file cannot be imported: see the problems above.");
    else if (p.accounts.isEmpty())
        why += tr("No row can be imported.");
    else if (p.hasErrors() && !s.skipInvalid)
        why += tr("Fix the %n problem(s) in the file and press Reload, or go back and choose \"Skip invalid rows\".", nullptr,
                  p.errors.size());
    else if (p.hasErrors())
        why += tr("%n valid row(s) will be imported; the %1 row(s) with problems will not.", nullptr, p.accounts.size()).arg(bad);
    m_why->setText(why);
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    const ImportSession &s = m_wizard->session();
    return s.planned && !s.plan.hasFileErrors() && !s.plan.accounts.isEmpty() && (!s.plan.hasErrors() || s.skipInvalid) &&
           !m_wizard->context().tasks->isBusy();
}

void ReviewPage::saveProblems()
{
    const ImportSession &s = m_wizard->session();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rows with problems"),
                                                      QFileInfo(s.path).absolutePath() + QStringLiteral("/") +
                                                          QFileInfo(s.path).completeBaseName() + tr("-problems.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ImportService::writeProblemsCsv(path, s.read, s.plan, &error))
        QMessageBox::warning(this, tr("Save problems"), tr("Cannot write %1: %2").arg(path, error));
}

// ------------------------------------------------------------------ commit

CommitPage::CommitPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_rate = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    QFont f = m_result->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_result->setFont(f);
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_created = new QListWidget(this);
    m_created->setAccessibleName(tr("Accounts created"));
    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export created accounts…"), this);
    m_show = new QPushButton(tr("&Show in Extensions"), this);
    buttons->addWidget(m_export);
    buttons->addWidget(m_show);
    buttons->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_created, 1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &CommitPage::cancel);
    connect(m_export, &QPushButton::clicked, this, &CommitPage::exportCreated);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit m_wizard->showInExtensions(m_wizard->session().customer, m_wizard->session().created);
        m_wizard->accept();
    });
}

void CommitPage::cancel()
{
    if (m_running && m_cancelFlag) {
        m_cancelFlag->store(true);
        m_rate->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void CommitPage::initializePage()
{
    ImportSession &s = m_wizard->session();
    m_done = false;
    m_running = true;
    m_created->clear();
    m_result->clear();
    m_export->hide();
    m_show->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progress->setRange(0, qMax(1, int(s.plan.accounts.size())));
    m_progress->setValue(0);
    m_rate->setText(tr("Importing %n extension(s) for %1…", nullptr, s.plan.accounts.size()).arg(s.customerName));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const qint64 c = s.customer;
    const csv::ReadResult read = s.read;
    const ImportPlan reviewed = s.plan;
    CommitOptions options;
    options.inactive = s.inactive;
    options.skipInvalid = s.skipInvalid;
    auto flag = m_cancelFlag;
    QPointer<CommitPage> self(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    options.progress = [flag, self, clock](int done, int total) {
        const qint64 ms = qMax<qint64>(1, clock->elapsed());
        QMetaObject::invokeMethod(qApp, [self, done, total, ms] {
            if (!self || !self->m_running)
                return;
            self->m_progress->setValue(done);
            self->m_rate->setText(tr("%1 of %2 rows · %3 rows per second").arg(done).arg(total).arg(qint64(done * 1000.0 / ms)));
        });
        return !flag->load();
    };
    auto result = std::make_shared<CommitResult>();
    m_wizard->button(QWizard::BackButton)->setEnabled(false);
    const bool started = m_wizard->context().tasks->run(
        tr("Importing %n extension(s)", nullptr, reviewed.accounts.size()),
        [c, read, reviewed, options, result](Desk &service) {
            return ImportService(service.database(), service.actor()).commit(c, read, &reviewed, options, result.get());
        },
        [this, result](const Status &st) {
            m_running = false;
            m_cancel->hide();
            ImportSession &session = m_wizard->session();
            if (st.ok()) {
                m_done = true;
                session.created.clear();
                for (const PlannedAccount &a : result->plan.accounts) {
                    session.created << a.accountId;
                    m_created->addItem(QStringLiteral("%1   %2   %3").arg(a.accountId, a.extension, a.name));
                }
                m_progress->setValue(m_progress->maximum());
                m_result->setText(tr("%n extension(s) created.", nullptr, session.created.size()));
                m_export->show();
                m_show->show();
                emit m_wizard->imported(session.customer, session.created);
                emit completeChanged();
                return;
            }
            if (result->stale) {
                // Another desk changed the customer: back to the review with the new problems.
                session.plan = result->plan;
                session.planned = true;
                session.staleMessage = st.problems().first().message;
                m_wizard->back();
                m_wizard->reviewPage()->showPlan();
                return;
            }
            m_result->setText(st.firstCode() == QLatin1String("cancelled")
                                  ? tr("Cancelled — nothing was written.")
                                  : tr("Not imported — nothing was written. %1").arg(st.message()));
            m_wizard->button(QWizard::BackButton)->setEnabled(true);
            emit completeChanged();
        });
    if (!started) {
        m_running = false;
        m_result->setText(tr("Another change is still running; try again in a moment."));
        m_wizard->button(QWizard::BackButton)->setEnabled(true);
    }
}

bool CommitPage::isComplete() const { return m_done; }

void CommitPage::exportCreated()
{
    const ImportSession &s = m_wizard->session();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the created accounts"),
                                                      QFileInfo(s.path).absolutePath() + tr("/created-extensions.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Up to 1,000,000 rows: written off the GUI thread.
    const qint64 c = s.customer;
    const QStringList created = s.created;
    m_wizard->context().tasks->read(this,
                                    [c, path, created](Desk &service) {
                                        CsvWriter w;
                                        Status st = Exporter::exportExtensions(service.database(), c, &w, nullptr, created);
                                        QString error;
                                        if (st.ok() && !w.save(path, &error))
                                            st = Status::database(error);
                                        return st;
                                    },
                                    [this](const Status &st) {
                                        if (!st.ok())
                                            QMessageBox::warning(this, tr("Export"), st.message());
                                    });
}

} // namespace ad
