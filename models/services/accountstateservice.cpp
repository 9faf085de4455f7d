#include "services/accountstateservice.h"

#include "domain/customersnapshot.h"
#include "domain/refusals.h"
#include "domain/setuprefusals.h"
#include "services/productservice.h"
#include "services/transaction.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QSqlQuery>

namespace ad {

namespace {
bool isClosed(const AccountRow &row)
{
    return row.status == QLatin1String("closed");
}
bool blockedByAdmin(const AccountRow &row)
{
    return row.blocked == QLatin1String("by_admin");
}
} // namespace

Status AccountStateService::changeBlock(const QString &accountId, bool block)
{
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) -> Status {
        if (isClosed(row))
            return refused(refusal::accountClosed(accountId));
        const bool customer = asCustomer();
        if (customer && blockedByAdmin(row))
            return refused(refusal::blockedByAdmin(accountId));
        QString next;
        if (block) {
            next = customer ? QStringLiteral("by_customer") : QStringLiteral("by_admin");
            if (row.blocked == next)
                return refused(refusal::alreadyBlocked(accountId));
        } else {
            if (row.blocked == QLatin1String("no"))
                return refused(refusal::notBlocked(accountId));
            next = QStringLiteral("no");
        }
        const Status st =
            m_db.exec(QStringLiteral("UPDATE account SET blocked = ? WHERE i_account = ?"),
                      {next, row.iAccount});
        if (!st.ok())
            return st;
        return m_audit.write(row.iCustomer,
                             block ? QStringLiteral("account.block")
                                   : QStringLiteral("account.unblock"),
                             accountId, row.blocked, next);
    });
}

Status AccountStateService::block(const QString &accountId)
{
    return changeBlock(accountId, true);
}
Status AccountStateService::unblock(const QString &accountId)
{
    return changeBlock(accountId, false);
}

Status AccountStateService::activate(const QString &accountId)
{
    if (asCustomer())
        return refused(refusal::adminOnly(accountId));
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) -> Status {
        if (isClosed(row))
            return refused(refusal::accountClosed(accountId));
        if (row.status == QLatin1String("active"))
            return refused(refusal::alreadyActive(accountId));
        const Status st = m_db.exec(
            QStringLiteral(
                "UPDATE account SET status = 'active', activated_at = ? WHERE i_account = ?"),
            {Database::nowUtc(), row.iAccount});
        if (!st.ok())
            return st;
        return m_audit.write(row.iCustomer, QStringLiteral("account.activate"), accountId,
                             row.status, QStringLiteral("active"));
    });
}

Status AccountStateService::close(const QString &accountId)
{
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) -> Status {
        if (isClosed(row))
            return refused(refusal::accountClosed(accountId));
        if (asCustomer() && blockedByAdmin(row))
            return refused(refusal::blockedByAdmin(accountId));
        AccountRepository accounts(m_db);
        QStringList released, groups;
        Status st = accounts.didsOf(row.iAccount, &released);
        if (!st.ok() || !(st = accounts.huntGroupsOf(row.iAccount, &groups)).ok())
            return st;
        if (!(st = m_db.exec(QStringLiteral("UPDATE did SET i_account = NULL WHERE i_account = ?"),
                             {row.iAccount}))
                 .ok())
            return st;
        if (!(st = m_db.exec(
                  QStringLiteral("DELETE FROM hunt_group_member WHERE i_extension IN"
                                 " (SELECT i_extension FROM extension WHERE i_account = ?)"),
                  {row.iAccount}))
                 .ok())
            return st;
        if (!(st = m_db.exec(
                  QStringLiteral(
                      "UPDATE account SET status = 'closed', closed_at = ? WHERE i_account = ?"),
                  {Database::nowUtc(), row.iAccount}))
                 .ok())
            return st;
        QString detail = QStringLiteral("closed");
        if (!released.isEmpty())
            detail += QStringLiteral("; DIDs released: ") + released.join(QLatin1Char(' '));
        if (!groups.isEmpty())
            detail +=
                QStringLiteral("; removed from hunt groups: ") + groups.join(QStringLiteral(", "));
        return m_audit.write(row.iCustomer, QStringLiteral("account.close"), accountId, row.status,
                             detail);
    });
}

Status AccountStateService::addonAdd(const QString &accountId, const QString &productName)
{
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) {
        return addAddon(row, accountId, productName);
    });
}

Status AccountStateService::addonRemove(const QString &accountId, const QString &productName)
{
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) {
        return removeAddon(row, accountId, productName);
    });
}

Status AccountStateService::changeAddons(const QString &accountId, const QStringList &add,
                                         const QStringList &remove)
{
    // One transaction: a refused addition rolls back the removals made before it (the Add-ons
    // dialog applied them one by one, and a refused addition left the removals done).
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) -> Status {
        for (const QString &p : remove)
            if (Status st = removeAddon(row, accountId, p); !st.ok())
                return st;
        for (const QString &p : add)
            if (Status st = addAddon(row, accountId, p); !st.ok())
                return st;
        return {};
    });
}

Status AccountStateService::addAddon(const AccountRow &row, const QString &accountId,
                                     const QString &productName)
{
    if (isClosed(row))
        return refused(refusal::accountClosed(accountId));
    if (asCustomer() && blockedByAdmin(row))
        return refused(refusal::blockedByAdmin(accountId));
    CustomerSnapshot s;
    Status st = SnapshotRepository(m_db).load(row.iCustomer, &s);
    if (!st.ok())
        return st;
    const auto found = s.productsByFoldedName.constFind(productName.simplified().toCaseFolded());
    if (found == s.productsByFoldedName.constEnd())
        return refused(refusal::productUnknown(productName));
    if (found->isMain)
        return refused(refusal::productNotAddon(found->name, productName));
    if (found->retired)
        return refused(refusal::productRetired(found->name, productName));
    const auto line = s.agreement.constFind(found->id);
    if (line == s.agreement.constEnd())
        return refused(refusal::productNotInAgreement(found->name, s.name, productName));
    bool has = false;
    if (!(st = AccountRepository(m_db).hasAddon(row.iAccount, found->id, &has)).ok())
        return st;
    if (has)
        return refused(refusal::addonPresent(accountId, found->name, productName));
    if (line->quantity && line->inUse + 1 > *line->quantity)
        return refused(refusal::quantityExceeded(*line->quantity, found->name, productName));
    if (!(st = m_db.exec(
              QStringLiteral("INSERT INTO account_addon (i_account, i_product) VALUES (?, ?)"),
              {row.iAccount, found->id}))
             .ok())
        return st;
    return m_audit.write(row.iCustomer, QStringLiteral("addon.add"), accountId, QString(),
                         found->name);
}

Status AccountStateService::removeAddon(const AccountRow &row, const QString &accountId,
                                        const QString &productName)
{
    ProductInfo p;
    Status st = ProductService(m_db).find(productName, &p);
    if (!st.ok())
        return st;
    if (asCustomer() && blockedByAdmin(row))
        return refused(refusal::blockedByAdmin(accountId));
    QSqlQuery q;
    if (!(st = m_db.exec(
              QStringLiteral("DELETE FROM account_addon WHERE i_account = ? AND i_product = ?"),
              {row.iAccount, p.id}, &q))
             .ok())
        return st;
    if (q.numRowsAffected() != 1)
        return refused(refusal::addonAbsent(accountId, p.name, productName));
    return m_audit.write(row.iCustomer, QStringLiteral("addon.remove"), accountId, p.name,
                         QString());
}

} // namespace ad
