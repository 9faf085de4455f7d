#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QStringList>

namespace ad {

class Database;

// DID numbers: a customer's, the provider's inventory, who holds one number; and the writes
// that move one.
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

    // Writes that say what they changed: another desk may have taken the number between the read
    // that chose the write and the write itself (PostgreSQL, READ COMMITTED).
    // Gives an inventory number to the customer; *done is false when it was no longer in the
    // inventory.
    Status claim(const QString &number, qint64 iCustomer, bool *done);
    // Adds a number the database did not know, owned by the customer; *done is false when
    // another desk added it meanwhile (nothing is changed then).
    Status insertNew(const QString &number, qint64 iCustomer, bool *done);
    // Assigns a free number of the customer's to an account; *done is false when it was not free.
    Status assign(const QString &number, qint64 iCustomer, qint64 iAccount, bool *done);
    // Frees a number of the customer's (and with toInventory gives it back to the provider);
    // *done is false when the customer no longer owns it.
    Status release(const QString &number, qint64 iCustomer, bool toInventory, bool *done);

private:
    Database &m_db;
};

} // namespace ad
