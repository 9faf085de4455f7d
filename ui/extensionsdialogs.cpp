// The Extensions tab's dialogs that add accounts other than extensions (auto attendants and
// generic accounts) and change an account's add-ons. Add extension has a class of its own
// (addextensiondialog.cpp); the list and the actions on the selection are in extensionspane.cpp.
#include "extensionspane.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "domain/money.h"
#include "itemmodels/accountlistmodel.h"
#include "services/accountsearch.h"
#include "taskrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ad {

static Status mainProductsOf(Desk &service, qint64 c, QStringList *out)
{
    QList<AgreementLineInfo> lines;
    const Status st = service.agreement.lines(c, &lines);
    for (const auto &l : lines)
        if (l.product.isMain)
            *out << l.product.name;
    return st;
}

// The customer's free DIDs, to tick (as in Add extension).
static QListWidget *freeDidList(Desk &service, qint64 c, QWidget *parent, Status *st)
{
    QList<DidInfo> dids;
    *st = service.dids.list(c, &dids);
    auto *list = new QListWidget(parent);
    for (const DidInfo &d : dids) {
        if (!d.accountId.isEmpty())
            continue;
        auto *item = new QListWidgetItem(d.number, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(110);
    list->setAccessibleName(
        QCoreApplication::translate("ad::ExtensionsPane", "Free DIDs of the customer"));
    return list;
}

void ExtensionsPane::addAutoAttendant()
{
    QStringList products;
    if (const Status st = mainProductsOf(*m_ctx.service, m_customer, &products); !st.ok()) {
        emit message(tr("Could not load the agreement's products: %1").arg(st.message()));
        return;
    }
    QString nextId;
    Status st = AccountSearch(m_ctx.service->database()).nextAutoAttendantId(m_customer, &nextId);
    QDialog dialog(this);
    QListWidget *dids = nullptr;
    if (st.ok())
        dids = freeDidList(*m_ctx.service, m_customer, &dialog, &st);
    if (!st.ok()) {
        emit message(tr("Could not load the customer's DIDs: %1").arg(st.message()));
        return;
    }
    dialog.setWindowTitle(tr("Add auto attendant — %1").arg(m_customerName));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("aaName"));
    name->setMaxLength(100);
    auto *product = new QComboBox(&dialog);
    product->addItems(products);
    const int aa = product->findText(QStringLiteral("Auto attendant"), Qt::MatchFixedString);
    if (aa >= 0)
        product->setCurrentIndex(aa);
    // The account ID it will get, as Add extension shows it.
    auto *preview = new QLabel(nextId, &dialog);
    preview->setObjectName(QStringLiteral("aaPreview"));
    preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview->setToolTip(tr("Auto attendant numbers are never reused."));
    dids->setObjectName(QStringLiteral("aaDids"));
    auto *inactive = new QCheckBox(tr("Create &inactive"), &dialog);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("Account ID"), preview);
    form->addRow(tr("&Product"), product);
    form->addRow(dids->count() ? tr("&DID numbers") : tr("DID numbers\n(none free)"), dids);
    form->addRow(QString(), inactive);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Add auto attendant"));
    const qint64 c = m_customer;
    auto created = std::make_shared<CreatedAccount>();
    // The dialog stays open until the service has taken it; a refusal shows in it.
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Adding an auto attendant"),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), p = product->currentText();
                       QStringList picked;
                       for (int i = 0; i < dids->count(); ++i)
                           if (dids->item(i)->checkState() == Qt::Checked)
                               picked << dids->item(i)->text();
                       const bool off = inactive->isChecked();
                       return [=](Desk &s) {
                           return s.accounts.addAutoAttendant(c, p, n, picked, off, created.get());
                       };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectOnly(created->accountId);
    emit message(tr("Created %1.").arg(created->accountId));
    emit changed();
}

