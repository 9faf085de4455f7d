#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// Reads of the audit trail (AuditLog in the services writes it).
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // A customer's entries, newest first, whose action, object, who or values contain `filter`
    // (case-insensitive); limit > 0 returns at most that many.
    Status history(qint64 iCustomer, const QString &filter, int limit, QList<AuditEntry> *out);

private:
    Database &m_db;
};

} // namespace ad
