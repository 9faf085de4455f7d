#pragma once

#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QStringList>
#include <optional>

namespace ad {

class Database;

// A customer's hunt groups: name (unique per customer, case-insensitive), number (digits, in
// the number space the customer's extensions share), hunt sequence, and ordered members.
class HuntGroupService {
public:
    HuntGroupService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(qint64 iCustomer, QList<HuntGroupInfo> *out);

    // sequence: order (when empty), simultaneous, random or least_used.
    Status add(qint64 iCustomer, const QString &name, const QString &number,
               const QString &sequence, qint64 *id = nullptr);
    Status update(qint64 iCustomer, const QString &name, const std::optional<QString> &newName,
                  const std::optional<QString> &newNumber,
                  const std::optional<QString> &newSequence);
    // The members, in hunt order, by extension number (open extensions of the customer).
    Status setMembers(qint64 iCustomer, const QString &name, const QStringList &extensionNumbers);
    // update and setMembers in one transaction (the Edit dialog's Save): all or nothing.
    Status save(qint64 iCustomer, const QString &name, const QString &newName,
                const QString &newNumber, const QString &newSequence,
                const QStringList &extensionNumbers);

private:
    Status updateIn(qint64 iCustomer, const QString &name, const std::optional<QString> &newName,
                    const std::optional<QString> &newNumber,
                    const std::optional<QString> &newSequence);
    Status setMembersIn(qint64 iCustomer, const QString &name, const QStringList &numbers);

    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
