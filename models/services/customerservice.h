#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>

namespace ad {

class Database;

// Customers: finding and reading one (with what the planner needs to know about it, its monthly
// charges and its history), listing them, creating and changing one (the administrator's:
// not_allowed_for_customer on the self-care path, checked first). The provider-wide history.
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

    // The estimate by its parts (subscriptions, main products, add-ons).
    Status charges(qint64 iCustomer, ChargesBreakdown *out);
    // Every entry (products, customers, the DID inventory and every customer's), newest first.
    // The provider's trail: refused to the self-care path.
    Status providerHistory(QList<ProviderAuditEntry> *out, const QString &filter = {},
                           int limit = 0);

    Status add(const QString &name, const QString &currency, const QString &timeZone,
               qint64 *iCustomer);
    // selfCareInactive: accounts created through the self-care path start inactive.
    Status add(const QString &name, const QString &currency, const QString &timeZone,
               bool selfCareInactive, qint64 *iCustomer);
    // Rename, time zone, self-care activation; the currency only while the customer has no
    // accounts and no subscriptions (currency_locked).
    Status change(qint64 iCustomer, const CustomerChange &change);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
