#pragma once

#include "domain/problem.h"
#include "domain/records.h"

class QSqlQuery;

namespace ad {

class Database;

// Reads of the customer table.
class CustomerRepository {
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    // customer_unknown when there is no such customer.
    Status requireExisting(qint64 iCustomer);
    Status get(qint64 iCustomer, CustomerInfo *out); // customer_unknown when there is none
    Status idByName(const QString &name, qint64 *iCustomer, bool *found); // the exact name

    // The columns every customer listing selects (FROM customer c), and the row they give.
    static const QString &infoColumns();
    static CustomerInfo infoFromRow(const QSqlQuery &q);

private:
    Database &m_db;
};

} // namespace ad
