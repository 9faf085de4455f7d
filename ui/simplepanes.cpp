#include "simplepanes.h"

#include "itemmodels/simpletablemodel.h"
#include "dialogbuttons.h"
#include "taskrunner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

static QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(name);
    return view;
}

// ------------------------------------------------------------------ DIDs

DidsPane::DidsPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel({tr("DID number"), tr("Assigned to")}, this);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *give = new QPushButton(tr("&Give numbers…"), this);
    auto *assign = new QPushButton(tr("A&ssign to account…"), this);
    auto *release = new QPushButton(tr("&Release"), this);
    give->setToolTip(tr("Give numbers from the provider's inventory: one, a list, or a range FIRST..LAST"));
    release->setToolTip(tr("Free the selected number; it stays with the customer"));
    buttons->addWidget(give);
    buttons->addWidget(assign);
    buttons->addWidget(release);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_view = makeTable(m_model, this, tr("DID numbers"));
    layout->addWidget(m_view);
    connect(give, &QPushButton::clicked, this, &DidsPane::giveNumbers);
    connect(assign, &QPushButton::clicked, this, &DidsPane::assignSelected);
    connect(release, &QPushButton::clicked, this, &DidsPane::releaseSelected);
}

void DidsPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    reload();
}

int DidsPane::count() const { return m_model->rowCount(); }

void DidsPane::reload()
{
    QList<DidInfo> dids;
    if (m_customer > 0)
        m_ctx.service->dids.list(m_customer, &dids);
    QList<QStringList> rows;
    QVariantList keys;
    for (const DidInfo &d : dids) {
        rows.append({d.number, d.accountId.isEmpty() ? tr("free") : d.accountId});
        keys << d.number;
    }
    m_model->setRows(rows, keys);
    m_view->resizeColumnsToContents();
}

QString DidsPane::selectedNumber() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->key(i.row()).toString() : QString();
}

void DidsPane::giveNumbers()
{
    QStringList inventory;
    m_ctx.service->dids.inventory(&inventory);
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Give DID numbers"),
        tr("Numbers from the provider's inventory (%n free there), separated by spaces or commas;\n"
           "a range as FIRST..LAST:", nullptr, inventory.size()),
        QLineEdit::Normal, inventory.value(0), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QStringList specs;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
        specs << part;
    const qint64 c = m_customer;
    auto added = std::make_shared<QStringList>();
    m_ctx.tasks->run(tr("Giving DIDs"), [c, specs, added](Desk &s) { return s.dids.add(c, specs, added.get()); },
                     [this, added](const Status &st) {
                         if (!st.ok()) {
                             QMessageBox::warning(this, tr("Give DID numbers"), st.message());
                             return;
                         }
                         reload();
                         emit message(tr("%n DID(s) given to the customer.", nullptr, added->size()));
                         emit changed();
                     });
}

void DidsPane::assignSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    // An account ID rather than a list of every account: a customer may have a million.
    bool ok = false;
    const QString choice = QInputDialog::getText(this, tr("Assign DID %1").arg(number),
                                                 tr("Account ID (for extension 4701 of customer %1: ph%1x4701):").arg(m_customer),
                                                 QLineEdit::Normal, QStringLiteral("ph%1x").arg(m_customer), &ok)
                               .trimmed();
    if (!ok || choice.isEmpty())
        return;
    const QString id = choice;
    m_ctx.tasks->run(tr("Assigning %1").arg(number), [id, number](Desk &s) { return s.dids.assign(id, number); },
                     [this, id, number](const Status &st) {
                         if (!st.ok()) {
                             QMessageBox::warning(this, tr("Assign DID"), st.message());
                             return;
                         }
                         reload();
                         emit message(tr("DID %1 assigned to %2.").arg(number, id));
                         emit changed();
                     });
}

void DidsPane::releaseSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    m_ctx.tasks->run(tr("Releasing %1").arg(number), [number](Desk &s) { return s.dids.release(number, false); },
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

// ------------------------------------------------------------------ hunt groups

HuntGroupsPane::HuntGroupsPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel({tr("Hunt group"), tr("Number"), tr("Hunt sequence"), tr("Members (in order)")}, this);
    m_model->setRightAligned({1});
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New hunt group…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_view = makeTable(m_model, this, tr("Hunt groups"));
    layout->addWidget(m_view);
    connect(create, &QPushButton::clicked, this, &HuntGroupsPane::createGroup);
    connect(edit, &QPushButton::clicked, this, &HuntGroupsPane::editSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HuntGroupsPane::editSelected);
}

void HuntGroupsPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    reload();
}

int HuntGroupsPane::count() const { return m_model->rowCount(); }

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

void HuntGroupsPane::reload()
{
    QList<HuntGroupInfo> groups;
    if (m_customer > 0)
        m_ctx.service->huntGroups.list(m_customer, &groups);
    QList<QStringList> rows;
    QVariantList keys;
    for (const HuntGroupInfo &h : groups) {
        rows.append({h.name, h.number, sequenceText(h.sequence), h.members.isEmpty() ? tr("(no members)") : h.members.join(QStringLiteral(" → "))});
        keys << h.name;
    }
    m_model->setRows(rows, keys);
    m_view->resizeColumnsToContents();
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
    addDialogButtons(&dialog, form);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 c = m_customer;
    const QString n = name->text(), num = number->text(), seq = sequence->currentData().toString();
    m_ctx.tasks->run(tr("Creating hunt group %1").arg(n), [=](Desk &s) { return s.huntGroups.add(c, n, num, seq); },
                     [this, n](const Status &st) {
                         if (!st.ok()) {
                             QMessageBox::warning(this, tr("New hunt group"), st.message());
                             return;
                         }
                         reload();
                         emit message(tr("Hunt group %1 created.").arg(n));
                         emit changed();
                     });
}

void HuntGroupsPane::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QList<HuntGroupInfo> groups;
    m_ctx.service->huntGroups.list(m_customer, &groups);
    const QString key = m_model->key(current.row()).toString();
    const auto it = std::find_if(groups.cbegin(), groups.cend(), [&](const HuntGroupInfo &h) { return h.name == key; });
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
    members->addItems(group.members);
    members->setAccessibleName(tr("Members in hunt order"));
    auto *candidates = new QLineEdit(&dialog);
    candidates->setPlaceholderText(tr("extension number"));
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
        if (n.isEmpty() || !members->findItems(n, Qt::MatchExactly).isEmpty())
            return;
        members->addItem(n);
        candidates->clear();
    });
    connect(candidates, &QLineEdit::returnPressed, addMember, &QPushButton::click);
    connect(removeMember, &QPushButton::clicked, &dialog, [=] { delete members->takeItem(members->currentRow()); });
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
    addDialogButtons(&dialog, form, QString(), QDialogButtonBox::Save);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList memberNumbers;
    for (int i = 0; i < members->count(); ++i)
        memberNumbers << members->item(i)->text();
    const qint64 c = m_customer;
    const QString oldName = group.name, n = name->text(), num = number->text(), seq = sequence->currentData().toString();
    m_ctx.tasks->run(tr("Saving hunt group %1").arg(n),
                     [=](Desk &s) -> Status {
                         Status st = s.huntGroups.update(c, oldName, n, num, seq);
                         if (!st.ok())
                             return st;
                         return s.huntGroups.setMembers(c, n, memberNumbers);
                     },
                     [this, n](const Status &st) {
                         reload();
                         if (!st.ok()) {
                             QMessageBox::warning(this, tr("Hunt group"), st.message());
                             return;
                         }
                         emit message(tr("Hunt group %1 saved.").arg(n));
                         emit changed();
                     });
}

// ------------------------------------------------------------------ history

HistoryPane::HistoryPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new SimpleTableModel({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Object"), tr("Before"), tr("After")}, this);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter history…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter history"));
    layout->addWidget(m_filter);
    m_view = makeTable(m_model, this, tr("History"));
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPane::reload);
}

void HistoryPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    m_filter->clear();
    reload();
}

void HistoryPane::reload()
{
    // The newest entries: a long-lived customer's history can be very long.
    constexpr int kShown = 2000;
    QList<AuditEntry> entries;
    if (m_customer > 0)
        m_ctx.service->customers.history(m_customer, &entries, m_filter->text(), kShown);
    m_filter->setPlaceholderText(entries.size() >= kShown ? tr("Showing the newest %L1 entries; filter to find older ones…").arg(kShown)
                                                          : tr("Filter history…"));
    QList<QStringList> rows;
    QVariantList keys;
    for (const AuditEntry &e : entries) {
        rows.append({e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), e.who, e.action, e.object, e.oldValue, e.newValue});
        keys << e.id;
    }
    m_model->setRows(rows, keys);
    m_view->resizeColumnsToContents();
}

} // namespace ad
