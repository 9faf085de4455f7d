#include "jsonout.h"

namespace ad::cli {

QJsonObject problemJson(const Problem &p, bool withRow)
{
    QJsonObject o;
    if (withRow)
        o.insert(QStringLiteral("row"), p.row > 0 ? QJsonValue(p.row) : QJsonValue(QJsonValue::Null));
    o.insert(withRow ? QStringLiteral("column") : QStringLiteral("field"),
             p.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.field));
    o.insert(QStringLiteral("code"), p.code);
    o.insert(QStringLiteral("value"), p.value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.value));
    o.insert(QStringLiteral("message"), p.message);
    return o;
}

QJsonArray problemsJson(const QList<Problem> &problems, bool withRow)
{
    QJsonArray a;
    for (const Problem &p : problems)
        a.append(problemJson(p, withRow));
    return a;
}

QJsonValue quantityJson(std::optional<int> q) { return q ? QJsonValue(*q) : QJsonValue(QJsonValue::Null); }

QJsonObject accountJson(const AccountInfo &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("account_id"), a.id);
    o.insert(QStringLiteral("kind"), a.kind);
    o.insert(QStringLiteral("extension"), a.number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.number));
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("product"), a.product);
    o.insert(QStringLiteral("addons"), QJsonArray::fromStringList(a.addons));
    o.insert(QStringLiteral("status"), a.status);
    o.insert(QStringLiteral("blocked"), a.blocked);
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(a.dids));
    o.insert(QStringLiteral("huntgroups"), QJsonArray::fromStringList(a.huntGroups));
    o.insert(QStringLiteral("created_at"), a.createdAt);
    return o;
}

QJsonObject plannedAccountJson(const PlannedAccount &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("row"), a.row);
    o.insert(QStringLiteral("account_id"), a.accountId);
    o.insert(QStringLiteral("extension"), a.extension);
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("product"), a.product);
    o.insert(QStringLiteral("status"), a.active ? QStringLiteral("active") : QStringLiteral("inactive"));
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(a.dids));
    o.insert(QStringLiteral("huntgroup"), a.huntGroup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.huntGroup));
    o.insert(QStringLiteral("published"), a.published);
    o.insert(QStringLiteral("email"), a.email);
    o.insert(QStringLiteral("timezone"), a.timeZone);
    return o;
}

} // namespace ad::cli
