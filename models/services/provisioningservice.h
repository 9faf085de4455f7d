#pragma once

#include "domain/customersnapshot.h"
#include "domain/importplan.h"
#include "domain/problem.h"
#include "domain/records.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ad {

class Database;

// Every change the GUI and the CLI make to data. Each operation validates the whole change,
// writes it in one transaction under the per-customer lock, and records it in the audit trail;
// a refusal is a Status with the rule's code and nothing is written.
class ProvisioningService {
public:
    ProvisioningService(Database &db, Actor actor);

    Database &database() { return m_db; }
    const Actor &actor() const { return m_actor; }

    // Reading.
    Status customers(QList<CustomerInfo> *out, const QString &filter = {});
    Status findCustomer(const QString &spec, CustomerInfo *out); // i_customer or exact name
    Status customer(qint64 iCustomer, CustomerInfo *out);
    Status products(QList<ProductInfo> *out);
    Status agreement(qint64 iCustomer, QList<AgreementLineInfo> *out);
    Status accounts(qint64 iCustomer, QList<AccountInfo> *out);
    Status account(const QString &accountId, AccountInfo *out, qint64 *iCustomer = nullptr);
    Status dids(qint64 iCustomer, QList<DidInfo> *out);
    Status inventoryDids(QStringList *out);
    Status huntGroups(qint64 iCustomer, QList<HuntGroupInfo> *out);
    // Newest first; limit > 0 returns at most that many entries.
    Status history(qint64 iCustomer, QList<AuditEntry> *out, const QString &filter = {}, int limit = 0);
    Status monthlyCharges(qint64 iCustomer, qint64 *minorUnits);
    Status snapshot(qint64 iCustomer, CustomerSnapshot *out);

    // Customers.
    Status addCustomer(const QString &name, const QString &currency, const QString &timeZone, qint64 *iCustomer);

    // Agreement (rule 4).
    Status agreementAdd(qint64 iCustomer, const QString &product, std::optional<int> quantity);
    Status agreementSet(qint64 iCustomer, const QString &product, std::optional<int> quantity);
    Status agreementRemove(qint64 iCustomer, const QString &product);
    struct QuantityChange {
        QString product;
        std::optional<int> quantity;
    };
    // Several quantity changes at once (the GUI's Apply): all or none.
    Status agreementSetMany(qint64 iCustomer, const QList<QuantityChange> &changes);

    // Accounts (rules 1, 2, 3, 5, 6, 7).
    Status planExtension(qint64 iCustomer, const ExtensionRequest &request, ImportPlan *plan);
    Status addExtension(qint64 iCustomer, const ExtensionRequest &request, CreatedAccount *out);
    Status addAutoAttendant(qint64 iCustomer, const QString &product, const QString &name, const QStringList &dids,
                            bool inactive, CreatedAccount *out);
    Status addGenericAccount(qint64 iCustomer, const QString &id, const QString &product, bool inactive,
                             CreatedAccount *out);

    // Account state (rules 7, 8, 9).
    Status block(const QString &accountId);
    Status unblock(const QString &accountId);
    Status activate(const QString &accountId);
    Status close(const QString &accountId);
    Status addonAdd(const QString &accountId, const QString &product);
    Status addonRemove(const QString &accountId, const QString &product);

    // DIDs (rule 6).
    Status didAdd(qint64 iCustomer, const QStringList &specs, QStringList *added);
    Status didAssign(const QString &accountId, const QString &number);
    Status didRelease(const QString &number, bool toInventory);

    // Hunt groups.
    Status huntGroupAdd(qint64 iCustomer, const QString &name, const QString &number, const QString &sequence,
                        qint64 *id = nullptr);
    Status huntGroupUpdate(qint64 iCustomer, const QString &name, const std::optional<QString> &newName,
                           const std::optional<QString> &newNumber, const std::optional<QString> &newSequence);
    Status huntGroupSetMembers(qint64 iCustomer, const QString &name, const QStringList &extensionNumbers);

    // The audit trail (rule 11). Used by other services inside their transaction.
    Status audit(qint64 iCustomer, const QString &action, const QString &object, const QString &oldValue,
                 const QString &newValue, qint64 *id = nullptr);

    // Runs body inside a write transaction (locked for iCustomer when > 0); commits when body
    // returns an ok Status, rolls back otherwise.
    Status inTransaction(qint64 iCustomer, const std::function<Status()> &body);

private:
    struct AccountRow {
        qint64 iAccount = 0;
        qint64 iCustomer = 0;
        qint64 iProduct = 0;
        QString status;
        QString blocked;
    };
    Status findAccountRow(const QString &accountId, AccountRow *row);
    Status findProduct(const QString &name, ProductInfo *out);
    Status changeBlock(const QString &accountId, bool block);
    Status checkCanCreate(const CustomerSnapshot &s, const QString &productName, ProductInfo *product);

    Database &m_db;
    Actor m_actor;
};

} // namespace ad
