#include "didinventorywindow.h"
#include "customermode.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"
#include "taskrunner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace ad {

DidInventoryWindow::DidInventoryWindow(DeskContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx)
{
    setWindowTitle(tr("DID inventory"));
    m_model = new SimpleTableModel({tr("DID number"), tr("Owner"), tr("Account")}, this);
    m_model->setRightAligned({NumberColumn});
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add numbers…"), this);
    m_give = new QPushButton(tr("&Give selected to a customer…"), this);
    m_take = new QPushButton(tr("&Take back"), this);
    m_add->setToolTip(tr("Numbers and ranges FIRST..LAST (at most 10,000 numbers a range)"));
    m_take->setToolTip(tr("A customer's free number back to the provider's inventory"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter (part of the number or the owner)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter DID numbers"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 36);
    for (QPushButton *b : {m_add, m_give, m_take}) {
        b->setAutoDefault(false); // Enter in the filter or the table does not press one
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_filter);
    layout->addLayout(buttons);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("inventoryProblem"));
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("DID inventory"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    fitColumns(m_view, {OwnerColumn});
    layout->addWidget(m_view);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &DidInventoryWindow::reload);
    connect(m_add, &QPushButton::clicked, this, &DidInventoryWindow::addNumbers);
    connect(m_give, &QPushButton::clicked, this, &DidInventoryWindow::giveSelected);
    connect(m_take, &QPushButton::clicked, this, &DidInventoryWindow::takeBackSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DidInventoryWindow::updateActions);
    resize(720, 480);
    reload();
}

QString DidInventoryWindow::problem() const
{
    return m_problem->problem();
}

void DidInventoryWindow::reload()
{
    m_filterTimer->stop();
    m_dids.clear();
    const Status st = m_ctx.service->didInventory.list(&m_dids, m_filter->text().trimmed());
    m_problem->setProblem(st.ok() ? QString()
                                  : tr("Could not load the DID inventory: %1").arg(st.message()));
    QList<QStringList> rows;
    QVariantList keys;
    for (const InventoryDid &d : m_dids) {
        rows.append(
            {d.number, d.iCustomer == 0 ? tr("provider's inventory") : d.customer,
             d.iCustomer == 0 ? QString() : (d.accountId.isEmpty() ? tr("free") : d.accountId)});
        keys << d.number;
    }
    const KeptView kept(m_view, SimpleTableModel::KeyRole); // selection and scroll kept
    m_model->setRows(rows, keys);
    kept.restore();
    updateActions();
}

bool DidInventoryWindow::selectNumber(const QString &number, bool add)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->key(r).toString() == number) {
            m_view->selectionModel()->select(
                m_model->index(r, 0),
                (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) |
                    QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

QStringList DidInventoryWindow::selectedNumbers(bool inventoryOnly, bool freeOwnedOnly) const
{
    QStringList out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const InventoryDid &d = m_dids.at(i.row());
        if (inventoryOnly && d.iCustomer != 0)
            continue;
        if (freeOwnedOnly && (d.iCustomer == 0 || !d.accountId.isEmpty()))
            continue;
        out << d.number;
    }
    return out;
}

void DidInventoryWindow::updateActions()
{
    const bool admin = !m_ctx.tasks->actor().asCustomer;
    customermode::adminOnly(m_add, !admin);
    customermode::adminOnly(m_give, !admin, !selectedNumbers(true, false).isEmpty());
    customermode::adminOnly(m_take, !admin, !selectedNumbers(false, true).isEmpty());
}

void DidInventoryWindow::addNumbers()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add numbers to the inventory"));
    auto *form = new QFormLayout(&dialog);
    auto *numbers = new QLineEdit(&dialog);
    numbers->setAccessibleName(tr("Numbers to add"));
    numbers->setPlaceholderText(tr("e.g. 15550001000..15550001099 15550002000"));
    form->addRow(tr("&Numbers"), numbers);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Add"));
    auto added = std::make_shared<QStringList>();
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Adding DID numbers"),
                   [=]() -> TaskRunner::Task {
                       const QStringList specs = numbers->text().split(
                           QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
                       return [=](Desk &s) { return s.didInventory.add(specs, added.get()); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit message(tr("%n number(s) added to the inventory.", nullptr, added->size()));
}

void DidInventoryWindow::giveSelected()
{
    const QStringList numbers = selectedNumbers(true, false);
    if (numbers.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Give %n number(s)", nullptr, numbers.size()));
    auto *form = new QFormLayout(&dialog);
    auto *customer = new QLineEdit(m_defaultCustomer, &dialog);
    customer->setAccessibleName(tr("Customer to give the numbers to"));
    customer->setPlaceholderText(tr("name or i_customer"));
    form->addRow(tr("&Customer"), customer);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Give"));
    auto given = std::make_shared<QStringList>();
    auto to = std::make_shared<CustomerInfo>();
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Giving DID numbers"),
                   [=]() -> TaskRunner::Task {
                       const QString spec = customer->text().trimmed();
                       return [=](Desk &s) {
                           Status st = s.customers.find(spec, to.get());
                           return st.ok() ? s.didInventory.give(to->id, numbers, given.get()) : st;
                       };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit message(tr("%n number(s) given to %1.", nullptr, given->size()).arg(to->name));
    emit changed();
}

void DidInventoryWindow::takeBackSelected()
{
    const QStringList numbers = selectedNumbers(false, true);
    if (numbers.isEmpty())
        return;
    m_problem->setProblem(QString());
    auto taken = std::make_shared<QStringList>();
    // All or nothing: when one of them was assigned or given away meanwhile, none is taken and
    // every refusal is shown.
    const bool started = m_ctx.tasks->run(
        tr("Taking DID numbers back"),
        [numbers, taken](Desk &s) { return s.didInventory.take(numbers, taken.get()); },
        [this, taken](const Status &st) {
            reload();
            if (!st.ok()) {
                m_problem->setProblem(st.message());
                return;
            }
            emit message(tr("%n number(s) back in the inventory.", nullptr, taken->size()));
            emit changed();
        });
    if (!started)
        m_problem->setProblem(tr("Another change is still running; try again in a moment."));
}

} // namespace ad
