#include "addextensiondialog.h"
#include "domain/money.h"

#include "domain/csvcolumns.h"
#include "domain/filerefusals.h"
#include "domain/rules.h"
#include "services/extensionplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ad {

AddExtensionDialog::AddExtensionDialog(const CustomerSnapshot &snapshot, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot)
{
    setWindowTitle(tr("Add extension — %1").arg(snapshot.name));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("digits, e.g. 4702"));
    // Not 15: a 16th digit typed must be refused with a message, not dropped silently.
    m_number->setMaxLength(64);
    m_idPreview = new QLabel(this);
    m_idPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number);
    numberRow->addWidget(new QLabel(tr("Account ID"), this));
    numberRow->addWidget(m_idPreview, 1);
    // Rows whose field is a layout get an explicit label with a buddy, so that the mnemonic works.
    auto *numberLabel = new QLabel(tr("E&xtension number"), this);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::ExtensionNumber)));

    m_name = new QLineEdit(this);
    m_name->setMaxLength(100);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::Name)));

    // Products: main products of the agreement, with availability; full ones disabled.
    m_product = new QComboBox(this);
    auto *products = new QStandardItemModel(m_product);
    for (auto it = snapshot.agreement.constBegin(); it != snapshot.agreement.constEnd(); ++it) {
        const ProductInfo p = snapshot.productsById.value(it.key());
        if (!p.isMain)
            continue;
        QString text;
        bool full = false;
        if (!it->quantity) {
            text = tr("%1 — Unlimited (%2 in use)").arg(p.name).arg(it->inUse);
        } else {
            full = it->inUse >= *it->quantity;
            text =
                full ? tr("%1 — %2 of %3 used: full").arg(p.name).arg(it->inUse).arg(*it->quantity)
                     : tr("%1 — %2 of %3 used").arg(p.name).arg(it->inUse).arg(*it->quantity);
        }
        auto *item = new QStandardItem(text);
        item->setData(p.name, Qt::UserRole);
        if (full) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(
                tr("The agreement's quantity is reached; raise it on the Agreement tab first."));
        }
        products->appendRow(item);
    }
    products->sort(0);
    m_product->setModel(products);
    // No product is preselected: the first one in the list may be one meant for auto attendants
    // or anything else, and accepting a default would bill the extension for it.
    m_product->setPlaceholderText(tr("Choose a product…"));
    m_product->setCurrentIndex(-1);
    form->addRow(tr("&Product"), m_product);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::Product)));

    m_dids = new QListWidget(this);
    QStringList free;
    for (auto it = snapshot.dids.constBegin(); it != snapshot.dids.constEnd(); ++it)
        if (it.value() == 0)
            free << it.key();
    free.sort();
    for (const QString &d : free) {
        auto *item = new QListWidgetItem(d, m_dids);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_dids->setMaximumHeight(110);
    m_dids->setAccessibleName(tr("Free DIDs of the customer"));
    form->addRow(free.isEmpty() ? tr("DID numbers\n(none free)") : tr("&DID numbers"), m_dids);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::Dids)));

    m_huntGroup = new QComboBox(this);
    m_huntGroup->addItem(tr("None"), QString());
    QStringList groups;
    for (const HuntGroupRef &h : snapshot.huntGroupsByFoldedName)
        groups << h.name;
    groups.sort(Qt::CaseInsensitive);
    for (const QString &g : groups)
        m_huntGroup->addItem(g, g);
    m_published = new QCheckBox(tr("Pu&blished (dial by name)"), this);
    auto *huntRow = new QHBoxLayout;
    huntRow->addWidget(m_huntGroup, 1);
    huntRow->addWidget(m_published);
    auto *huntLabel = new QLabel(tr("&Hunt group"), this);
    huntLabel->setBuddy(m_huntGroup);
    form->addRow(huntLabel, huntRow);

    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("for voicemail notifications (optional)"));
    form->addRow(tr("&Email"), m_email);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::Email)));

    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    QStringList zones;
    for (const QByteArray &z : QTimeZone::availableTimeZoneIds())
        if (z.contains('/'))
            zones << QString::fromLatin1(z);
    m_timeZone->addItems(zones);
    m_timeZone->setCurrentText(snapshot.timeZone);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(QString(), messageLabel(csv::fieldName(csv::Field::Timezone)));

    m_inactive =
        new QCheckBox(tr("Create &inactive — an administrator activates it after review"), this);
    form->addRow(QString(), m_inactive);
    m_charges = new QLabel(this);
    form->addRow(QString(), m_charges);

    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add extension"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_acceptable)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addStretch(); // a taller dialog than needed: the room goes here, not between rows
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_number, m_name, m_email})
        connect(e, &QLineEdit::textChanged, this, &AddExtensionDialog::validate);
    connect(m_product, &QComboBox::currentIndexChanged, this, &AddExtensionDialog::validate);
    connect(m_huntGroup, &QComboBox::currentIndexChanged, this, &AddExtensionDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &AddExtensionDialog::validate);
    connect(m_dids, &QListWidget::itemChanged, this, &AddExtensionDialog::validate);
    connect(m_inactive, &QCheckBox::toggled, this, &AddExtensionDialog::validate);
    validate();
    m_number->setFocus();
}

