// Output: the listings (customers, the agreement, accounts, DIDs, hunt groups, the
// history), as JSON arrays or as text tables for people.
#include "output.h"

#include "domain/money.h"
#include "jsonout.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ad::cli {

int Output::customers(const QList<CustomerInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &c : list)
            a.append(customerJson(c));
        QJsonObject o;
        o.insert(QStringLiteral("customers"), a);
        return okJson(o);
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "i_customer"),
                     QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Time zone"),
                     QCoreApplication::translate("agreementdesk-cli", "Currency"),
                     QCoreApplication::translate("agreementdesk-cli", "Accounts")},
                    {0, 4});
    for (const auto &c : list)
        table.addRow(
            {QString::number(c.id), c.name, c.timeZone, c.currency, QString::number(c.accounts)});
    print(table.text());
    return 0;
}

int Output::agreement(const CustomerInfo &c, const QList<AgreementLineInfo> &lines, qint64 charges)
{
    if (m_json)
        return okJson(agreementJson(c, lines, charges));
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2) — monthly charges estimate %3")
              .arg(c.name)
              .arg(c.id)
              .arg(money(charges, c.currency)));
    for (int pass = 0; pass < 2; ++pass) {
        print(QString());
        print(pass == 0 ? QCoreApplication::translate("agreementdesk-cli", "Main products")
                        : QCoreApplication::translate("agreementdesk-cli", "Add-on products"));
        TextTable table({QCoreApplication::translate("agreementdesk-cli", "Product"),
                         QCoreApplication::translate("agreementdesk-cli", "Monthly fee"),
                         QCoreApplication::translate("agreementdesk-cli", "Quantity"),
                         QCoreApplication::translate("agreementdesk-cli", "In use"),
                         QCoreApplication::translate("agreementdesk-cli", "Available")},
                        {1, 2, 3, 4}, QStringLiteral("  "));
        int n = 0;
        for (const auto &l : lines) {
            if (l.product.isMain != (pass == 0))
                continue;
            ++n;
            table.addRow({l.product.name,
                          l.product.fee ? money::plain(*l.product.fee) : QStringLiteral("—"),
                          quantityText(l.quantity), QString::number(l.inUse),
                          l.available() ? QString::number(*l.available()) : QStringLiteral("—")});
        }
        print(n ? table.text() : QCoreApplication::translate("agreementdesk-cli", "  (none)"));
    }
    return 0;
}

int Output::accounts(const CustomerInfo &c, const QList<AccountInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &acc : list)
            a.append(accountJson(acc));
        QJsonObject o;
        o.insert(QStringLiteral("customer"), customerRefJson(c));
        o.insert(QStringLiteral("accounts"), a);
        return okJson(o);
    }
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2): %n account(s)", nullptr,
                                      list.size())
              .arg(c.name)
              .arg(c.id));
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Ext"),
                     QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Account ID"),
                     QCoreApplication::translate("agreementdesk-cli", "Product"),
                     QCoreApplication::translate("agreementdesk-cli", "DIDs"),
                     QCoreApplication::translate("agreementdesk-cli", "Hunt group"),
                     QCoreApplication::translate("agreementdesk-cli", "Status")},
                    {0});
    for (const auto &a : list) {
        QString status = a.status == QLatin1String("active")
                             ? QCoreApplication::translate("agreementdesk-cli", "active")
                         : a.status == QLatin1String("inactive")
                             ? QCoreApplication::translate("agreementdesk-cli", "inactive")
                             : QCoreApplication::translate("agreementdesk-cli", "closed");
        if (a.blocked == QLatin1String("by_admin"))
            status +=
                QCoreApplication::translate("agreementdesk-cli", ", blocked by administrator");
        else if (a.blocked == QLatin1String("by_customer"))
            status += QCoreApplication::translate("agreementdesk-cli", ", blocked by customer");
        QString product = a.product;
        if (!a.addons.isEmpty())
            product += QStringLiteral(" + ") + a.addons.join(QStringLiteral(", "));
        table.addRow({a.number, a.name, a.id, product, a.dids.join(QLatin1Char(' ')),
                      a.huntGroups.join(QStringLiteral(", ")), status});
    }
    print(table.text());
    return 0;
}

int Output::dids(const QList<DidInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &d : list)
            a.append(didJson(d));
        QJsonObject o;
        o.insert(QStringLiteral("dids"), a);
        return okJson(o);
    }
    for (const auto &d : list)
        print(QStringLiteral("%1  %2")
                  .arg(d.number, -16)
                  .arg(d.accountId.isEmpty()
                           ? QCoreApplication::translate("agreementdesk-cli", "free")
                           : d.accountId));
    return 0;
}

int Output::huntGroups(const CustomerInfo &c, const QList<HuntGroupInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &h : list)
            a.append(huntGroupJson(h));
        QJsonObject o;
        o.insert(QStringLiteral("huntgroups"), a);
        return okJson(o);
    }
    for (const auto &h : list)
        print(QStringLiteral("%1  %2  %3  %4")
                  .arg(h.name, -20)
                  .arg(h.number, 6)
                  .arg(h.sequence, -12)
                  .arg(h.members.join(QStringLiteral(", "))));
    if (list.isEmpty())
        print(
            QCoreApplication::translate("agreementdesk-cli", "%1 has no hunt groups.").arg(c.name));
    return 0;
}

int Output::history(const CustomerInfo &c, const QList<AuditEntry> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &e : list)
            a.append(auditJson(e));
        QJsonObject o;
        o.insert(QStringLiteral("history"), a);
        return okJson(o);
    }
    for (const auto &e : list) {
        const QString change =
            e.oldValue.isEmpty() ? e.newValue : e.oldValue + QStringLiteral(" → ") + e.newValue;
        // who is the database's account (PostgreSQL: the login); the desk's own label follows in
        // brackets when it says something else, and the self-care path is marked.
        QString who = e.who;
        if (!e.deskLabel.isEmpty() && e.deskLabel != e.who)
            who += QStringLiteral(" [%1]").arg(e.deskLabel);
        if (e.via == QLatin1String("customer"))
            who = QCoreApplication::translate("agreementdesk-cli", "%1 via self-care").arg(who);
        print(QStringLiteral("%1  %2  %3  %4  %5")
                  .arg(e.at, -24)
                  .arg(who, -16)
                  .arg(e.action, -18)
                  .arg(e.object, -20)
                  .arg(change));
    }
    if (list.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "No history for %1.").arg(c.name));
    return 0;
}

} // namespace ad::cli
