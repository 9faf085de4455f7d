#include "customerpage.h"
#include "domain/money.h"

#include "agreementpane.h"
#include "didspane.h"
#include "extensionspane.h"
#include "historypane.h"
#include "huntgroupspane.h"
#include "itemmodels/accountlistmodel.h"
#include "taskrunner.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ad {

CustomerPage::CustomerPage(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QGridLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle = new QLabel(this);
    m_charges = new QLabel(this);
    m_charges->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont cf = m_charges->font();
    cf.setPointSizeF(cf.pointSizeF() * 1.2);
    m_charges->setFont(cf);
    m_charges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_subtitle, 1, 0);
    header->addWidget(m_charges, 0, 1, 2, 1);
    header->setColumnStretch(0, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_agreement = new AgreementPane(ctx, this);
    m_extensions = new ExtensionsPane(ctx, this);
    m_dids = new DidsPane(ctx, this);
    m_huntGroups = new HuntGroupsPane(ctx, this);
    m_history = new HistoryPane(ctx, this);
    m_tabs->addTab(m_agreement, tr("A&greement"));
    m_tabs->addTab(m_extensions, tr("Ex&tensions"));
    m_tabs->addTab(m_dids, tr("&DIDs"));
    m_tabs->addTab(m_huntGroups, tr("Hunt grou&ps"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    layout->addWidget(m_tabs, 1);

    for (QObject *pane : {static_cast<QObject *>(m_agreement), static_cast<QObject *>(m_extensions),
                          static_cast<QObject *>(m_dids), static_cast<QObject *>(m_huntGroups)}) {
        connect(pane, SIGNAL(message(QString)), this, SIGNAL(message(QString)));
        connect(pane, SIGNAL(changed()), this, SLOT(refresh()));
    }
    setEnabled(false);
    m_title->setText(tr("No customer selected"));
}

void CustomerPage::setCustomer(qint64 iCustomer)
{
    CustomerInfo info;
    if (!m_ctx.service->customers.get(iCustomer, &info).ok()) {
        m_customer = 0;
        setEnabled(false);
        return;
    }
    m_customer = info.id;
    m_name = info.name;
    m_currency = info.currency;
    m_subtitle->setText(
        tr("i_customer %1 · %2 · %3").arg(info.id).arg(info.timeZone, info.currency));
    setEnabled(true);
    m_agreement->setCustomer(m_customer, m_currency);
    m_extensions->setCustomer(m_customer, m_name);
    m_dids->setCustomer(m_customer);
    m_huntGroups->setCustomer(m_customer);
    m_history->setCustomer(m_customer);
    updateHeader();
    emit customerChanged(m_customer, m_name);
}

QString CustomerPage::chargesText() const
{
    return m_charges->text();
}

void CustomerPage::updateHeader()
{
    m_title->setText(m_name);
    const bool pbx = m_extensions->usesExtensions();
    m_tabs->setTabText(DidsTab, tr("&DIDs (%1)").arg(m_dids->count()));
    m_tabs->setTabText(HuntGroupsTab, tr("Hunt grou&ps (%1)").arg(m_huntGroups->count()));
    // The sums over all of the customer's accounts can take a while for a very large customer:
    // computed off the GUI thread; the page is usable meanwhile.
    const qint64 c = m_customer;
    const QString currency = m_currency;
    auto charges = std::make_shared<ChargesBreakdown>();
    auto info = std::make_shared<CustomerInfo>();
    if (m_chargesKnownFor != c)
        m_charges->setText(tr("Monthly estimate …"));
    m_ctx.tasks->read(
        this,
        [c, charges, info](Desk &s) {
            Status st = s.customers.charges(c, charges.get());
            return st.ok() ? s.customers.get(c, info.get()) : st;
        },
        [this, c, charges, info, currency, pbx](const Status &st) {
            if (!st.ok() || c != m_customer)
                return;
            m_chargesKnownFor = c;
            m_charges->setText(
                tr("Monthly estimate %1").arg(money::display(charges->total(), currency)));
            // The estimate by its parts (rule 10).
            m_charges->setToolTip(
                tr("Subscriptions %1\nMain products of %n active, unblocked account(s) %2\n"
                   "Add-ons %3\nTotal %4",
                   nullptr, charges->chargedAccounts)
                    .arg(money::display(charges->subscriptions, currency),
                         money::display(charges->mainProducts, currency),
                         money::display(charges->addons, currency),
                         money::display(charges->total(), currency)));
            m_tabs->setTabText(
                ExtensionsTab,
                (pbx ? tr("Ex&tensions (%1)") : tr("Accoun&ts (%1)")).arg(info->accounts));
            emit headerUpdated();
        });
}

void CustomerPage::refresh()
{
    if (m_customer <= 0)
        return;
    if (sender() != m_agreement)
        m_agreement->reload();
    if (sender() != m_extensions)
        m_extensions->reload();
    m_dids->reload();
    m_huntGroups->reload();
    m_history->reload();
    updateHeader();
}

// Another desk's change (or View > Reload): every tab read again, keeping the selections, the
// scroll positions and the quantities typed but not applied; the header too (a rename).
void CustomerPage::refreshLive()
{
    if (m_customer <= 0)
        return;
    CustomerInfo info;
    if (m_ctx.service->customers.get(m_customer, &info).ok()) {
        const QString subtitle =
            tr("i_customer %1 · %2 · %3").arg(info.id).arg(info.timeZone, info.currency);
        if (info.name != m_name || subtitle != m_subtitle->text()) {
            m_name = info.name;
            if (info.currency != m_currency)
                m_agreement->setCurrency(info.currency);
            m_currency = info.currency;
            m_subtitle->setText(subtitle);
            emit customerChanged(m_customer, m_name);
        }
    }
    m_agreement->refresh();
    m_extensions->refresh();
    m_dids->reload();
    m_huntGroups->reload();
    m_history->reload();
    updateHeader();
}

} // namespace ad
