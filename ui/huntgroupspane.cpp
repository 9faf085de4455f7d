#include "huntgroupspane.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"
#include "services/accountsearch.h"
#include "taskrunner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace ad {

HuntGroupsPane::HuntGroupsPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel(
        {tr("Hunt group"), tr("Number"), tr("Hunt sequence"), tr("Members (in order)")}, this);
    m_model->setRightAligned({1});
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New hunt group…"), this);
    auto *edit = new QPushButton(tr("Ed&it…"), this);
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("Hunt groups"));
    fitColumns(m_view, {3});
    layout->addWidget(m_view);
    connect(create, &QPushButton::clicked, this, &HuntGroupsPane::createGroup);
    connect(edit, &QPushButton::clicked, this, &HuntGroupsPane::editSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HuntGroupsPane::editSelected);
}

void HuntGroupsPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    m_view->selectionModel()->clear(); // another customer: nothing of the last one kept
    m_view->scrollToTop();
    reload();
}

int HuntGroupsPane::count() const
{
    return m_model->rowCount();
}

QString HuntGroupsPane::problem() const
{
    return m_problem->problem();
}

static QString sequenceText(const QString &s)
{
    if (s == QLatin1String("order"))
        return QCoreApplication::translate("ad::HuntGroupsPane", "In order");
    if (s == QLatin1String("simultaneous"))
        return QCoreApplication::translate("ad::HuntGroupsPane", "All at once");
    if (s == QLatin1String("random"))
        return QCoreApplication::translate("ad::HuntGroupsPane", "Random");
    return QCoreApplication::translate("ad::HuntGroupsPane", "Least used first");
}

QString HuntGroupsPane::memberText(const QString &number) const
{
    const QString name = m_names.value(number).trimmed();
    return name.isEmpty() ? number : number + QLatin1Char(' ') + name;
}

void HuntGroupsPane::reload()
{
    QList<HuntGroupInfo> groups;
    QString problem;
    if (m_customer > 0) {
        Status st = m_ctx.service->huntGroups.list(m_customer, &groups);
        if (st.ok())
            st = AccountSearch(m_ctx.service->database()).memberNames(m_customer, &m_names);
        if (!st.ok())
            problem = tr("Could not load the hunt groups: %1").arg(st.message());
    }
    m_problem->setProblem(problem);
    QList<QStringList> rows;
    QVariantList keys;
    for (const HuntGroupInfo &h : groups) {
        // Members with their names ("4665 John Doe"), not bare numbers.
        QStringList members;
        for (const QString &n : h.members)
            members << memberText(n);
        rows.append({h.name, h.number, sequenceText(h.sequence),
                     members.isEmpty() ? tr("(no members)") : members.join(QStringLiteral(" → "))});
        keys << h.name;
    }
    // A refresh (another desk's change) keeps the selected row and the scroll position.
    const KeptView kept(m_view, SimpleTableModel::KeyRole);
    m_model->setRows(rows, keys);
    kept.restore();
}

void HuntGroupsPane::createGroup()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New hunt group"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *number = new QLineEdit(&dialog);
    number->setPlaceholderText(tr("digits, not used by an extension"));
    auto *sequence = new QComboBox(&dialog);
    for (const char *s : {"order", "simultaneous", "random", "least_used"})
        sequence->addItem(sequenceText(QString::fromLatin1(s)), QString::fromLatin1(s));
    form->addRow(tr("&Name"), name);
    form->addRow(tr("N&umber"), number);
    form->addRow(tr("Hunt &sequence"), sequence);
    number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), number));
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form);
    const qint64 c = m_customer;
    // The dialog stays open until the service has taken it; a refusal shows in it.
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Creating hunt group"),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), num = number->text(),
                                     seq = sequence->currentData().toString();
                       return [=](Desk &s) { return s.huntGroups.add(c, n, num, seq); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit message(tr("Hunt group %1 created.").arg(name->text()));
    emit changed();
}