void ExtensionsPane::addGenericAccount()
{
    QStringList products;
    if (const Status st = mainProductsOf(*m_ctx.service, m_customer, &products); !st.ok()) {
        emit message(tr("Could not load the agreement's products: %1").arg(st.message()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add account — %1").arg(m_customerName));
    auto *form = new QFormLayout(&dialog);
    auto *id = new QLineEdit(&dialog);
    id->setPlaceholderText(tr("e.g. a SIM card's ICCID"));
    id->setMaxLength(64);
    auto *product = new QComboBox(&dialog);
    product->addItems(products);
    auto *inactive = new QCheckBox(tr("Create inactive"), &dialog);
    form->addRow(tr("Account &ID"), id);
    form->addRow(tr("&Product"), product);
    form->addRow(QString(), inactive);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Add account"));
    const qint64 c = m_customer;
    // The dialog stays open until the service has taken it; a refusal shows in it.
    submitInDialog(
        &dialog, buttons, m_ctx.tasks, tr("Adding an account"), [=]() -> TaskRunner::Task {
            const QString i = id->text(), p = product->currentText();
            const bool off = inactive->isChecked();
            return [=](Desk &s) { return s.accounts.addGenericAccount(c, i, p, off, nullptr); };
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectOnly(id->text().trimmed());
    emit message(tr("Created %1.").arg(id->text().trimmed()));
    emit changed();
}

void ExtensionsPane::editAddons()
{
    const QStringList ids = selectedAccountIds();
    if (ids.size() != 1)
        return;
    const AccountInfo *a = m_model->account(m_model->rowOf(ids.first()));
    if (!a)
        return;
    QList<AgreementLineInfo> lines;
    if (const Status st = m_ctx.service->agreement.lines(m_customer, &lines); !st.ok()) {
        emit message(tr("Could not load the agreement: %1").arg(st.message()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add-ons of %1").arg(a->id));
    auto *layout = new QVBoxLayout(&dialog);
    QList<QCheckBox *> boxes;
    for (const auto &l : lines) {
        if (l.product.isMain)
            continue;
        // With its fee: what ticking it adds to the monthly charges.
        const QString fee =
            l.product.fee ? tr("%1 a month").arg(money::display(*l.product.fee, l.product.currency))
                          : tr("no fee");
        auto *box = new QCheckBox(l.quantity ? tr("%1 — %2 (%3 of %4 used)")
                                                   .arg(l.product.name, fee)
                                                   .arg(l.inUse)
                                                   .arg(*l.quantity)
                                             : tr("%1 — %2 (Unlimited)").arg(l.product.name, fee),
                                  &dialog);
        box->setProperty("product", l.product.name);
        box->setChecked(a->addons.contains(l.product.name));
        layout->addWidget(box);
        boxes << box;
    }
    if (boxes.isEmpty())
        layout->addWidget(new QLabel(tr("The agreement has no add-on products."), &dialog));
    QDialogButtonBox *buttons = addDialogButtons(&dialog, layout);
    const QString id = a->id;
    const QStringList had = a->addons;
    auto changedAny = std::make_shared<bool>(false);
    // The dialog stays open until the service has taken the whole change (one transaction: a
    // refused addition leaves the removals undone too); a refusal shows in it, the ticks kept.
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Changing the add-ons of %1").arg(id),
                   [=]() -> TaskRunner::Task {
                       QStringList add, remove;
                       for (QCheckBox *b : boxes) {
                           const QString p = b->property("product").toString();
                           if (b->isChecked() && !had.contains(p))
                               add << p;
                           if (!b->isChecked() && had.contains(p))
                               remove << p;
                       }
                       *changedAny = !add.isEmpty() || !remove.isEmpty();
                       if (!*changedAny)
                           return [](Desk &) { return Status(); }; // nothing to save or audit
                       return [=](Desk &s) { return s.accountState.changeAddons(id, add, remove); };
                   });
    if (dialog.exec() != QDialog::Accepted || !*changedAny)
        return;
    reload();
    emit message(tr("Add-ons of %1 changed.").arg(id));
    emit changed();
}

} // namespace ad
