#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// Paged, filtered reads for the lazy item models: every filter is a bound value, every page a
// LIMIT/OFFSET query on an indexed order, so a database with 100,000 customers or a customer
// with 1,000,000 accounts opens at once.
class ListingRepository {
public:
    explicit ListingRepository(Database &db) : m_db(db) {}

    Status customersPage(const QString &filter, CustomerOrder order, bool ascending, int offset,
                         int limit, QList<CustomerInfo> *out);

    // Accounts of one customer, ordered by account ID. A filter of digits matches the start of
    // extension numbers, one that looks like an account ID the start of account IDs, anything
    // else the start of names (case-insensitive); see accountFilter() in the .cpp.
    Status accountsPage(qint64 iCustomer, const QString &filter, int offset, int limit,
                        QList<AccountInfo> *out);

private:
    bool hasExtensions(qint64 iCustomer);
    Database &m_db;
};

} // namespace ad
