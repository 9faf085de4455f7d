#pragma once

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

// An open extension of the customer, as an update or close row of a file finds it.
struct ExistingExtension {
    qint64 iAccount = 0;
    qint64 iExtension = 0;
    QString accountId;
    QString number;
    QString name;
    qint64 productId = 0;
    bool active = true;
    bool blocked = false;
    bool published = false;
    QString email;
    QString timeZone;
    QStringList dids;         // by number
    QList<qint64> huntGroups; // the groups it is a member of
    qint64 addonFees = 0;     // minor units a month, its add-ons together
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
    QHash<qint64, QString> huntGroupNames;            // by id
    QHash<QString, ExistingExtension> openExtensions; // by number; extensions, not AAs
    qint64 monthlyCharges = 0; // minor units: subscriptions + fees of active, unblocked accounts
    // The customer's self-care activation setting: accounts created through the self-care path
    // start inactive. viaSelfCare is set by the service that creates accounts for the actor.
    bool selfCareInactive = false;
    bool viaSelfCare = false;
    bool newAccountsInactive() const { return viaSelfCare && selfCareInactive; }
};

} // namespace ad
