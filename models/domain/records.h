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

} // namespace ad
