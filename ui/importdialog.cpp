#include "importdialog.h"

#include "domain/money.h"
#include "import/importservice.h"
#include "taskrunner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QApplication>
#include <QPointer>
#include <QVBoxLayout>

namespace ad {

ImportDialog::ImportDialog(DeskContext &ctx, qint64 iCustomer, const QString &path, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_customer(iCustomer), m_path(path)
{
    setWindowTitle(tr("Import extensions — %1").arg(QFileInfo(path).fileName()));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading %1…").arg(QFileInfo(path).fileName()), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems, 1);
    m_quota = new QLabel(this);
    m_quota->setWordWrap(true);
    layout->addWidget(m_quota);
    m_inactive = new QCheckBox(tr("Create the accounts &inactive (an administrator activates them after review)"), this);
    m_allOrNothing = new QRadioButton(tr("&All or nothing: import only if every row is valid"), this);
    m_skipInvalid = new QRadioButton(tr("&Skip invalid rows: import the valid ones, list the rest"), this);
    m_allOrNothing->setChecked(true);
    layout->addWidget(m_inactive);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skipInvalid);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::commit);
    connect(m_inactive, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_skipInvalid, &QRadioButton::toggled, this, &ImportDialog::showPlan);
    replan();
}

void ImportDialog::replan()
{
    m_import->setEnabled(false);
    const QString path = m_path;
    const qint64 c = m_customer;
    const bool inactive = m_inactive->isChecked();
    auto read = std::make_shared<csv::ReadResult>();
    auto plan = std::make_shared<ImportPlan>();
    m_ctx.tasks->read(this,
                      [path, c, inactive, read, plan](ProvisioningService &s) {
                          *read = csv::CsvReader::readFile(path);
                          return ImportService(s.database(), s.actor()).plan(c, *read, PlanOptions{inactive}, plan.get());
                      },
                      [this, read, plan](const Status &st) {
                          if (!st.ok()) {
                              m_summary->setText(st.message());
                              return;
                          }
                          m_read = *read;
                          m_plan = *plan;
                          showPlan();
                      });
}

void ImportDialog::showPlan()
{
    if (m_committed)
        return;
    m_problems->clear();
    const int bad = m_plan.rowsWithErrors.size();
    QString text = tr("%1 · %2 · delimiter %3 · %n data row(s): ", nullptr, m_plan.rows)
                       .arg(m_read.fileName, m_read.encoding,
                            m_read.delimiter == QLatin1Char('\t') ? tr("TAB") : QString(m_read.delimiter));
    text += tr("%n ready", nullptr, m_plan.accounts.size());
    if (bad)
        text += tr(", %n with problems", nullptr, bad);
    for (const Problem &w : m_plan.warnings)
        text += QStringLiteral("\n") + tr("Note: %1").arg(w.message);
    m_summary->setText(text);
    const int shown = qMin<int>(m_plan.errors.size(), 500);
    for (int i = 0; i < shown; ++i) {
        const Problem &p = m_plan.errors.at(i);
        QString where = p.row > 0 ? tr("Row %1").arg(p.row) : tr("File");
        if (!p.field.isEmpty())
            where += QStringLiteral(", ") + p.field;
        m_problems->addItem(QStringLiteral("%1: %2  [%3]").arg(where, p.message, p.code));
    }
    if (m_plan.errors.size() > shown)
        m_problems->addItem(tr("… and %n more problem(s).", nullptr, m_plan.errors.size() - shown));
    if (m_plan.errors.isEmpty())
        m_problems->addItem(tr("No problems: every row can be imported."));
    QStringList quota;
    for (const QuotaLine &q : m_plan.quota)
        if (q.adding > 0 || q.exceeded)
            quota << tr("%1 %2 + %3 of %4%5")
                         .arg(q.product)
                         .arg(q.inUse)
                         .arg(q.adding)
                         .arg(q.quantity ? QString::number(*q.quantity) : tr("Unlimited"))
                         .arg(q.exceeded ? tr(" — exceeded") : QString());
    m_quota->setText(tr("Quota: %1\nCharges: %2 → %3 a month")
                         .arg(quota.isEmpty() ? tr("nothing added") : quota.join(QStringLiteral("; ")),
                              money::display(m_plan.chargesBefore, m_plan.currency),
                              money::display(m_plan.chargesAfter, m_plan.currency)));
    const bool canImport = !m_plan.hasFileErrors() && !m_plan.accounts.isEmpty() &&
                           (!m_plan.hasErrors() || m_skipInvalid->isChecked());
    m_import->setEnabled(canImport && !m_ctx.tasks->isBusy());
    m_import->setText(m_plan.hasErrors() && m_skipInvalid->isChecked()
                          ? tr("&Import %n valid row(s)", nullptr, m_plan.accounts.size())
                          : tr("&Import %n extension(s)", nullptr, m_plan.accounts.size()));
    if (m_plan.hasErrors() && !m_skipInvalid->isChecked()) {
        const QString why = tr("Nothing can be imported all-or-nothing while there are problems: fix them in the file and "
                               "open it again, or choose \"Skip invalid rows\".");
        m_import->setToolTip(why);
        m_quota->setText(m_quota->text() + QStringLiteral("\n") + why);
    } else {
        m_import->setToolTip(QString());
    }
}

QStringList ImportDialog::createdAccountIds() const
{
    QStringList ids;
    if (m_committed)
        for (const PlannedAccount &a : m_plan.accounts)
            ids << a.accountId;
    return ids;
}

void ImportDialog::commit()
{
    m_import->setEnabled(false);
    m_progress->show();
    m_progress->setRange(0, qMax(1, int(m_plan.accounts.size())));
    const qint64 c = m_customer;
    const csv::ReadResult read = m_read;
    const ImportPlan reviewed = m_plan;
    CommitOptions options;
    options.inactive = m_inactive->isChecked();
    options.skipInvalid = m_skipInvalid->isChecked();
    QPointer<QProgressBar> bar(m_progress);
    options.progress = [bar](int done, int) {
        QMetaObject::invokeMethod(qApp, [bar, done] {
            if (bar)
                bar->setValue(done);
        });
        return true;
    };
    auto result = std::make_shared<CommitResult>();
    m_ctx.tasks->run(tr("Importing %n extension(s)", nullptr, reviewed.accounts.size()),
                     [c, read, reviewed, options, result](ProvisioningService &s) {
                         return ImportService(s.database(), s.actor()).commit(c, read, &reviewed, options, result.get());
                     },
                     [this, result](const Status &st) {
                         m_progress->hide();
                         if (st.ok()) {
                             m_committed = true;
                             m_plan = result->plan;
                             m_summary->setText(tr("Imported: %n extension(s) created.", nullptr, m_plan.accounts.size()));
                             m_problems->clear();
                             for (const PlannedAccount &a : m_plan.accounts)
                                 m_problems->addItem(QStringLiteral("%1  %2  %3").arg(a.accountId, a.extension, a.name));
                             m_import->hide();
                             emit imported(m_plan.accounts.size());
                             return;
                         }
                         if (result->stale) {
                             m_plan = result->plan;
                             showPlan();
                             m_summary->setText(st.problems().first().message + QStringLiteral("\n") + m_summary->text());
                             return;
                         }
                         m_summary->setText(tr("Not imported — nothing was written: %1").arg(st.message()));
                         showPlan();
                     });
}

} // namespace ad
