#include "services/customerservice.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/auditrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/listingrepository.h"
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

Status CustomerService::add(const QString &name, const QString &currency, const QString &timeZone,
                            qint64 *iCustomer)
{
    if (Status st = requireAdmin(m_audit.actor(),
                                 QCoreApplication::translate("ad::Permissions", "add a customer"));
        !st.ok())
        return st;
    const QString n = name.trimmed();
    if (!rules::isValidCustomerName(n))
        return refused(!n.isEmpty() && n.size() <= 200 && rules::isOneVisibleLine(n)
                           ? refusal::customerNameAllDigits(name)
                           : refusal::customerNameInvalid(name));
    const QString cur = currency.trimmed().toUpper();
    if (cur.size() != 3 || !std::all_of(cur.begin(), cur.end(), [](QChar ch) {
            return ch >= QLatin1Char('A') && ch <= QLatin1Char('Z');
        }))
        return refused(refusal::currencyInvalid(currency));
    if (!rules::isValidTimeZone(timeZone))
        return refused(refusal::customerTimeZoneInvalid(timeZone));
    return Transaction::run(m_db, 0, [&]() -> Status {
        qint64 existing = 0;
        bool exists = false;
        Status st = CustomerRepository(m_db).idByName(n, &existing, &exists);
        if (!st.ok())
            return st;
        if (exists)
            return refused(refusal::customerExists(n));
        qint64 id = 0;
        st = m_db.insert(
            QStringLiteral("INSERT INTO customer (name, currency, time_zone) VALUES (?, ?, ?)"),
            {n, cur, timeZone}, QStringLiteral("i_customer"), &id);
        if (!st.ok())
            return st;
        if (iCustomer)
            *iCustomer = id;
        return m_audit.write(id, QStringLiteral("customer.add"), n, QString(),
                             QStringLiteral("currency %1, time zone %2").arg(cur, timeZone));
    });
}

} // namespace ad
