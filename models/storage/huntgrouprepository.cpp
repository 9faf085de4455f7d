#include "storage/huntgrouprepository.h"

#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace ad {

Status HuntGroupRepository::ofCustomer(qint64 c, QList<HuntGroupInfo> *out)
{
    QSqlQuery q;
    Status st = m_db.exec(
        QStringLiteral(
            "SELECT i_hunt_group, name, number, sequence FROM hunt_group WHERE i_customer = ?"
            " ORDER BY name_key"),
        {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    QHash<qint64, int> index;
    while (q.next()) {
        HuntGroupInfo h;
        h.id = q.value(0).toLongLong();
        h.name = q.value(1).toString();
        h.number = q.value(2).toString();
        h.sequence = q.value(3).toString();
        index.insert(h.id, out->size());
        out->append(h);
    }
    st = m_db.exec(QStringLiteral("SELECT m.i_hunt_group, e.number FROM hunt_group_member m"
                                  " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                  " JOIN extension e ON e.i_extension = m.i_extension"
                                  " WHERE h.i_customer = ? ORDER BY m.i_hunt_group, m.position"),
                   {c}, &q);
    if (!st.ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].members << q.value(1).toString();
    return {};
}

Status HuntGroupRepository::get(qint64 id, HuntGroupInfo *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT name, number, sequence FROM hunt_group WHERE i_hunt_group = ?"),
        {id}, &q);
    if (!st.ok())
        return st;
    q.next();
    out->id = id;
    out->name = q.value(0).toString();
    out->number = q.value(1).toString();
    out->sequence = q.value(2).toString();
    return {};
}

Status HuntGroupRepository::openExtension(qint64 c, const QString &number, qint64 *iExtension,
                                          bool *found)
{
    QSqlQuery q;
    const Status st = m_db.exec(QStringLiteral("SELECT e.i_extension, a.status FROM extension e "
                                               "JOIN account a ON a.i_account = e.i_account"
                                               " WHERE e.i_customer = ? AND e.number = ?"),
                                {c, number}, &q);
    *found = st.ok() && q.next() && q.value(1).toString() != QLatin1String("closed");
    if (*found)
        *iExtension = q.value(0).toLongLong();
    return st;
}

} // namespace ad
