#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// The audit trail: every change writes one entry, in the change's own transaction, naming who
// made it (the desk user, else the OS login; "(as customer)" on the self-care path), when, the
// customer, the action, the object and the values before and after.
class AuditLog {
public:
    AuditLog(Database &db, Actor actor);

    const Actor &actor() const { return m_actor; }

    // iCustomer 0: not about one customer. *id receives the entry's key (accounts point to it).
    Status write(qint64 iCustomer, const QString &action, const QString &object,
                 const QString &oldValue, const QString &newValue, qint64 *id = nullptr);
    // The "after" of an entry written before its outcome was known (a one-pass import).
    Status setNewValue(qint64 id, const QString &newValue);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace ad
