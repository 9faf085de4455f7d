#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QVariantList>

class QSqlQuery;

namespace ad {

class Database;

// What a change to an account needs to know about it.
struct AccountRow {
    qint64 iAccount = 0;
    qint64 iCustomer = 0;
    qint64 iProduct = 0;
    QString status;  // active, inactive, closed
    QString blocked; // no, by_admin, by_customer
};

// Reads of accounts: single facts for the services' checks, and accounts with their add-ons,
// DIDs and hunt groups for listings.
class AccountRepository {
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    Status row(const QString &accountId, AccountRow *out);   // account_unknown when there is none
    Status idExists(const QString &accountId, bool *exists); // whatever its status
    Status hasAddon(qint64 iAccount, qint64 iProduct, bool *has);
    Status didsOf(qint64 iAccount, QStringList *out);       // by number
    Status huntGroupsOf(qint64 iAccount, QStringList *out); // the groups it is a member of

    // Every account of a customer: auto attendants first, then extensions by number, then other
    // accounts by ID.
    Status ofCustomer(qint64 iCustomer, QList<AccountInfo> *out);
    // One account by its ID.
    Status byId(const QString &accountId, AccountInfo *out, bool *found);
    // The accounts that `whereAndOrder` selects (a fixed fragment over account a, product p,
    // extension e; its values bound from `binds`), with their add-ons, DIDs and hunt groups.
    Status select(const QString &whereAndOrder, const QVariantList &binds, QList<AccountInfo> *out);

private:
    struct DetailScope;
    Status addDetails(const DetailScope &scope, QList<AccountInfo> *out);
    Database &m_db;
};

} // namespace ad
