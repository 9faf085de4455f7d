#include "services/subscriptionservice.h"

#include "domain/money.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/setuprepository.h"

#include <QCoreApplication>

namespace ad {

namespace {
Status requireAdminFor(const Actor &actor)
{
    return requireAdmin(actor, QCoreApplication::translate("ad::Permissions",
                                                           "change the customer's subscriptions"));
}

QString feeText(qint64 fee, const QString &currency)
{
    return money::plain(fee) + QLatin1Char(' ') + currency;
}
} // namespace

Status SubscriptionService::list(qint64 c, QList<SubscriptionInfo> *out)
{
    CustomerInfo info;
    Status st = CustomerRepository(m_db).get(c, &info);
    if (!st.ok())
        return st;
    return SetupRepository(m_db).subscriptions(c, out);
}

Status SubscriptionService::find(qint64 c, const QString &customer, const QString &name,
                                 SubscriptionInfo *out)
{
    QList<SubscriptionInfo> all;
    Status st = SetupRepository(m_db).subscriptions(c, &all);
    if (!st.ok())
        return st;
    const QString key = name.simplified().toCaseFolded();
    for (const SubscriptionInfo &s : all)
        if (s.name.simplified().toCaseFolded() == key) {
            *out = s;
            return {};
        }
    return refused(refusal::subscriptionUnknown(name, customer));
}

Status SubscriptionService::add(qint64 c, const QString &name, qint64 fee, qint64 *iSubscription)
{
    Status st = requireAdminFor(m_audit.actor());
    if (!st.ok())
        return st;
    const QString n = name.simplified();
    if (n.isEmpty() || !rules::isValidName(n))
        return refused(refusal::subscriptionNameInvalid(name));
    if (fee < 0)
        return refused(refusal::feeInvalid(QString::number(fee)));
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerInfo info;
        Status s2 = CustomerRepository(m_db).get(c, &info);
        if (!s2.ok())
            return s2;
        SubscriptionInfo existing;
        s2 = find(c, info.name, n, &existing);
        if (s2.ok())
            return refused(refusal::subscriptionExists(existing.name, info.name));
        if (s2.firstCode() != QLatin1String("subscription_unknown"))
            return s2;
        qint64 id = 0;
        s2 = m_db.insert(
            QStringLiteral("INSERT INTO subscription (i_customer, name, fee) VALUES (?, ?, ?)"),
            {c, n, fee}, QStringLiteral("i_subscription"), &id);
        if (!s2.ok())
            return s2;
        if (iSubscription)
            *iSubscription = id;
        return m_audit.write(c, QStringLiteral("subscription.add"), n, QString(),
                             feeText(fee, info.currency));
    });
}

Status SubscriptionService::setFee(qint64 c, const QString &name, qint64 fee)
{
    Status st = requireAdminFor(m_audit.actor());
    if (!st.ok())
        return st;
    if (fee < 0)
        return refused(refusal::feeInvalid(QString::number(fee)));
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerInfo info;
        Status s2 = CustomerRepository(m_db).get(c, &info);
        if (!s2.ok())
            return s2;
        SubscriptionInfo sub;
        if (!(s2 = find(c, info.name, name, &sub)).ok())
            return s2;
        if (sub.fee == fee)
            return Status();
        if (!(s2 = m_db.exec(
                  QStringLiteral("UPDATE subscription SET fee = ? WHERE i_subscription = ?"),
                  {fee, sub.id}))
                 .ok())
            return s2;
        return m_audit.write(c, QStringLiteral("subscription.fee"), sub.name,
                             feeText(sub.fee, info.currency), feeText(fee, info.currency));
    });
}

Status SubscriptionService::remove(qint64 c, const QString &name)
{
    Status st = requireAdminFor(m_audit.actor());
    if (!st.ok())
        return st;
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerInfo info;
        Status s2 = CustomerRepository(m_db).get(c, &info);
        if (!s2.ok())
            return s2;
        SubscriptionInfo sub;
        if (!(s2 = find(c, info.name, name, &sub)).ok())
            return s2;
        if (!(s2 = m_db.exec(QStringLiteral("DELETE FROM subscription WHERE i_subscription = ?"),
                             {sub.id}))
                 .ok())
            return s2;
        return m_audit.write(c, QStringLiteral("subscription.remove"), sub.name,
                             feeText(sub.fee, info.currency), QString());
    });
}

} // namespace ad
