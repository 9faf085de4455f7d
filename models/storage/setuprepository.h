#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QHash>

namespace ad {

class Database;

// Reads for the provider's set-up: the catalog with its usage, a customer's subscriptions and
// charges by their parts, the DID inventory with owners, the provider-wide audit trail.
class SetupRepository {
public:
    explicit SetupRepository(Database &db) : m_db(db) {}

    // Main products first, each kind by name; customers = agreement lines, accounts = open
    // accounts using the product as main product or add-on.
    Status productUsage(QList<ProductUsage> *out);
    Status subscriptions(qint64 iCustomer, QList<SubscriptionInfo> *out); // by name
    Status charges(qint64 iCustomer, ChargesBreakdown *out);
    // Whether the customer has accounts (any status) or subscriptions: its currency is locked.
    Status isCharged(qint64 iCustomer, bool *charged);
    // Every DID by number with its owner; filter: part of the number, or of the owner's name.
    Status dids(const QString &filter, QList<InventoryDid> *out);
    // The owners of those of `numbers` the database knows (0: the provider's inventory); a
    // number it does not know is absent. A few statements for any number of numbers.
    Status didOwners(const QStringList &numbers, QHash<QString, qint64> *out);
    // New DID rows owned by iCustomer (0: the provider's inventory), and inventory numbers given
    // to iCustomer; 500 numbers a statement.
    // *inserted / *claimed: how many numbers this call wrote (another desk may have been first).
    Status insertDids(qint64 iCustomer, const QStringList &numbers, int *inserted = nullptr);
    Status claimDids(qint64 iCustomer, const QStringList &numbers, int *claimed = nullptr);
    // Of `numbers`, those the customer owns now.
    Status ownedBy(qint64 iCustomer, const QStringList &numbers, QStringList *out);
    // Every audit entry, newest first, containing `filter` (as AuditRepository::history).
    Status history(const QString &filter, int limit, QList<ProviderAuditEntry> *out);

private:
    Database &m_db;
};

} // namespace ad
