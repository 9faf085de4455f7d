#include "didspane.h"
#include "customermode.h"

#include "accountpicker.h"
#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"
#include "taskrunner.h"

#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

DidsPane::DidsPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel({tr("DID number"), tr("Assigned to")}, this);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *give = m_give = new QPushButton(tr("G&ive numbers…"), this);
    auto *assign = m_assign = new QPushButton(tr("A&ssign to account…"), this);
    auto *release = m_release = new QPushButton(tr("&Release"), this);
    m_return = new QPushButton(tr("Ret&urn to inventory"), this);
    give->setToolTip(
        tr("Give numbers from the provider's inventory: one, a list, or a range FIRST..LAST"));
    release->setToolTip(tr("Free the selected number; it stays with the customer"));
    m_return->setToolTip(tr("Give the selected free number back to the provider's inventory"));
    buttons->addWidget(give);
    buttons->addWidget(assign);
    buttons->addWidget(release);
    buttons->addWidget(m_return);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("DID numbers"));
    fitColumns(m_view, {1});
    layout->addWidget(m_view);
    connect(give, &QPushButton::clicked, this, &DidsPane::giveNumbers);
    connect(assign, &QPushButton::clicked, this, &DidsPane::assignSelected);
    connect(release, &QPushButton::clicked, this, &DidsPane::releaseSelected);
    connect(m_return, &QPushButton::clicked, this, &DidsPane::returnSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DidsPane::updateActions);
    updateActions();
}

void DidsPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    m_view->selectionModel()->clear(); // another customer: nothing of the last one kept
    m_view->scrollToTop();
    reload();
}

int DidsPane::count() const
{
    return m_model->rowCount();
}

QString DidsPane::problem() const
{
    return m_problem->problem();
}

void DidsPane::reload()
{
    QList<DidInfo> dids;
    QString problem;
    if (m_customer > 0) {
        const Status st = m_ctx.service->dids.list(m_customer, &dids);
        if (!st.ok())
            problem = tr("Could not load the DIDs: %1").arg(st.message());
    }
    m_problem->setProblem(problem);
    QList<QStringList> rows;
    QVariantList keys;
    for (const DidInfo &d : dids) {
        rows.append({d.number, d.accountId.isEmpty() ? tr("free") : d.accountId});
        keys << d.number;
    }
    // A refresh (another desk's change) keeps the selected row and the scroll position.
    const KeptView kept(m_view, SimpleTableModel::KeyRole);
    m_model->setRows(rows, keys);
    kept.restore();
    updateActions();
}

bool DidsPane::selectedIsFree() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && m_model->text(i.row(), 1) == tr("free");
}

void DidsPane::updateActions()
{
    const bool admin = !m_ctx.tasks->actor().asCustomer;
    const bool any = !selectedNumber().isEmpty();
    const bool free = selectedIsFree();
    customermode::adminOnly(m_give, !admin);
    m_assign->setEnabled(any);
    // A free number has nothing to release; it can go back to the inventory instead (the
    // pane used to answer Release on a free number with the CLI's --to-inventory).
    m_release->setEnabled(any && !free);
    customermode::adminOnly(m_return, !admin, free);
}

QString DidsPane::selectedNumber() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->key(i.row()).toString() : QString();
}

void DidsPane::giveNumbers()
{
    QStringList inventory;
    if (const Status st = m_ctx.service->dids.inventory(&inventory); !st.ok()) {
        emit message(tr("Could not load the provider's DID inventory: %1").arg(st.message()));
        return;
    }
    // The dialog stays open until the service has taken the numbers: a refusal (a number not
    // in the inventory, another desk faster) shows in it with the typed numbers kept.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Give DID numbers"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(
        tr("Numbers from the provider's inventory (%n free there), separated by spaces or commas;\n"
           "a range as FIRST..LAST:",
           nullptr, inventory.size()),
        &dialog);
    auto *edit = new QLineEdit(inventory.value(0), &dialog);
    edit->setObjectName(QStringLiteral("didNumbers"));
    label->setBuddy(edit);
    layout->addWidget(label);
    layout->addWidget(edit);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, layout);
    const qint64 c = m_customer;
    auto added = std::make_shared<QStringList>();
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Giving DIDs"), [=]() -> TaskRunner::Task {
        QStringList specs;
        for (const QString &part :
             edit->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
            specs << part;
        if (specs.isEmpty()) // nothing typed: nothing to give, nothing audited
            return [](Desk &) { return Status(); };
        return [c, specs, added](Desk &s) { return s.dids.add(c, specs, added.get()); };
    });
    if (dialog.exec() != QDialog::Accepted || added->isEmpty())
        return;
    reload();
    emit message(tr("%n DID(s) given to the customer.", nullptr, added->size()));
    emit changed();
}

void DidsPane::assignSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    // A picker of the customer's open accounts, typing to filter (it used to be a line edit
    // pre-filled with "ph46170x", so typing "4702" asked for an account "4702").
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assign DID %1").arg(number));
    auto *form = new QFormLayout(&dialog);
    auto *picker = new AccountPicker(*m_ctx.service, m_customer, &dialog);
    picker->setAccessibleName(tr("Account to assign the DID to"));
    if (!picker->loadProblem().isEmpty()) {
        emit message(tr("Could not load the accounts: %1").arg(picker->loadProblem()));
        return;
    }
    form->addRow(tr("&Account"), picker);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Assign"));
    auto assigned = std::make_shared<QString>();
    // The dialog stays open until the service has taken it; a refusal shows in it.
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Assigning %1").arg(number),
                   [=]() -> TaskRunner::Task {
                       const QString id = picker->accountId();
                       *assigned = id;
                       return [=](Desk &s) { return s.dids.assign(id, number); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit message(tr("DID %1 assigned to %2.").arg(number, *assigned));
    emit changed();
}

void DidsPane::returnSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    m_problem->setProblem(QString());
    m_ctx.tasks->run(
        tr("Returning %1").arg(number), [number](Desk &s) { return s.didInventory.take(number); },
        [this, number](const Status &st) {
            if (!st.ok()) {
                m_problem->setProblem(st.message());
                return;
            }
            reload();
            emit message(tr("DID %1 returned to the provider's inventory.").arg(number));
            emit changed();
        });
}

void DidsPane::releaseSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    m_ctx.tasks->run(
        tr("Releasing %1").arg(number), [number](Desk &s) { return s.dids.release(number, false); },
        [this, number](const Status &st) {
            if (!st.ok()) {
                QMessageBox::information(this, tr("Release DID"), st.message());
                return;
            }
            reload();
            emit message(tr("DID %1 released.").arg(number));
            emit changed();
        });
}

} // namespace ad
