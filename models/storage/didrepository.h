#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QStringList>

namespace ad {

class Database;

// Reads of DID numbers: a customer's, the provider's inventory, and who holds one number.
class DidRepository {
public:
    explicit DidRepository(Database &db) : m_db(db) {}

    Status ofCustomer(qint64 iCustomer, QList<DidInfo> *out); // by number, free or assigned
    Status inventory(QStringList *out);                       // owned by no customer, by number
    // The customer owning `number` (0: the provider's inventory); found is false when the
    // database does not know the number.
    Status owner(const QString &number, qint64 *iCustomer, bool *found);
    // The owner and the account the number is assigned to (empty: free).
    Status holder(const QString &number, qint64 *iCustomer, QString *accountId, bool *found);
    // The account a number of customer `iCustomer` is assigned to (empty: free); found is false
    // when the customer does not own the number.
    Status assignedTo(const QString &number, qint64 iCustomer, QString *accountId, bool *found);

private:
    Database &m_db;
};

} // namespace ad
