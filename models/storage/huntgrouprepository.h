#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// Reads of a customer's hunt groups.
class HuntGroupRepository {
public:
    explicit HuntGroupRepository(Database &db) : m_db(db) {}

    // By name (case-insensitive), each with its members' extension numbers in hunt order.
    Status ofCustomer(qint64 iCustomer, QList<HuntGroupInfo> *out);
    // Name, number and sequence of one group (without its members).
    Status get(qint64 iHuntGroup, HuntGroupInfo *out);
    // The customer's extension with this number, if it is open; found is false otherwise.
    Status openExtension(qint64 iCustomer, const QString &number, qint64 *iExtension, bool *found);

private:
    Database &m_db;
};

} // namespace ad
