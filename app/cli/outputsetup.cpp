// Output: the provider's set-up — the product catalog, a customer's details with its
// subscriptions and charges estimate, the DID inventory, the provider-wide history.
#include "output.h"

#include "domain/money.h"
#include "jsonout.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ad::cli {

namespace {
QJsonValue amountJson(std::optional<qint64> fee)
{
    return fee ? QJsonValue(money::plain(*fee)) : QJsonValue(QJsonValue::Null);
}

QJsonObject subscriptionJson(const SubscriptionInfo &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_subscription"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("monthly_fee"), money::plain(s.fee));
    return o;
}

QJsonObject chargesPartsJson(const ChargesBreakdown &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("currency"), c.currency);
    o.insert(QStringLiteral("subscriptions"), money::plain(c.subscriptions));
    o.insert(QStringLiteral("main_products"), money::plain(c.mainProducts));
    o.insert(QStringLiteral("addons"), money::plain(c.addons));
    o.insert(QStringLiteral("charged_accounts"), c.chargedAccounts);
    o.insert(QStringLiteral("total"), money::plain(c.total()));
    return o;
}
} // namespace

int Output::catalog(const QList<ProductUsage> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &u : list) {
            QJsonObject o = productJson(u.product);
            o.insert(QStringLiteral("used"), u.product.used);
            o.insert(QStringLiteral("customers"), u.customers);
            o.insert(QStringLiteral("accounts"), u.accounts);
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("products"), a);
        return okJson(o);
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Product"),
                     QCoreApplication::translate("agreementdesk-cli", "Kind"),
                     QCoreApplication::translate("agreementdesk-cli", "Monthly fee"),
                     QCoreApplication::translate("agreementdesk-cli", "Status"),
                     QCoreApplication::translate("agreementdesk-cli", "Customers"),
                     QCoreApplication::translate("agreementdesk-cli", "Accounts")},
                    {2, 4, 5});
    for (const auto &u : list)
        table.addRow({u.product.name,
                      u.product.isMain ? QCoreApplication::translate("agreementdesk-cli", "main")
                                       : QCoreApplication::translate("agreementdesk-cli", "add-on"),
                      u.product.fee ? money(*u.product.fee, u.product.currency)
                                    : QCoreApplication::translate("agreementdesk-cli", "none"),
                      u.product.retired
                          ? QCoreApplication::translate("agreementdesk-cli", "retired")
                          : QCoreApplication::translate("agreementdesk-cli", "active"),
                      QString::number(u.customers), QString::number(u.accounts)});
    print(list.isEmpty() ? QCoreApplication::translate(
                               "agreementdesk-cli",
                               "No products yet; create one with: product add NAME --kind main")
                         : table.text());
    return 0;
}

int Output::productChanged(const Status &st, const ProductInfo *product, const QString &message)
{
    QJsonObject o;
    if (product)
        o.insert(QStringLiteral("product"), productJson(*product));
    return doneWith(st, message, o);
}

int Output::customerChanged(const Status &st, const CustomerInfo *customer, const QString &message)
{
    QJsonObject o;
    if (customer) {
        o.insert(QStringLiteral("i_customer"), customer->id);
        o.insert(QStringLiteral("customer"), customerJson(*customer));
    }
    return doneWith(st, message, o);
}

int Output::customerDetails(const CustomerInfo &c, const QList<SubscriptionInfo> &subscriptions,
                            const ChargesBreakdown &charges)
{
    if (m_json) {
        QJsonArray subs;
        for (const auto &s : subscriptions)
            subs.append(subscriptionJson(s));
        QJsonObject o;
        o.insert(QStringLiteral("customer"), customerJson(c));
        o.insert(QStringLiteral("subscriptions"), subs);
        o.insert(QStringLiteral("monthly_charges"), chargesPartsJson(charges));
        return okJson(o);
    }
    TextTable details({QCoreApplication::translate("agreementdesk-cli", "Customer"),
                       QStringLiteral("%1 (i_customer %2)").arg(c.name).arg(c.id)});
    details.addRow({QCoreApplication::translate("agreementdesk-cli", "Currency"), c.currency});
    details.addRow({QCoreApplication::translate("agreementdesk-cli", "Time zone"), c.timeZone});
    details.addRow({QCoreApplication::translate("agreementdesk-cli", "Open accounts"),
                    QString::number(c.accounts)});
    details.addRow({QCoreApplication::translate("agreementdesk-cli", "Self-care accounts"),
                    c.selfCareInactive
                        ? QCoreApplication::translate(
                              "agreementdesk-cli", "inactive until an administrator activates them")
                        : QCoreApplication::translate("agreementdesk-cli", "active")});
    print(details.text());
    print(QString());
    print(
        QCoreApplication::translate("agreementdesk-cli", "Subscriptions charged to the customer"));
    TextTable subs({QCoreApplication::translate("agreementdesk-cli", "Name"),
                    QCoreApplication::translate("agreementdesk-cli", "Monthly fee")},
                   {1}, QStringLiteral("  "));
    for (const auto &s : subscriptions)
        subs.addRow({s.name, money(s.fee, c.currency)});
    print(subscriptions.isEmpty() ? QCoreApplication::translate("agreementdesk-cli", "  (none)")
                                  : subs.text());
    print(QString());
    print(QCoreApplication::translate("agreementdesk-cli", "Monthly charges estimate"));
    TextTable parts({QCoreApplication::translate("agreementdesk-cli", "Subscriptions"),
                     money(charges.subscriptions, c.currency)},
                    {1}, QStringLiteral("  "));
    parts.addRow(
        {QCoreApplication::translate("agreementdesk-cli", "Main products of %n charged account(s)",
                                     nullptr, charges.chargedAccounts),
         money(charges.mainProducts, c.currency)});
    parts.addRow({QCoreApplication::translate("agreementdesk-cli", "Add-ons"),
                  money(charges.addons, c.currency)});
    parts.addRow({QCoreApplication::translate("agreementdesk-cli", "Total"),
                  money(charges.total(), c.currency)});
    print(parts.text());
    return 0;
}

