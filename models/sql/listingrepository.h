#pragma once

#include "domain/problem.h"
#include "sql/provisioningservice.h"

namespace ad {

class Database;

// Paged, filtered reads for the lazy item models: every filter is a bound value, every page a
// LIMIT/OFFSET query on an indexed order, so a database with 100,000 customers or a customer
// with 1,000,000 accounts opens at once.
class ListingRepository {
public:
    explicit ListingRepository(Database &db) : m_db(db) {}

    enum class CustomerOrder { Name, Id, Accounts };
    Status customersPage(const QString &filter, CustomerOrder order, bool ascending, int offset, int limit,
                         QList<CustomerInfo> *out);
    Status customersCount(const QString &filter, int *count);

    // Accounts of one customer, ordered by account ID. The filter matches the start of the
    // account ID, of the extension number or of the name (case-insensitive for names).
    Status accountsPage(qint64 iCustomer, const QString &filter, int offset, int limit, QList<AccountInfo> *out);
    Status accountsCount(qint64 iCustomer, const QString &filter, int *count);

private:
    Database &m_db;
};

} // namespace ad
