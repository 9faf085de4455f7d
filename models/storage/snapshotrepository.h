#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"

namespace ad {

class Database;

// Loads what planning needs about one customer in a fixed number of queries.
class SnapshotRepository {
public:
    explicit SnapshotRepository(Database &db) : m_db(db) {}
    Status load(qint64 iCustomer, CustomerSnapshot *out);
    // The open extensions with their DIDs, hunt groups and add-on fees (updates, closes).
    Status openExtensions(qint64 iCustomer, CustomerSnapshot *out);
    Status monthlyCharges(qint64 iCustomer, qint64 *minorUnits);
    Status products(QList<ProductInfo> *out);

private:
    Database &m_db;
};

} // namespace ad
