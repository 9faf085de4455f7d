#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>

namespace ad {

class Database;

// Subscriptions charged to the customer directly ("Up to 10 lines for $30"; domain.md "Provider
// set-up"): part of the monthly charges estimate (rule 10). Names are unique per customer,
// case-insensitively, stored with white space collapsed; fees are minor units in the customer's
// currency. Changes are the administrator's (not_allowed_for_customer first) and audited.
class SubscriptionService {
public:
    SubscriptionService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(qint64 iCustomer, QList<SubscriptionInfo> *out); // by name
    Status add(qint64 iCustomer, const QString &name, qint64 fee, qint64 *iSubscription = nullptr);
    Status setFee(qint64 iCustomer, const QString &name, qint64 fee);
    Status remove(qint64 iCustomer, const QString &name);

private:
    // The customer's subscription called `name` (subscription_unknown).
    Status find(qint64 iCustomer, const QString &customer, const QString &name,
                SubscriptionInfo *out);

    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
