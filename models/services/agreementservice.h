#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>
#include <optional>

namespace ad {

class Database;

// A customer's agreement: which products its accounts may use and how many. A quantity is
// Unlimited (nullopt) or a whole number from 1 to 999,999, never below the number of accounts
// using the product; a product accounts use cannot be removed.
class AgreementService {
public:
    AgreementService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status lines(qint64 iCustomer, QList<AgreementLineInfo> *out); // main products first, by name

    Status add(qint64 iCustomer, const QString &product, std::optional<int> quantity);
    Status set(qint64 iCustomer, const QString &product, std::optional<int> quantity);
    Status remove(qint64 iCustomer, const QString &product);
    struct QuantityChange {
        QuantityChange(QString productName = {}, std::optional<int> newQuantity = {})
            : product(std::move(productName)), quantity(newQuantity)
        {
        }
        QString product;
        std::optional<int> quantity;
        // The quantity the desk's edit started from: when the agreement no longer has it
        // (another desk changed it meanwhile), the change is refused (quantity_changed).
        bool checkExpected = false;
        std::optional<int> expected;
    };
    // Several quantity changes at once (the GUI's Apply): all or none.
    Status setMany(qint64 iCustomer, const QList<QuantityChange> &changes);

private:
    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
