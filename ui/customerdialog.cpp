#include "customerdialog.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "taskrunner.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <algorithm>
#include <memory>

namespace ad {

CustomerDialog::CustomerDialog(DeskContext &ctx, qint64 iCustomer, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_customer(iCustomer), m_created(std::make_shared<qint64>(0))
{
    if (iCustomer > 0) {
        const Status st = ctx.service->customers.get(iCustomer, &m_was);
        if (!st.ok())
            m_loadProblem = st.message();
    }
    const bool editing = iCustomer > 0;
    setWindowTitle(editing ? tr("Edit customer — %1").arg(m_was.name) : tr("New customer"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Customer name"));
    m_currency = new QLineEdit(this);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaxLength(3);
    connect(m_currency, &QLineEdit::textEdited, m_currency, [this](const QString &t) {
        const int at = m_currency->cursorPosition();
        m_currency->setText(t.toUpper());
        m_currency->setCursorPosition(at);
    });
    m_currency->setToolTip(tr("ISO 4217 code (USD, EUR, CHF); it can be changed only while the "
                              "customer has no accounts and no subscriptions"));

    // Every time zone the system knows, searchable by any part ("Angeles", "berlin").
    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setAccessibleName(tr("Time zone"));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    std::sort(zones.begin(), zones.end());
    m_timeZone->addItems(zones);
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);

    m_selfCare = new QComboBox(this);
    m_selfCare->setAccessibleName(tr("Self-care activation"));
    m_selfCare->addItem(tr("Active at once"), false);
    m_selfCare->addItem(tr("Inactive until an administrator activates them"), true);
    m_selfCare->setToolTip(tr("The status of accounts the customer creates through the self-care "
                              "portal"));

    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(tr("&Self-care accounts"), m_selfCare);

    if (editing) {
        m_name->setText(m_was.name);
        m_currency->setText(m_was.currency);
        m_timeZone->setCurrentText(m_was.timeZone);
        m_selfCare->setCurrentIndex(m_was.selfCareInactive ? 1 : 0);
    } else {
        QString currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        if (currency.size() != 3)
            currency = QStringLiteral("USD");
        m_currency->setText(currency);
        m_timeZone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    }
    m_buttons = addDialogButtons(this, form, editing ? QString() : tr("Create customer"));

    const CustomerInfo was = m_was;
    const std::shared_ptr<qint64> created = m_created;
    submitInDialog(
        this, m_buttons, ctx.tasks, editing ? tr("Changing customer") : tr("Creating customer"),
        [=]() -> TaskRunner::Task {
            const QString name = m_name->text().trimmed();
            const QString currency = m_currency->text().trimmed().toUpper();
            const QString zone = m_timeZone->currentText().trimmed();
            const bool inactive = m_selfCare->currentData().toBool();
            if (!editing)
                return [=](Desk &s) {
                    return s.customers.add(name, currency, zone, inactive, created.get());
                };
            CustomerChange change;
            if (name != was.name)
                change.name = name;
            if (currency != was.currency)
                change.currency = currency;
            if (zone != was.timeZone)
                change.timeZone = zone;
            if (inactive != was.selfCareInactive)
                change.selfCareInactive = inactive;
            const qint64 c = was.id;
            if (!change.name && !change.currency && !change.timeZone && !change.selfCareInactive)
                return [](Desk &) { return Status(); }; // nothing changed: nothing written
            return [=](Desk &s) { return s.customers.change(c, change); };
        });
}

} // namespace ad
