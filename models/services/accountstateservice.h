#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

namespace ad {

class Database;
struct AccountRow;

// Changes to existing accounts: blocking, activating, closing, add-ons. An account can be
// blocked by an administrator or by the customer (self-care), and the customer can neither undo
// nor repeat an administrator's block, nor close or change such an account; only an
// administrator activates an inactive account; closed accounts are final. Closing releases the
// account's DIDs to the customer's pool, takes it out of its hunt groups and frees its quota.
class AccountStateService {
public:
    AccountStateService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status block(const QString &accountId);
    Status unblock(const QString &accountId);
    Status activate(const QString &accountId);
    Status close(const QString &accountId);
    // An add-on of the customer's agreement, within its quantity.
    Status addonAdd(const QString &accountId, const QString &product);
    Status addonRemove(const QString &accountId, const QString &product);
    // The Add-ons dialog's whole change in one transaction: the removals, then the additions;
    // any refusal leaves the account's add-ons as they were.
    Status changeAddons(const QString &accountId, const QStringList &add,
                        const QStringList &remove);

private:
    Status changeBlock(const QString &accountId, bool block);
    Status addAddon(const AccountRow &row, const QString &accountId, const QString &product);
    Status removeAddon(const AccountRow &row, const QString &accountId, const QString &product);
    bool asCustomer() const { return m_audit.actor().asCustomer; }

    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
