#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"

namespace ad {

class Database;

// Loads what planning needs about one customer in a fixed number of queries.
class SnapshotRepository {
public:
    explicit SnapshotRepository(Database &db) : m_db(db) {}
    // The customer's numbers, account IDs and DIDs are always loaded as the planner's integer
    // keys (CustomerSnapshot::keys); Keep loads them as strings too (the services that look
    // them up by text), None does not (the import: a million of each at a million extensions).
    enum class NumberStrings { Keep, None };
    Status load(qint64 iCustomer, CustomerSnapshot *out,
                NumberStrings strings = NumberStrings::Keep);
    Status monthlyCharges(qint64 iCustomer, qint64 *minorUnits);
    Status products(QList<ProductInfo> *out);

private:
    // The extensions (open ones packed, with their DIDs, hunt groups and add-on fees; the
    // numbers of all), the account IDs and the DIDs.
    Status extensionsAndNumbers(qint64 iCustomer, CustomerSnapshot *out, NumberStrings strings);
    Database &m_db;
};

} // namespace ad
