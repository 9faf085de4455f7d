#include "reviewpage.h"
#include "filedialogs.h"

#include "domain/money.h"
#include "importwizard.h"
#include "itemmodels/importpreviewmodel.h"
#include "listtable.h"
#include "services/importservice.h"
#include "taskrunner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {
// Cells in error: tinted, with a warning sign so that colour is not the only signal.
class ProblemCellDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool error = !index.data(ImportPreviewModel::ErrorRole).toString().isEmpty();
        const bool problemColumn =
            index.column() == ImportPreviewModel::ProblemsColumn && !option->text.isEmpty();
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
    setSubTitle(tr("Every row of the file as it will be imported. Rows with problems are marked; "
                   "the selected row's reason is below the table."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_onlyProblems = new QCheckBox(tr("&Only rows with problems"), this);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Show rows"));
    m_kind->addItem(tr("All rows"), -1);
    m_kind->addItem(tr("To add"), int(RowAction::Add));
    m_kind->addItem(tr("To update"), int(RowAction::Update));
    m_kind->addItem(tr("To close"), int(RowAction::Close));
    m_kind->addItem(tr("Unchanged"), int(RowAction::Unchanged));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_save = new QPushButton(tr("Save &problems as CSV…"), this);
    auto *reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setToolTip(tr("Read the file again after fixing it"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_kind);
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
    fitColumns(m_view, {ImportPreviewModel::ProblemsColumn},
               {ImportPreviewModel::NameColumn, ImportPreviewModel::AccountIdColumn,
                ImportPreviewModel::DidsColumn, ImportPreviewModel::EmailColumn,
                ImportPreviewModel::ChangesColumn});
    m_view->setAccessibleName(tr("Rows of the file"));
    // Names and problems read from their start.
    m_view->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_view, 1);
    // The current row's problems in full, wrapped (the Problem column is cut on a narrow
    // window; the tooltips have them too).
    m_rowProblem = new QLabel(this);
    m_rowProblem->setWordWrap(true);
    m_rowProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowProblem->setStyleSheet(QStringLiteral("color: #8b0000;"));
    layout->addWidget(m_rowProblem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                auto cell = [&](int column) {
                    return current.isValid()
                               ? m_model->index(current.row(), column).data().toString()
                               : QString();
                };
                // The row's problems, else what it changes (both cut in a narrow table).
                const QString problem = cell(ImportPreviewModel::ProblemsColumn);
                const QString text =
                    problem.isEmpty() ? cell(ImportPreviewModel::ChangesColumn) : problem;
                m_rowProblem->setStyleSheet(problem.isEmpty() ? QString()
                                                              : QStringLiteral("color: #8b0000;"));
                m_rowProblem->setText(
                    text.isEmpty()
                        ? QString()
                        : tr("Row %1: %2")
                              .arg(current.data(ImportPreviewModel::SpreadsheetRowRole).toInt())
                              .arg(text));
            });
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
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKindFilter(m_kind->currentData().toInt()); });
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveProblems);
    connect(reloadButton, &QPushButton::clicked, this, &ReviewPage::reload);
    setCommitPage(false);
    setButtonText(QWizard::NextButton, tr("&Import"));
}

bool ReviewPage::isPlanned() const
{
    return m_wizard->session().planned;
}

void ReviewPage::initializePage()
{
    if (!m_wizard->session().staleMessage.isEmpty() || m_wizard->session().planned) {
        showPlan(); // back from a refused commit, or nothing changed since the last plan
        return;
    }
    reload();
}

