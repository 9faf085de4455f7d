#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QStringList>

namespace ad {

class Database;

// The provider's DID inventory (domain.md "Provider set-up"): numbers owned by no customer.
// Adding numbers or ranges (at most 10,000 per range), listing every number with its owner,
// giving inventory numbers to a customer, taking a customer's free number back. All of it is
// the administrator's (not_allowed_for_customer first, nothing written) and audited; a batch is
// checked as a whole and written all or nothing.
class DidInventoryService {
public:
    DidInventoryService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    // Numbers and FIRST..LAST ranges; did_exists / did_owned_by_other when a number is known.
    Status add(const QStringList &specs, QStringList *added = nullptr);
    // Every number with its owner, by number; filter: part of the number or the owner's name.
    Status list(QList<InventoryDid> *out, const QString &filter = {});
    // Inventory numbers to the customer: did_unknown (not in the inventory),
    // did_owned_by_other, did_already_owned.
    Status give(qint64 iCustomer, const QStringList &specs, QStringList *given = nullptr);
    // A customer's free number back to the inventory: did_unknown, did_assigned.
    Status take(const QString &number);
    // Several numbers (of one or several customers) back, all or nothing: every refusal is
    // reported and none is taken when one of them cannot be; `taken` gets the numbers on success.
    Status take(const QStringList &numbers, QStringList *taken = nullptr);

private:
    Status requireAdmin(const char *what) const;

    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