void HuntGroupsPane::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QList<HuntGroupInfo> groups;
    if (const Status st = m_ctx.service->huntGroups.list(m_customer, &groups); !st.ok()) {
        emit message(tr("Could not load the hunt group: %1").arg(st.message()));
        return;
    }
    const QString key = m_model->key(current.row()).toString();
    const auto it = std::find_if(groups.cbegin(), groups.cend(),
                                 [&](const HuntGroupInfo &h) { return h.name == key; });
    if (it == groups.cend())
        return;
    const HuntGroupInfo group = *it;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Hunt group %1").arg(group.name));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(group.name, &dialog);
    auto *number = new QLineEdit(group.number, &dialog);
    auto *sequence = new QComboBox(&dialog);
    for (const char *s : {"order", "simultaneous", "random", "least_used"})
        sequence->addItem(sequenceText(QString::fromLatin1(s)), QString::fromLatin1(s));
    sequence->setCurrentIndex(sequence->findData(group.sequence));
    auto *members = new QListWidget(&dialog);
    members->setDragDropMode(QAbstractItemView::InternalMove);
    // Each member shows its name; the number is the item's data.
    const auto addMemberItem = [this, members](const QString &n) {
        auto *item = new QListWidgetItem(memberText(n), members);
        item->setData(Qt::UserRole, n);
    };
    for (const QString &n : group.members)
        addMemberItem(n);
    members->setAccessibleName(tr("Members in hunt order"));
    auto *candidates = new QLineEdit(&dialog);
    candidates->setPlaceholderText(tr("extension number"));
    candidates->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,15}")), candidates));
    candidates->setAccessibleName(tr("Extension to add"));
    auto *addMember = new QPushButton(tr("Add"), &dialog);
    auto *removeMember = new QPushButton(tr("Remove"), &dialog);
    auto *up = new QPushButton(tr("Up"), &dialog);
    auto *down = new QPushButton(tr("Down"), &dialog);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(candidates, 1);
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addWidget(up);
    memberButtons->addWidget(down);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("N&umber"), number);
    form->addRow(tr("Hunt &sequence"), sequence);
    form->addRow(tr("&Members"), members);
    form->addRow(QString(), memberButtons);
    // The service checks on Save that every member is an open extension of the customer.
    connect(addMember, &QPushButton::clicked, &dialog, [=] {
        const QString n = candidates->text().trimmed();
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toString() == n)
                return;
        if (n.isEmpty())
            return;
        addMemberItem(n);
        candidates->clear();
    });
    connect(candidates, &QLineEdit::returnPressed, addMember, &QPushButton::click);
    connect(removeMember, &QPushButton::clicked, &dialog,
            [=] { delete members->takeItem(members->currentRow()); });
    auto move = [=](int delta) {
        const int row = members->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= members->count())
            return;
        QListWidgetItem *item = members->takeItem(row);
        members->insertItem(row + delta, item);
        members->setCurrentRow(row + delta);
    };
    connect(up, &QPushButton::clicked, &dialog, [=] { move(-1); });
    connect(down, &QPushButton::clicked, &dialog, [=] { move(1); });
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, QString(), QDialogButtonBox::Save);
    const qint64 c = m_customer;
    // The name the group has in the database (after a Save that went through).
    auto savedName = std::make_shared<QString>(group.name);
    const auto memberNumbers = [members] {
        QStringList out;
        for (int i = 0; i < members->count(); ++i)
            out << members->item(i)->data(Qt::UserRole).toString();
        return out;
    };
    // The dialog stays open until the service has taken it (a closed or unknown member is
    // refused in it, with the order kept).
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Saving hunt group"),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), num = number->text(),
                                     seq = sequence->currentData().toString();
                       const QStringList list = memberNumbers();
                       // One transaction: a refused member leaves a rename undone too.
                       return [=](Desk &s) -> Status {
                           const Status st = s.huntGroups.save(c, *savedName, n, num, seq, list);
                           if (st.ok() && !n.trimmed().isEmpty())
                               *savedName = n.trimmed();
                           return st;
                       };
                   });
    const bool saved = dialog.exec() == QDialog::Accepted;
    reload();
    if (!saved)
        return;
    emit message(tr("Hunt group %1 saved.").arg(name->text()));
    emit changed();
}

} // namespace ad