int Output::subscriptions(const CustomerInfo &c, const QList<SubscriptionInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &s : list)
            a.append(subscriptionJson(s));
        QJsonObject o;
        o.insert(QStringLiteral("customer"), customerRefJson(c));
        o.insert(QStringLiteral("currency"), c.currency);
        o.insert(QStringLiteral("subscriptions"), a);
        return okJson(o);
    }
    if (list.isEmpty()) {
        print(QCoreApplication::translate("agreementdesk-cli", "%1 has no subscriptions.")
                  .arg(c.name));
        return 0;
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Monthly fee")},
                    {1});
    for (const auto &s : list)
        table.addRow({s.name, money(s.fee, c.currency)});
    print(table.text());
    return 0;
}

int Output::subscriptionChanged(const Status &st, const CustomerInfo &c, const QString &name,
                                std::optional<qint64> fee, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("customer"), customerRefJson(c));
    o.insert(QStringLiteral("subscription"), name);
    if (fee) {
        o.insert(QStringLiteral("monthly_fee"), amountJson(fee));
        o.insert(QStringLiteral("currency"), c.currency);
    }
    return doneWith(st, message, o);
}

int Output::inventory(const QList<InventoryDid> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &d : list) {
            QJsonObject o;
            o.insert(QStringLiteral("number"), d.number);
            if (d.iCustomer) {
                QJsonObject owner;
                owner.insert(QStringLiteral("i_customer"), d.iCustomer);
                owner.insert(QStringLiteral("name"), d.customer);
                o.insert(QStringLiteral("owner"), owner);
            } else {
                o.insert(QStringLiteral("owner"), QJsonValue::Null);
            }
            o.insert(QStringLiteral("account_id"), d.accountId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(d.accountId));
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("dids"), a);
        return okJson(o);
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Number"),
                     QCoreApplication::translate("agreementdesk-cli", "Owner"),
                     QCoreApplication::translate("agreementdesk-cli", "Account")});
    for (const auto &d : list)
        table.addRow(
            {d.number,
             d.iCustomer ? QStringLiteral("%1 (%2)").arg(d.customer).arg(d.iCustomer)
                         : QCoreApplication::translate("agreementdesk-cli", "provider inventory"),
             d.iCustomer
                 ? (d.accountId.isEmpty() ? QCoreApplication::translate("agreementdesk-cli", "free")
                                          : d.accountId)
                 : QString()});
    print(list.isEmpty() ? QCoreApplication::translate(
                               "agreementdesk-cli",
                               "No DID numbers yet; add some with: did inventory add FIRST..LAST")
                         : table.text());
    return 0;
}

int Output::providerHistory(const QList<ProviderAuditEntry> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &e : list) {
            QJsonObject o = auditJson(e.entry);
            if (e.iCustomer) {
                QJsonObject c;
                c.insert(QStringLiteral("i_customer"), e.iCustomer);
                c.insert(QStringLiteral("name"), e.customer);
                o.insert(QStringLiteral("customer"), c);
            } else {
                o.insert(QStringLiteral("customer"), QJsonValue::Null);
            }
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("history"), a);
        return okJson(o);
    }
    for (const auto &p : list) {
        const AuditEntry &e = p.entry;
        const QString change =
            e.oldValue.isEmpty() ? e.newValue : e.oldValue + QStringLiteral(" → ") + e.newValue;
        print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                  .arg(e.at, -24)
                  .arg(e.who, -16)
                  .arg(p.iCustomer ? p.customer
                                   : QCoreApplication::translate("agreementdesk-cli", "(provider)"),
                       -20)
                  .arg(e.action, -18)
                  .arg(e.object, -20)
                  .arg(change));
    }
    if (list.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "No history yet."));
    return 0;
}

} // namespace ad::cli
