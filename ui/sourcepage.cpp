#include "sourcepage.h"
#include "filedialogs.h"

#include "dropzone.h"
#include "import/csvwriter.h"
#include "importwizard.h"
#include "services/listingservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace ad {

SourcePage::SourcePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Source"));
    setSubTitle(
        tr("The file of new extensions, the customer they are for, and how to import them."));
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
    m_inactive = new QCheckBox(
        tr("Create the accounts &inactive — an administrator activates them after review"),
        options);
    // As the CLI's --update-existing: a row whose extension number exists changes that
    // extension (the review's advice for an existing extension names this choice).
    m_updateExisting = new QCheckBox(
        tr("&Update existing extensions — a row whose extension exists changes it"), options);
    m_allOrNothing = new QRadioButton(
        tr("&All or nothing: import only when every row is valid (recommended)"), options);
    m_skipInvalid = new QRadioButton(
        tr("&Skip invalid rows: import the valid rows and list the others"), options);
    m_allOrNothing->setChecked(true);
    ol->addWidget(m_inactive);
    ol->addWidget(m_updateExisting);
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
    const Status listed = ListingService(*m_wizard->context().db)
                              .customersPage(QString(), CustomerOrder::Name, true, 0, 500, &page);
    if (!listed.ok())
        m_message->setText(tr("Could not load the customers: %1").arg(listed.message()));
    CustomerInfo info;
    if (current > 0 && m_wizard->context().service->customers.get(current, &info).ok() &&
        std::none_of(page.cbegin(), page.cend(),
                     [&](const CustomerInfo &c) { return c.id == current; }))
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
    else if (!QStringList{QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"),
                          QStringLiteral("xlsx"), QStringLiteral("ods")}
                  .contains(fi.suffix().toLower()))
        // Workbooks are read directly (the Format page's sheet picker); .xls is not.
        problem = tr("%1 is not a CSV file or an .xlsx or .ods workbook. Save the spreadsheet in "
                     "one of these and drop that.")
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
    const QString path = filedialog::getOpenFileName(
        this, tr("Choose a CSV file or a workbook"),
        QSettings().value(QStringLiteral("import/lastFolder")).toString(),
        tr("CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void SourcePage::downloadTemplate()
{
    const QString path = filedialog::getSaveFileName(
        this, tr("Save the CSV template"),
        QSettings().value(QStringLiteral("import/lastFolder")).toString() +
            QStringLiteral("/extensions-template.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter w;
    w.addRow(csv::templateHeader());
    QString error;
    if (!w.save(path, &error))
        QMessageBox::warning(this, tr("Template"), tr("Cannot write %1: %2").arg(path, error));
}

bool SourcePage::isComplete() const
{
    return !m_wizard->session().path.isEmpty() && m_customer->currentIndex() >= 0;
}

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
    if (s.updateExisting != m_updateExisting->isChecked())
        s.planned = false;
    s.updateExisting = m_updateExisting->isChecked();
    s.skipInvalid = m_skipInvalid->isChecked();
    return true;
}

} // namespace ad
