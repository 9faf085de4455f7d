#include "commitpage.h"
#include "filedialogs.h"

#include "import/csvwriter.h"
#include "importwizard.h"
#include "reviewpage.h"
#include "services/exporter.h"
#include "services/importservice.h"
#include "taskrunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

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
    m_wizard->setOption(QWizard::NoCancelButton, false);
    m_created->clear();
    m_result->clear();
    m_export->hide();
    m_show->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progress->setRange(0, qMax(1, int(s.plan.accounts.size() + s.plan.changes.size())));
    m_progress->setValue(0);
    m_rate->setText(tr("Importing %n row(s) for %1…", nullptr,
                       int(s.plan.accounts.size() + s.plan.changes.size()))
                        .arg(s.customerName));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const qint64 c = s.customer;
    const csv::ReadResult read = s.read;
    const ImportPlan reviewed = s.plan;
    CommitOptions options;
    options.inactive = s.inactive;
    options.skipInvalid = s.skipInvalid;
    options.updateExisting = s.updateExisting;
    auto flag = m_cancelFlag;
    QPointer<CommitPage> self(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    options.progress = [flag, self, clock](int done, int total) {
        const qint64 ms = qMax<qint64>(1, clock->elapsed());
        QMetaObject::invokeMethod(qApp, [self, done, total, ms] {
            if (!self || !self->m_running)
                return;
            if (total > 0)
                self->m_progress->setMaximum(total);
            self->m_progress->setValue(done);
            self->m_rate->setText(tr("%1 of %2 rows · %3 rows per second")
                                      .arg(done)
                                      .arg(total)
                                      .arg(qint64(done * 1000.0 / ms)));
        });
        return !flag->load();
    };
    auto result = std::make_shared<CommitResult>();
    m_wizard->button(QWizard::BackButton)->setEnabled(false);
    const bool started = m_wizard->context().tasks->run(
        tr("Importing %n extension(s)", nullptr, reviewed.accounts.size()),
        [c, read, reviewed, options, result](Desk &service) {
            return ImportService(service.database(), service.actor())
                .commit(c, read, &reviewed, options, result.get());
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
                    m_created->addItem(
                        QStringLiteral("%1   %2   %3").arg(a.accountId, a.extension, a.name));
                }
                m_progress->setValue(m_progress->maximum());
                m_result->setText(doneText(result->plan));
                // Done: Close only, no Cancel beside it.
                m_wizard->setOption(QWizard::NoCancelButton, true);
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

QString CommitPage::doneText(const ImportPlan &plan)
{
    // Each kind that was done, then the skipped rows (skip-invalid mode).
    const ImportPlan &p = plan;
    int updated = 0, closed = 0, unchanged = 0;
    for (const PlannedChange &c : p.changes) {
        if (p.rowsWithErrors.contains(c.row))
            continue;
        (c.action == RowAction::Update  ? updated
         : c.action == RowAction::Close ? closed
                                        : unchanged)++;
    }
    QStringList kinds{tr("%n extension(s) created", nullptr, int(p.accounts.size()))};
    if (updated + closed + unchanged > 0)
        kinds << tr("%n updated", nullptr, updated) << tr("%n closed", nullptr, closed)
              << tr("%n unchanged", nullptr, unchanged);
    QString text = kinds.join(QStringLiteral(" · ")) + QLatin1Char('.');
    const int skipped = int(p.rowsWithErrors.size());
    if (skipped > 0)
        text +=
            QLatin1Char(' ') +
            tr("Rows skipped because of problems: %1; nothing of them was written.").arg(skipped);
    return text;
}

bool CommitPage::isComplete() const
{
    return m_done;
}

void CommitPage::exportCreated()
{
    const ImportSession &s = m_wizard->session();
    const QString path = filedialog::getSaveFileName(
        this, tr("Export the created accounts"),
        QFileInfo(s.path).absolutePath() + tr("/created-extensions.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Up to 1,000,000 rows: written off the GUI thread.
    const qint64 c = s.customer;
    const QStringList created = s.created;
    m_wizard->context().tasks->read(
        this,
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
