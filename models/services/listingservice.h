#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QList>

namespace ad {

class Database;

// The reads the lazy item models and the GUI page through: filtered and ordered in SQL, one
// page at a time (a database with 100,000 customers or a customer with 1,000,000 accounts opens
// at once). Read-only: no actor, no transaction.
class ListingService {
public:
    explicit ListingService(Database &db) : m_db(db) {}

    // The customers whose name contains the filter (case-insensitive), or whose i_customer
    // starts with it.
    Status customersPage(const QString &filter, CustomerOrder order, bool ascending, int offset,
                         int limit, QList<CustomerInfo> *out);
    // Accounts of one customer, ordered by account ID. A filter of digits matches the start of
    // extension numbers, one that looks like an account ID the start of account IDs, anything
    // else the start of names (case-insensitive).
    Status accountsPage(qint64 iCustomer, const QString &filter, int offset, int limit,
                        QList<AccountInfo> *out);

private:
    Database &m_db;
};

} // namespace ad
