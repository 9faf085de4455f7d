#pragma once

#include "domain/problem.h"

#include <QString>
#include <functional>

namespace ad {

class Database;
struct AccountRow;

// Every write of the services runs in one of these: a write transaction (SQLite BEGIN IMMEDIATE,
// PostgreSQL BEGIN) that holds the per-customer lock, committed when the body returns an ok
// Status and rolled back otherwise, so that a refusal writes nothing.
class Transaction {
public:
    using Body = std::function<Status()>;
    using AccountBody = std::function<Status(const AccountRow &account)>;

    // Runs body in a write transaction, locked for iCustomer when it is > 0 (customer_unknown
    // when there is no such customer).
    static Status run(Database &db, qint64 iCustomer, const Body &body);

    // A change to one account: finds it (account_unknown), takes its customer's lock and runs
    // body with the account as read again under the lock.
    static Status runForAccount(Database &db, const QString &accountId, const AccountBody &body);
};

} // namespace ad
