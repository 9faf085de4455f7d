#include "services/customerservice.h"

#include "domain/money.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/auditrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/listingrepository.h"
#include "storage/setuprepository.h"
#include "storage/snapshotrepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace ad {

Status CustomerService::list(QList<CustomerInfo> *out, const QString &filter)
{
    // Every customer, by name: the listing the window pages through, in one page.
    return ListingRepository(m_db).customersPage(filter, CustomerOrder::Name, true, 0,
                                                 std::numeric_limits<int>::max(), out);
}

Status CustomerService::get(qint64 c, CustomerInfo *out)
{
    return CustomerRepository(m_db).get(c, out);
}

Status CustomerService::find(const QString &spec, CustomerInfo *out)
{
    const QString s = spec.trimmed();
    bool isNumber = false;
    const qint64 id = s.toLongLong(&isNumber);
    if (isNumber) {
        Status st = get(id, out);
        if (st.ok() || st.firstCode() != QLatin1String("customer_unknown"))
            return st;
    }
    qint64 byName = 0;
    bool found = false;
    Status st = CustomerRepository(m_db).idByName(s, &byName, &found);
    if (!st.ok())
        return st;
    if (!found)
        return refused(refusal::customerUnknown(spec));
    return get(byName, out);
}

Status CustomerService::snapshot(qint64 c, CustomerSnapshot *out)
{
    return SnapshotRepository(m_db).load(c, out);
}

Status CustomerService::monthlyCharges(qint64 c, qint64 *minorUnits)
{
    return SnapshotRepository(m_db).monthlyCharges(c, minorUnits);
}

Status CustomerService::history(qint64 c, QList<AuditEntry> *out, const QString &filter, int limit)
{
    CustomerInfo info;
    Status st = get(c, &info);
    if (!st.ok())
        return st;
    return AuditRepository(m_db).history(c, filter, limit, out);
}

Status CustomerService::charges(qint64 c, ChargesBreakdown *out)
{
    CustomerInfo info;
    Status st = get(c, &info);
    if (!st.ok())
        return st;
    return SetupRepository(m_db).charges(c, out);
}

Status CustomerService::providerHistory(QList<ProviderAuditEntry> *out, const QString &filter,
                                        int limit)
{
    Status st = requireAdmin(
        m_audit.actor(),
        QCoreApplication::translate("ad::Permissions", "read the provider-wide history"));
    if (!st.ok())
        return st;
    return SetupRepository(m_db).history(filter, limit, out);
}

Status CustomerService::add(const QString &name, const QString &currency, const QString &timeZone,
                            qint64 *iCustomer)
{
    return add(name, currency, timeZone, false, iCustomer);
}

Status CustomerService::add(const QString &name, const QString &currency, const QString &timeZone,
                            bool selfCareInactive, qint64 *iCustomer)
{
    Status allowed = requireAdmin(
        m_audit.actor(), QCoreApplication::translate("ad::Permissions", "create customers"));
    if (!allowed.ok())
        return allowed;
    const QString n = name.trimmed();
    if (!rules::isValidCustomerName(n))
        return refused(!n.isEmpty() && n.size() <= 200 && rules::isOneVisibleLine(n)
                           ? refusal::customerNameAllDigits(name)
                           : refusal::customerNameInvalid(name));
    const QString cur = currency.trimmed().toUpper();
    if (!money::isCurrencyCode(cur))
        return refused(refusal::currencyInvalid(currency));
    if (!rules::isValidTimeZone(timeZone))
        return refused(refusal::customerTimeZoneInvalid(timeZone));
    const QString selfCare =
        selfCareInactive ? QStringLiteral("inactive") : QStringLiteral("active");
    return Transaction::run(m_db, 0, [&]() -> Status {
        qint64 existing = 0;
        bool exists = false;
        Status st = CustomerRepository(m_db).idByName(n, &existing, &exists);
        if (!st.ok())
            return st;
        if (exists)
            return refused(refusal::customerExists(n));
        qint64 id = 0;
        st = m_db.insert(QStringLiteral("INSERT INTO customer (name, currency, time_zone,"
                                        " self_care_accounts) VALUES (?, ?, ?, ?)"),
                         {n, cur, timeZone, selfCare}, QStringLiteral("i_customer"), &id);
        if (!st.ok())
            return st;
        if (iCustomer)
            *iCustomer = id;
        return m_audit.write(id, QStringLiteral("customer.add"), n, QString(),
                             QStringLiteral("currency %1, time zone %2, self-care accounts %3")
                                 .arg(cur, timeZone, selfCare));
    });
}

Status CustomerService::change(qint64 c, const CustomerChange &change)
{
    Status allowed = requireAdmin(
        m_audit.actor(), QCoreApplication::translate("ad::Permissions", "change customers"));
    if (!allowed.ok())
        return allowed;
    if (!change.name && !change.timeZone && !change.currency && !change.selfCareInactive)
        return refused(refusal::nothingToChange());
    const QString n = change.name ? change.name->trimmed() : QString();
    if (change.name && (n.isEmpty() || n.size() > 200 || !rules::isValidName(n.left(100))))
        return refused(refusal::customerNameInvalid(*change.name));
    if (change.timeZone && !rules::isValidTimeZone(*change.timeZone))
        return refused(refusal::customerTimeZoneInvalid(*change.timeZone));
    const QString cur = change.currency ? change.currency->trimmed().toUpper() : QString();
    if (change.currency && !money::isCurrencyCode(cur))
        return refused(refusal::currencyInvalid(*change.currency));
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerInfo was;
        Status st = get(c, &was);
        if (!st.ok())
            return st;
        struct Edit {
            const char *column;
            const char *action;
            QString before, after;
        };
        QList<Edit> edits;
        if (change.name && n != was.name) {
            qint64 other = 0;
            bool exists = false;
            if (!(st = CustomerRepository(m_db).idByName(n, &other, &exists)).ok())
                return st;
            if (exists && other != c)
                return refused(refusal::customerExists(n));
            edits.append({"name", "customer.rename", was.name, n});
        }
        if (change.timeZone && *change.timeZone != was.timeZone)
            edits.append({"time_zone", "customer.timezone", was.timeZone, *change.timeZone});
        if (change.currency && cur != was.currency) {
            bool charged = false;
            if (!(st = SetupRepository(m_db).isCharged(c, &charged)).ok())
                return st;
            if (charged)
                return refused(refusal::currencyLocked(was.name));
            edits.append({"currency", "customer.currency", was.currency, cur});
        }
        if (change.selfCareInactive && *change.selfCareInactive != was.selfCareInactive) {
            const auto text = [](bool inactive) {
                return inactive ? QStringLiteral("inactive") : QStringLiteral("active");
            };
            edits.append({"self_care_accounts", "customer.self_care", text(was.selfCareInactive),
                          text(*change.selfCareInactive)});
        }
        const QString object = change.name ? n : was.name;
        for (const Edit &e : edits) {
            // The column is one of the fixed names above; the value is bound.
            if (!(st = m_db.exec(QStringLiteral("UPDATE customer SET %1 = ? WHERE i_customer = ?")
                                     .arg(QLatin1String(e.column)),
                                 {e.after, c}))
                     .ok())
                return st;
            if (!(st = m_audit.write(c, QLatin1String(e.action), object, e.before, e.after)).ok())
                return st;
        }
        return Status();
    });
}

} // namespace ad
