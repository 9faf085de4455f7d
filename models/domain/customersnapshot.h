#pragma once

#include "domain/numberkeys.h"
#include "domain/openextensions.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace ad {

struct ProductInfo {
    qint64 id = 0;
    QString name;
    bool isMain = true;
    std::optional<qint64> fee; // minor units; none = no fee
    QString currency;
    bool retired = false; // no new agreement line, account or add-on (domain.md "Provider set-up")
    bool used = false;    // once on an agreement or an account, even if removed since
    qint64 feeOrZero() const { return fee.value_or(0); }
};

struct AgreementUsage {
    std::optional<int> quantity; // nullopt = Unlimited
    int inUse = 0;
};

struct HuntGroupRef {
    qint64 id = 0;
    QString name;
    int lastPosition = 0;
};

// What the planner needs to know about one customer, loaded once (one query per table, never
// one per row) by SnapshotRepository, so that planning is pure and linear in the rows.
struct CustomerSnapshot {
    qint64 iCustomer = 0;
    QString name;
    QString currency;
    QString timeZone;
    qint64 nextAa = 1;
    QHash<QString, ProductInfo> productsByFoldedName;
    QHash<qint64, ProductInfo> productsById;
    QHash<qint64, AgreementUsage> agreement; // by product id
    QSet<QString> extensionNumbers;          // the customer's extensions
    QSet<QString> huntGroupNumbers;          // the customer's hunt group numbers
    QSet<QString> takenAccountIds;           // existing IDs of the form ph{c}x...
    QHash<QString, qint64> dids; // numbers owned by the customer -> i_account (0 = free)
    QHash<QString, HuntGroupRef> huntGroupsByFoldedName;
    QHash<qint64, QString> huntGroupNames; // by id
    OpenExtensions openExtensions;         // extensions, not AAs (packed: see OpenExtensions)
    // The numbers above as the planner asks them. SnapshotRepository loads them as keys (and,
    // with NumberStrings::None, only as keys: the import's million-row snapshot); a snapshot made
    // by hand has them made from its strings by the planner (keysFromStrings).
    NumberKeys keys;
    NumberKeys keysFromStrings() const;
    qint64 monthlyCharges = 0; // minor units: subscriptions + fees of active, unblocked accounts
    // The customer's self-care activation setting: accounts created through the self-care path
    // start inactive. viaSelfCare is set by the service that creates accounts for the actor.
    bool selfCareInactive = false;
    bool viaSelfCare = false;
    bool newAccountsInactive() const { return viaSelfCare && selfCareInactive; }
    // Once an ImportPlanner has made its integer keys of them: the customer's numbers, account
    // IDs and DIDs as strings are no longer needed (a million of each at a million extensions).
    // A planner made after this would not see them: load the snapshot again for that (not needed
    // when the keys were loaded: the planner reads those).
    void dropNumberStrings()
    {
        extensionNumbers = {};
        takenAccountIds = {};
        dids = {};
        numberStringsDropped = !keys.loaded;
    }
    bool numberStringsDropped = false;
};

} // namespace ad
