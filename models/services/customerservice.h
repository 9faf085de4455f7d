#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>

namespace ad {

class Database;

// Customers: finding and reading one (with what the planner needs to know about it, its monthly
// charges and its history), listing them, creating one.
class CustomerService {
public:
    CustomerService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(QList<CustomerInfo> *out, const QString &filter = {}); // every customer, by name
    Status find(const QString &spec, CustomerInfo *out);               // i_customer or exact name
    Status get(qint64 iCustomer, CustomerInfo *out);
    Status snapshot(qint64 iCustomer, CustomerSnapshot *out);
    // Subscriptions + the fees of every account that is active and not blocked (minor units).
    Status monthlyCharges(qint64 iCustomer, qint64 *minorUnits);
    // Newest first; limit > 0 returns at most that many entries.
    Status history(qint64 iCustomer, QList<AuditEntry> *out, const QString &filter = {},
                   int limit = 0);

    Status add(const QString &name, const QString &currency, const QString &timeZone,
               qint64 *iCustomer);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