void ReviewPage::cleanupPage()
{
    m_wizard->session().staleMessage.clear();
}

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
    const bool inactive = s.inactive, updateExisting = s.updateExisting;
    auto read = std::make_shared<csv::ReadResult>();
    auto plan = std::make_shared<ImportPlan>();
    // Reading and planning 100,000 rows takes a moment: off the GUI thread.
    m_wizard->context().tasks->read(
        this,
        [=](Desk &service) {
            return ImportService(service.database(), service.actor())
                .readAndPlan(c, path, options, PlanOptions{inactive, updateExisting}, read.get(),
                             plan.get());
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
    // What updates change: only when some row updates, closes or leaves an extension as it is.
    m_view->setColumnHidden(ImportPreviewModel::ChangesColumn, p.changes.isEmpty());
    const int bad = p.rowsWithErrors.size();
    // What the rows do, kind by kind ("12 to add · 3 to update · 1 to close · 40 unchanged"):
    // rows with problems are not counted in a kind.
    QStringList kinds{tr("%n row(s)", nullptr, p.rows),
                      tr("%n to add", nullptr, p.accounts.size())};
    int update = 0, close = 0, unchanged = 0;
    for (const PlannedChange &c : p.changes) {
        if (p.rowsWithErrors.contains(c.row))
            continue;
        (c.action == RowAction::Update  ? update
         : c.action == RowAction::Close ? close
                                        : unchanged)++;
    }
    if (s.updateExisting || update + close + unchanged > 0)
        kinds << tr("%n to update", nullptr, update) << tr("%n to close", nullptr, close)
              << tr("%n unchanged", nullptr, unchanged);
    kinds << tr("%n with problems", nullptr, bad);
    m_summary->setText(kinds.join(QStringLiteral(" · ")));
    m_summary->setWordWrap(true);
    // The file's own problems in full, then the first rows' problems in words (the codes, such
    // as "email_invalid", told a clerk nothing); the rest are on their rows.
    QStringList fileProblems, rowProblems;
    int rowProblemCount = 0;
    for (const Problem &e : p.errors) {
        if (e.row == 0) {
            fileProblems << e.message;
        } else if (++rowProblemCount <= 3) {
            rowProblems << tr("Row %1: %2").arg(e.row).arg(e.message);
        }
    }
    if (rowProblemCount > 3)
        rowProblems << tr("… and %n more: select a row to read its problem.", nullptr,
                          rowProblemCount - 3);
    m_counts->setText(p.errors.isEmpty() ? tr("No problems.")
                                         : (fileProblems + rowProblems).join(QLatin1Char('\n')));
    // The rows that fit are counted in "+ N"; those the quantity refused are said apart (the
    // line used to read "2 + 3 of 5 ✗ exceeded" although the 3 fit).
    QHash<QString, int> refusedByQuota;
    for (const Problem &e : p.errors)
        if (e.code == QLatin1String("quantity_exceeded"))
            ++refusedByQuota[e.value.trimmed().toCaseFolded()];
    QStringList quota;
    for (const QuotaLine &q : p.quota) {
        const int refused = refusedByQuota.value(q.product.toCaseFolded());
        quota << tr("%1 %2 + %3 of %4 %5")
                     .arg(q.product)
                     .arg(q.inUse)
                     .arg(q.adding)
                     .arg(q.quantity ? QString::number(*q.quantity) : tr("Unlimited"))
                     .arg(q.exceeded ? tr("✓ — full; rows refused: %1").arg(qMax(1, refused))
                                     : tr("✓"));
    }
    const qint64 delta = p.chargesAfter - p.chargesBefore;
    m_quota->setText(
        tr("Quota: %1\nCharges: %2 → %3 a month (+%4)")
            .arg(quota.join(QStringLiteral("   ")), money::display(p.chargesBefore, p.currency),
                 money::display(p.chargesAfter, p.currency), money::display(delta, p.currency)));
    m_save->setEnabled(bad > 0);
    QString why;
    if (!s.staleMessage.isEmpty())
        why = s.staleMessage + QLatin1Char('\n');
    if (p.hasFileErrors())
        why += tr("The file cannot be imported: see the problems above.");
    else if (!p.writesAnything() && p.countOf(RowAction::Unchanged) > 0 && !p.hasErrors())
        why += tr("Every row matches its extension as it is: there is nothing to change.");
    else if (!p.writesAnything())
        why += tr("No row can be imported.");
    else if (p.hasErrors() && !s.skipInvalid)
        why += tr("Fix the %n problem(s) in the file and press Reload, or go back and choose "
                  "\"Skip invalid rows\".",
                  nullptr, p.errors.size());
    else if (p.hasErrors())
        why += tr("%n valid row(s) will be imported; ", nullptr,
                  int(p.accounts.size()) + update + close) +
               tr("%n row(s) with problems will not.", nullptr, bad);
    m_why->setText(why);
    // The first row with a problem is selected, so its reason shows below the table without a
    // mouse (the page used to ask for hovering).
    if (!p.rowsWithErrors.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            if (i.data(ImportPreviewModel::HasProblemRole).toBool()) {
                m_view->setCurrentIndex(i);
                break;
            }
        }
    }
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    const ImportSession &s = m_wizard->session();
    return s.planned && !s.plan.hasFileErrors() && s.plan.writesAnything() &&
           (!s.plan.hasErrors() || s.skipInvalid) && !m_wizard->context().tasks->isBusy();
}

void ReviewPage::saveProblems()
{
    const ImportSession &s = m_wizard->session();
    const QString path =
        filedialog::getSaveFileName(this, tr("Save the rows with problems"),
                                    QFileInfo(s.path).absolutePath() + QStringLiteral("/") +
                                        QFileInfo(s.path).completeBaseName() + tr("-problems.csv"),
                                    tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ImportService::writeProblemsCsv(path, s.read, s.plan, &error))
        QMessageBox::warning(this, tr("Save problems"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace ad
