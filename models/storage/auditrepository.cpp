#include "storage/auditrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <limits>

namespace ad {

Status AuditRepository::history(qint64 c, const QString &filter, int limit, QList<AuditEntry> *out)
{
    QSqlQuery q;
    const QString f = QStringLiteral("%") + filter.trimmed().toLower() + QStringLiteral("%");
    const Status st = m_db.exec(
        QStringLiteral(
            "SELECT i_audit, at, who, action, object, old_value, new_value, via, desk_label"
            " FROM audit"
            " WHERE i_customer = ? AND (lower(action) LIKE ? OR lower(object) LIKE ?"
            "   OR lower(who) LIKE ? OR lower(new_value) LIKE ? OR lower(old_value) LIKE ?"
            "   OR lower(desk_label) LIKE ? OR via LIKE ?)"
            " ORDER BY i_audit DESC LIMIT ?"),
        {c, f, f, f, f, f, f, f, limit > 0 ? limit : std::numeric_limits<int>::max()}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return {};
}

} // namespace ad