// A message that appears under a field makes the dialog taller instead of squeezing the labels
// (they were cut at the top and the bottom): wrapped lines need their height for the width.
// When the messages go, the dialog shrinks back: the room they left was spread between the
// rows (the number's label stood above its field, gaps under Email).
void AddExtensionDialog::growToFit()
{
    if (!isVisible())
        return;
    // A label hidden just now only posts a layout request: recompute now, not at the next turn
    // of the event loop, or the height of the messages that went is kept.
    layout()->invalidate();
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() != needed)
        resize(width(), needed);
}

void AddExtensionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

QLabel *AddExtensionDialog::messageLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    // Expanding: the form lets only expanding fields take the dialog's width, so a message
    // wrapped at its own size hint (five short lines under the number field).
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    label->setObjectName(QStringLiteral("message ") + field);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QString AddExtensionDialog::fieldMessage(const QString &field) const
{
    QLabel *l = m_messages.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

ExtensionRequest AddExtensionDialog::request() const
{
    ExtensionRequest r;
    r.number = m_number->text().trimmed();
    r.name = m_name->text().trimmed();
    for (int i = 0; i < m_dids->count(); ++i)
        if (m_dids->item(i)->checkState() == Qt::Checked)
            r.dids << m_dids->item(i)->text();
    r.published = m_published->isChecked() ? QStringLiteral("Y") : QStringLiteral("N");
    r.email = m_email->text().trimmed();
    r.timeZone = m_timeZone->currentText().trimmed();
    r.product = m_product->currentData(Qt::UserRole).toString();
    r.huntGroup = m_huntGroup->currentData().toString();
    r.inactive = m_inactive->isChecked();
    return r;
}

QString AddExtensionDialog::accountIdPreview() const
{
    return m_idPreview->text();
}

void AddExtensionDialog::validate()
{
    const ExtensionRequest r = request();
    // The planner of the import, on one row, against the snapshot taken when the dialog opened.
    // The service checks again under the customer's lock when the button is pressed.
    const ImportPlan plan = planExtension(m_snapshot, r);

    for (QLabel *l : m_messages)
        l->hide();
    for (const Problem &p : plan.errors) {
        QLabel *l = m_messages.value(p.field);
        if (!l)
            l = m_messages.value(csv::fieldName(csv::Field::Product));
        // An empty number or a product not chosen yet is not an error worth shouting about
        // while the dialog is fresh: Add stays disabled until both are there.
        if (p.code == QLatin1String("extension_missing") ||
            p.code == QLatin1String("product_missing"))
            continue;
        // The planner speaks of a file ("To change it from this file, choose update existing
        // extensions…"); in this dialog there is no file and nothing to choose.
        const QString text =
            p.message == refusal::updateExistingNeeded(m_snapshot.name, r.number).message
                ? refusal::extensionExists(m_snapshot.name, r.number).message
                : p.message;
        l->setText(l->isHidden() ? text : l->text() + QLatin1Char('\n') + text);
        l->show();
    }
    const bool numberOk = rules::isValidExtensionNumber(r.number);
    const bool taken = plan.errors.size() > 0 &&
                       std::any_of(plan.errors.cbegin(), plan.errors.cend(), [](const Problem &p) {
                           return p.code == QLatin1String("extension_exists") ||
                                  p.code == QLatin1String("account_exists");
                       });
    if (!numberOk)
        m_idPreview->setText(r.number.isEmpty() ? tr("ph%1x…").arg(m_snapshot.iCustomer)
                                                : tr("— digits only"));
    else
        m_idPreview->setText(rules::extensionAccountId(m_snapshot.iCustomer, r.number) +
                             (taken ? tr("  ✗ taken") : tr("  ✓ free")));
    growToFit();
    m_acceptable = !plan.hasErrors() && !plan.accounts.isEmpty();
    m_add->setEnabled(m_acceptable);
    const qint64 added = plan.chargesAfter - plan.chargesBefore;
    auto fmt = [this](qint64 v) { return money::display(v, m_snapshot.currency); };
    if (m_acceptable)
        m_charges->setText(
            added > 0 ? tr("Adds %1 a month (%2 → %3)")
                            .arg(fmt(added), fmt(plan.chargesBefore), fmt(plan.chargesAfter))
            : r.inactive
                ? tr("Adds nothing to the monthly charges while inactive (%1)")
                      .arg(fmt(plan.chargesBefore))
                : tr("Adds nothing to the monthly charges (%1)").arg(fmt(plan.chargesBefore)));
    else
        m_charges->setText(missingText(plan));
}

// Why Add is disabled when nothing is wrong yet, only missing: Enter did nothing and nothing on
// the dialog said what it still wanted.
QString AddExtensionDialog::missingText(const ImportPlan &plan) const
{
    bool number = false, product = false;
    for (const Problem &p : plan.errors) {
        if (p.code == QLatin1String("extension_missing"))
            number = true;
        else if (p.code == QLatin1String("product_missing"))
            product = true;
        else
            return {}; // a refusal shows under its field
    }
    if (number && product)
        return tr("To add it: type an extension number and choose a product.");
    if (number)
        return tr("To add it: type an extension number.");
    if (product)
        return tr("To add it: choose a product.");
    return {};
}

} // namespace ad
