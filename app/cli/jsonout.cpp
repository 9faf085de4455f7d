#include "jsonout.h"

#include "domain/csvcolumns.h"
#include "domain/money.h"

namespace ad::cli {

namespace {
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue feeJson(const std::optional<qint64> &fee)
{
    return fee ? QJsonValue(money::plain(*fee)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject problemJson(const Problem &p, bool withRow)
{
    QJsonObject o;
    if (withRow)
        o.insert(QStringLiteral("row"),
                 p.row > 0 ? QJsonValue(p.row) : QJsonValue(QJsonValue::Null));
    if (withRow) {
        // "column": the file's own header of the column; "field": the template's name for it.
        o.insert(QStringLiteral("column"), textOrNull(p.column.isEmpty() ? p.field : p.column));
        o.insert(QStringLiteral("column_letter"), p.columnIndex >= 0
                                                      ? QJsonValue(csv::columnLetter(p.columnIndex))
                                                      : QJsonValue(QJsonValue::Null));
        if (!p.field.isEmpty() && p.field != p.column)
            o.insert(QStringLiteral("field"), p.field);
    } else {
        o.insert(QStringLiteral("field"), textOrNull(p.field));
    }
    o.insert(QStringLiteral("code"), p.code);
    o.insert(QStringLiteral("value"),
             p.value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.value));
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

QJsonObject warningJson(const Problem &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("row"), w.row > 0 ? QJsonValue(w.row) : QJsonValue(QJsonValue::Null));
    if (!w.column.isEmpty()) {
        o.insert(QStringLiteral("column"), w.column);
        o.insert(QStringLiteral("column_letter"), csv::columnLetter(w.columnIndex));
    }
    o.insert(QStringLiteral("code"), w.code);
    o.insert(QStringLiteral("message"), w.message);
    return o;
}

QJsonValue quantityJson(std::optional<int> q)
{
    return q ? QJsonValue(*q) : QJsonValue(QJsonValue::Null);
}

QJsonObject customerJson(const CustomerInfo &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_customer"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("currency"), c.currency);
    o.insert(QStringLiteral("time_zone"), c.timeZone);
    o.insert(QStringLiteral("accounts"), c.accounts);
    o.insert(QStringLiteral("self_care_accounts"),
             c.selfCareInactive ? QStringLiteral("inactive") : QStringLiteral("active"));
    return o;
}

QJsonObject customerRefJson(const CustomerInfo &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_customer"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    return o;
}

QJsonObject productJson(const ProductInfo &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_product"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("kind"), p.isMain ? QStringLiteral("main") : QStringLiteral("add-on"));
    o.insert(QStringLiteral("monthly_fee"), feeJson(p.fee));
    o.insert(QStringLiteral("currency"), p.currency);
    o.insert(QStringLiteral("status"),
             p.retired ? QStringLiteral("retired") : QStringLiteral("active"));
    return o;
}

QJsonObject agreementJson(const CustomerInfo &c, const QList<AgreementLineInfo> &lines,
                          qint64 charges)
{
    QJsonArray mains, addons;
    for (const auto &l : lines) {
        QJsonObject o;
        o.insert(QStringLiteral("product"), l.product.name);
        o.insert(QStringLiteral("monthly_fee"), feeJson(l.product.fee));
        o.insert(QStringLiteral("quantity"), quantityJson(l.quantity));
        o.insert(QStringLiteral("in_use"), l.inUse);
        o.insert(QStringLiteral("available"), quantityJson(l.available()));
        (l.product.isMain ? mains : addons).append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("customer"), customerRefJson(c));
    o.insert(QStringLiteral("main"), mains);
    o.insert(QStringLiteral("addons"), addons);
    QJsonObject mc;
    mc.insert(QStringLiteral("currency"), c.currency);
    mc.insert(QStringLiteral("amount"), money::plain(charges));
    o.insert(QStringLiteral("monthly_charges"), mc);
    return o;
}

QJsonObject chargesJson(const QString &currency, qint64 before, qint64 after)
{
    QJsonObject mc;
    mc.insert(QStringLiteral("currency"), currency);
    mc.insert(QStringLiteral("before"), money::plain(before));
    mc.insert(QStringLiteral("after"), money::plain(after));
    return mc;
}

QJsonObject accountJson(const AccountInfo &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("account_id"), a.id);
    o.insert(QStringLiteral("kind"), a.kind);
    o.insert(QStringLiteral("extension"), textOrNull(a.number));
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

QJsonObject createdJson(const CreatedAccount &a, const QString &currency)
{
    QJsonObject o;
    o.insert(QStringLiteral("account_id"), a.accountId);
    o.insert(QStringLiteral("product"), a.product);
    o.insert(QStringLiteral("status"), a.status);
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(a.dids));
    o.insert(QStringLiteral("huntgroup"), textOrNull(a.huntGroup));
    o.insert(QStringLiteral("monthly_charges"),
             chargesJson(currency, a.chargesBefore, a.chargesAfter));
    return o;
}

QJsonObject plannedAccountJson(const PlannedAccount &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("row"), a.row);
    o.insert(QStringLiteral("action"), rowActionName(RowAction::Add));
    o.insert(QStringLiteral("account_id"), a.accountId);
    o.insert(QStringLiteral("extension"), a.extension);
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("product"), a.product);
    o.insert(QStringLiteral("status"),
             a.active ? QStringLiteral("active") : QStringLiteral("inactive"));
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(a.dids));
    o.insert(QStringLiteral("huntgroup"), textOrNull(a.huntGroup));
    o.insert(QStringLiteral("published"), a.published);
    o.insert(QStringLiteral("email"), a.email);
    o.insert(QStringLiteral("timezone"), a.timeZone);
    return o;
}

