#include "subscriptionspane.h"
#include "customermode.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "domain/money.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"
#include "taskrunner.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

SubscriptionsPane::SubscriptionsPane(DeskContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel({tr("Subscription"), tr("Monthly fee")}, this);
    m_model->setRightAligned({1});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Subscriptions charged to the customer</b>"), this);
    title->setWordWrap(true); // takes the room the buttons leave; wraps only when there is none
    row->addWidget(title, 1);
    m_remove = new QPushButton(tr("Remove subscription"), this);
    m_fee = new QPushButton(tr("Cha&nge fee…"), this);
    m_add = new QPushButton(tr("Add &subscription…"), this);
    row->addWidget(m_remove);
    row->addWidget(m_fee);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("subscriptionsProblem"));
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("Subscriptions charged to the customer"));
    fitColumns(m_view, {0});
    title->setBuddy(m_view);
    // Room for a header and three subscriptions before it scrolls.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 9);
    layout->addWidget(m_view);
    connect(m_add, &QPushButton::clicked, this, &SubscriptionsPane::addSubscription);
    connect(m_fee, &QPushButton::clicked, this, &SubscriptionsPane::changeFee);
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionsPane::removeSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &SubscriptionsPane::changeFee);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsPane::updateActions);
    updateActions();
}

void SubscriptionsPane::setCustomer(qint64 iCustomer, const QString &currency)
{
    m_customer = iCustomer;
    m_view->selectionModel()->clear(); // another customer: nothing of the last one kept
    m_view->scrollToTop();
    m_currency = currency;
    reload();
}

QString SubscriptionsPane::problem() const
{
    return m_problem->problem();
}

void SubscriptionsPane::reload()
{
    m_subscriptions.clear();
    QString problem;
    if (m_customer > 0) {
        const Status st = m_ctx.service->subscriptions.list(m_customer, &m_subscriptions);
        if (!st.ok())
            problem = tr("Could not load the subscriptions: %1").arg(st.message());
    }
    m_problem->setProblem(problem);
    QList<QStringList> rows;
    QVariantList keys;
    for (const SubscriptionInfo &s : m_subscriptions) {
        rows.append({s.name, money::display(s.fee, m_currency)});
        keys << s.name;
    }
    // A refresh (another desk's change) keeps the selected row and the scroll position.
    const KeptView kept(m_view, SimpleTableModel::KeyRole);
    m_model->setRows(rows, keys);
    kept.restore();
    updateActions();
}

bool SubscriptionsPane::selectSubscription(const QString &name)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->key(r).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            return true;
        }
    return false;
}

QString SubscriptionsPane::selectedName() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->key(i.row()).toString() : QString();
}

void SubscriptionsPane::updateActions()
{
    const bool admin = !m_ctx.tasks->actor().asCustomer;
    const bool any = !selectedName().isEmpty();
    customermode::adminOnly(m_add, !admin, m_customer > 0);
    customermode::adminOnly(m_fee, !admin, any);
    customermode::adminOnly(m_remove, !admin, any);
}

static Status badFee(const QString &text)
{
    return Status::refused(
        QStringLiteral("fee_invalid"),
        QCoreApplication::translate("ad::SubscriptionsPane",
                                    "\"%1\" is not a monthly fee: an amount such as 30 or 30.00.")
            .arg(text));
}

void SubscriptionsPane::addSubscription()
{
    if (m_customer <= 0 || m_ctx.tasks->actor().asCustomer)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add subscription"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Subscription name"));
    name->setPlaceholderText(tr("e.g. Up to 10 lines"));
    auto *fee = new QLineEdit(&dialog);
    fee->setAccessibleName(tr("Monthly fee"));
    form->addRow(tr("&Name"), name);
    form->addRow(tr("Monthly &fee (%1)").arg(m_currency), fee);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Add"));
    const qint64 c = m_customer;
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Adding subscription"),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), f = fee->text().trimmed();
                       const auto value = money::parse(f);
                       if (!value)
                           return [f](Desk &) { return badFee(f); };
                       return [=](Desk &s) { return s.subscriptions.add(c, n, *value); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSubscription(name->text().simplified());
    emit message(tr("Subscription %1 added.").arg(name->text().simplified()));
    emit changed();
}

void SubscriptionsPane::changeFee()
{
    const QString was = selectedName();
    if (was.isEmpty() || m_ctx.tasks->actor().asCustomer)
        return;
    qint64 old = 0;
    for (const SubscriptionInfo &s : m_subscriptions)
        if (s.name == was)
            old = s.fee;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change fee — %1").arg(was));
    auto *form = new QFormLayout(&dialog);
    auto *fee = new QLineEdit(money::plain(old), &dialog);
    fee->setAccessibleName(tr("Monthly fee"));
    form->addRow(tr("Monthly &fee (%1)").arg(m_currency), fee);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, {}, QDialogButtonBox::Save);
    const qint64 c = m_customer;
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Changing subscription %1").arg(was),
                   [=]() -> TaskRunner::Task {
                       const QString f = fee->text().trimmed();
                       const auto value = money::parse(f);
                       if (!value)
                           return [f](Desk &) { return badFee(f); };
                       if (*value == old)
                           return [](Desk &) { return Status(); }; // nothing to write
                       return [=](Desk &s) { return s.subscriptions.setFee(c, was, *value); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSubscription(was);
    emit message(tr("Subscription %1 saved.").arg(was));
    emit changed();
}

void SubscriptionsPane::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove subscription"),
            tr("Remove %1? It is no longer charged to the customer.").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_problem->setProblem(QString());
    const qint64 c = m_customer;
    const bool started = m_ctx.tasks->run(
        tr("Removing subscription %1").arg(name),
        [c, name](Desk &s) { return s.subscriptions.remove(c, name); },
        [this, name](const Status &st) {
            if (!st.ok()) {
                m_problem->setProblem(st.message());
                return;
            }
            reload();
            emit message(tr("Subscription %1 removed.").arg(name));
            emit changed();
        });
    if (!started)
        m_problem->setProblem(tr("Another change is still running; try again in a moment."));
}

} // namespace ad
