#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// Reads of a customer's agreement lines.
class AgreementRepository {
public:
    explicit AgreementRepository(Database &db) : m_db(db) {}

    // Main products first, then add-ons, each by name.
    Status lines(qint64 iCustomer, QList<AgreementLineInfo> *out);
    // The quantity and use of one product's line; found is false when the agreement lacks it.
    Status usage(qint64 iCustomer, qint64 iProduct, AgreementUsage *out, bool *found);

private:
    Database &m_db;
};

} // namespace ad