QJsonObject plannedChangeJson(const PlannedChange &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("row"), c.row);
    o.insert(QStringLiteral("action"), rowActionName(c.action));
    o.insert(QStringLiteral("account_id"), c.accountId);
    o.insert(QStringLiteral("extension"), c.extension);
    o.insert(QStringLiteral("product"), c.product);
    if (c.action == RowAction::Update) {
        // {"name": ["old", "new"], "dids": [...], ...}: keys are the template's column names in
        // lower case with '_' ("email_for_notifications" -> "email").
        QJsonObject changes;
        for (const FieldChange &f : c.changes) {
            QString key =
                csv::normalizedHeader(f.field).replace(QLatin1Char(' '), QLatin1Char('_'));
            if (key == QLatin1String("email_for_notifications"))
                key = QStringLiteral("email");
            else if (key == QLatin1String("did_numbers"))
                key = QStringLiteral("dids");
            changes.insert(key, QJsonArray{f.before, f.after});
        }
        o.insert(QStringLiteral("changes"), changes);
    }
    return o;
}

QJsonObject quotaJson(const QuotaLine &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("product"), q.product);
    o.insert(QStringLiteral("in_use"), q.inUse);
    o.insert(QStringLiteral("adding"), q.adding);
    o.insert(QStringLiteral("freeing"), q.freeing);
    o.insert(QStringLiteral("quantity"), quantityJson(q.quantity));
    o.insert(QStringLiteral("exceeded"), q.exceeded);
    return o;
}

QJsonObject didJson(const DidInfo &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), d.number);
    o.insert(QStringLiteral("account_id"), textOrNull(d.accountId));
    return o;
}

QJsonObject huntGroupJson(const HuntGroupInfo &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), h.name);
    o.insert(QStringLiteral("number"), h.number);
    o.insert(QStringLiteral("sequence"), h.sequence);
    o.insert(QStringLiteral("members"), QJsonArray::fromStringList(h.members));
    return o;
}

QJsonObject auditJson(const AuditEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("at"), e.at);
    o.insert(QStringLiteral("who"), e.who);
    o.insert(QStringLiteral("via"), e.via);
    if (!e.deskLabel.isEmpty())
        o.insert(QStringLiteral("desk_label"), e.deskLabel);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("object"), e.object);
    o.insert(QStringLiteral("old"), e.oldValue);
    o.insert(QStringLiteral("new"), e.newValue);
    return o;
}

} // namespace ad::cli
