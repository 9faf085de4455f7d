#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>
#include <QStringList>

namespace ad {

class Database;

// Creating accounts — extensions, auto attendants, accounts for generic products — and reading
// them. A new account's product must be a main product of the customer's agreement, with room
// left in its quantity; its ID is generated (ph{customer}x{number}, ph{customer}aa{n}) or given
// (generic accounts) and never reused; its DIDs must belong to the customer and be free. It is
// created active, or inactive for an administrator to check.
class AccountService {
public:
    AccountService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(qint64 iCustomer, QList<AccountInfo> *out); // every account of the customer
    Status find(const QString &accountId, AccountInfo *out, qint64 *iCustomer = nullptr);

    // Planned as a one-row import (planExtension) under the customer's lock.
    Status addExtension(qint64 iCustomer, const ExtensionRequest &request, CreatedAccount *out);
    Status addAutoAttendant(qint64 iCustomer, const QString &product, const QString &name,
                            const QStringList &dids, bool inactive, CreatedAccount *out);
    Status addGenericAccount(qint64 iCustomer, const QString &id, const QString &product,
                             bool inactive, CreatedAccount *out);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
