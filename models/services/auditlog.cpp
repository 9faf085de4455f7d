#include "services/auditlog.h"

#include "domain/rules.h"
#include "storage/database.h"

namespace ad {

AuditLog::AuditLog(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor))
{
    if (m_actor.user.isEmpty())
        m_actor.user = Actor::osLogin();
}

Status AuditLog::write(qint64 c, const QString &action, const QString &object,
                       const QString &oldValue, const QString &newValue, qint64 *id)
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO audit (at, who, i_customer, action, object, old_value, new_value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Database::nowUtc(),
         m_actor.user + (m_actor.asCustomer ? QStringLiteral(" (as customer)") : QString()),
         c > 0 ? QVariant(c) : QVariant(QMetaType(QMetaType::LongLong)), action,
         rules::nonNull(object), rules::nonNull(oldValue), rules::nonNull(newValue)},
        QStringLiteral("i_audit"), id);
}

Status AuditLog::setNewValue(qint64 id, const QString &newValue)
{
    return m_db.exec(QStringLiteral("UPDATE audit SET new_value = ? WHERE i_audit = ?"),
                     {newValue, id});
}

} // namespace ad
