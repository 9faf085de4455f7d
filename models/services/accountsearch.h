#pragma once

#include "domain/problem.h"
#include "domain/records.h"

#include <QHash>
#include <QList>

namespace ad {

class Database;

// Reads for what the clerk types into: the Extensions filter (names match at the start of any
// word, so "Novak" finds "Jana Novak"), the account picker of Assign DID, and the names of hunt
// group members. Read-only: no actor, no transaction.
class AccountSearch {
public:
    explicit AccountSearch(Database &db) : m_db(db) {}

    // ListingService::accountsPage, except that a name filter matches the start of any word of
    // the name: first the names that start with it (the index range, in name order), then those
    // with a later word starting with it.
    Status accountsPage(qint64 iCustomer, const QString &filter, int offset, int limit,
                        QList<AccountInfo> *out);
    // The customer's open (not closed) accounts whose ID, extension number or name contains
    // `text` (case-insensitive), by account ID, at most `limit`.
    Status openAccounts(qint64 iCustomer, const QString &text, int limit, QList<AccountInfo> *out);
    // Extension number -> name, for the extensions in the customer's hunt groups.
    Status memberNames(qint64 iCustomer, QHash<QString, QString> *out);

    // The account ID the customer's next auto attendant gets (ph{c}aa{n}; n is never reused).
    Status nextAutoAttendantId(qint64 iCustomer, QString *out);

    // Whether the customer works with extensions: it has an extension or an auto attendant (of
    // any status), or no account at all yet. A customer with generic accounts only (an IoT
    // customer's SIM cards) does not: its list shows no extension columns.
    Status usesExtensions(qint64 iCustomer, bool *out);

    // Whether accountsPage() treats the filter as a name (not digits, not an account ID).
    static bool isNameFilter(const QString &filter);

private:
    Database &m_db;
};

} // namespace ad
