#pragma once

#include "domain/customersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ad {

// The records the services return and the item models, the CLI and the GUI show. Plain values,
// no behaviour beyond a derived figure.

// Who is acting: the desk user named in the audit trail, and whether the change comes through
// the customer's self-care path (which may not undo an administrator's block) rather than an
// administrator.
struct Actor {
    QString user; // the desk's label; the audit's who on SQLite, its desk_label on both engines
    bool asCustomer = false;
    // AGREEMENTDESK_USER, USER, LOGNAME or USERNAME, else the login of the process's user.
    static QString osLogin();
};

// The orders of the customer list.
enum class CustomerOrder { Name, Id, Accounts };

struct CustomerInfo {
    qint64 id = 0;
    QString name;
    QString currency;
    QString timeZone;
    int accounts = 0; // not closed (the sum of in_use over the main products of the agreement)
    // Self-care activation: accounts created through the self-care path start inactive.
    bool selfCareInactive = false;
};

struct AgreementLineInfo {
    ProductInfo product;
    std::optional<int> quantity;
    int inUse = 0;
    std::optional<int> available() const
    {
        if (!quantity)
            return std::nullopt;
        return *quantity - inUse;
    }
};

struct AccountInfo {
    qint64 iAccount = 0;
    QString id;
    QString kind; // extension, auto_attendant, account
    QString number;
    QString name;
    QString product;
    QStringList addons;
    QString status;  // active, inactive, closed
    QString blocked; // no, by_admin, by_customer
    QStringList dids;
    QStringList huntGroups;
    QString createdAt;
};

struct DidInfo {
    QString number;
    QString accountId; // empty = free
};

struct HuntGroupInfo {
    qint64 id = 0;
    QString name;
    QString number;
    QString sequence;
    QStringList members; // extension numbers, in hunt order
};

struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString who;       // PostgreSQL: the login (session_user); SQLite: the desk's label
    QString via;       // "admin", or "customer" (the self-care path)
    QString deskLabel; // the desk's own, untrusted label (--user, AGREEMENTDESK_USER, OS login)
    QString action;
    QString object;
    QString oldValue;
    QString newValue;
};

struct ExtensionRequest {
    QString number;
    QString name;
    QStringList dids;
    QString published; // Y/N/yes/no/empty
    QString email;
    QString timeZone;
    QString product;
    QString huntGroup;
    bool inactive = false;
};

struct CreatedAccount {
    QString accountId;
    QString product;
    QString status;
    QStringList dids;
    QString huntGroup;
    qint64 chargesBefore = 0;
    qint64 chargesAfter = 0;
};

// ---- the provider's set-up (domain.md "Provider set-up")

// A product of the catalog with how many customers (agreement lines) and open accounts (as main
// product or add-on) use it now.
struct ProductUsage {
    ProductInfo product;
    int customers = 0;
    int accounts = 0;
};

// What changes in a product; an empty optional leaves it as it is.
struct ProductChange {
    std::optional<QString> name;
    std::optional<std::optional<qint64>> fee; // a fee, or nullopt inside = no fee
};

// What changes in a customer; an empty optional leaves it as it is.
struct CustomerChange {
    std::optional<QString> name;
    std::optional<QString> timeZone;
    std::optional<QString> currency;
    std::optional<bool> selfCareInactive;
};

// A subscription charged to the customer directly ("Up to 10 lines for $30").
struct SubscriptionInfo {
    qint64 id = 0;
    QString name;
    qint64 fee = 0; // minor units a month, in the customer's currency
};

// The monthly charges estimate (rule 10) by its parts, minor units in the customer's currency.
struct ChargesBreakdown {
    QString currency;
    qint64 subscriptions = 0;
    qint64 mainProducts = 0; // main products of active, unblocked accounts
    qint64 addons = 0;       // add-ons of active, unblocked accounts
    int chargedAccounts = 0; // active and not blocked
    qint64 total() const { return subscriptions + mainProducts + addons; }
};

// A number of the DID inventory with its owner (none: the provider's own).
struct InventoryDid {
    QString number;
    qint64 iCustomer = 0; // 0 = in the provider's inventory
    QString customer;
    QString accountId; // empty = free
};

// An entry of the provider-wide audit trail: with the customer it is about (0 = none).
struct ProviderAuditEntry {
    AuditEntry entry;
    qint64 iCustomer = 0;
    QString customer;
};

} // namespace ad
