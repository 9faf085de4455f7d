#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QStringList>

namespace ad {

class Database;

// DID numbers: giving them to a customer (from the provider's inventory or new), assigning one
// to an account as its alias, releasing it to the customer's pool or back to the inventory.
// Numbers are normalised (spaces, '-', '.', '(', ')' and a leading '+' dropped; 6 to 15 digits);
// only a number the customer owns can be assigned, and to one account at a time.
class DidService {
public:
    DidService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(qint64 iCustomer, QList<DidInfo> *out);
    Status inventory(QStringList *out); // the provider's numbers, owned by no customer

    // Numbers and FIRST..LAST ranges (at most 10,000 numbers each).
    Status add(qint64 iCustomer, const QStringList &specs, QStringList *added);
    Status assign(const QString &accountId, const QString &number);
    Status release(const QString &number, bool toInventory);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
