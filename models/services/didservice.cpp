#include "services/didservice.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/didrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace ad {

namespace {
// The numbers of `specs` (each a number or FIRST..LAST), normalised, each once, in order.
QList<Problem> expand(const QStringList &specs, QStringList *numbers)
{
    QList<Problem> problems;
    QSet<QString> seen;
    auto take = [&](const QString &n) {
        if (!seen.contains(n)) {
            seen.insert(n);
            *numbers << n;
        }
    };
    for (const QString &spec : specs) {
        const int dots = spec.indexOf(QLatin1String(".."));
        if (dots < 0) {
            const auto d = rules::normaliseDid(spec);
            if (!d)
                problems.append(refusal::didInvalid(spec));
            else
                take(*d);
            continue;
        }
        const auto first = rules::normaliseDid(spec.left(dots));
        const auto last = rules::normaliseDid(spec.mid(dots + 2));
        if (!first || !last || first->size() != last->size() || *first > *last) {
            problems.append(refusal::didRangeInvalid(spec));
            continue;
        }
        const qint64 a = first->toLongLong();
        const qint64 b = last->toLongLong();
        if (b - a >= 10000) {
            problems.append(refusal::didRangeTooLarge(spec, b - a + 1));
            continue;
        }
        for (qint64 n = a; n <= b; ++n)
            take(QStringLiteral("%1").arg(n, int(first->size()), 10, QLatin1Char('0')));
    }
    return problems;
}
} // namespace

Status DidService::list(qint64 c, QList<DidInfo> *out)
{
    CustomerInfo info;
    Status st = CustomerRepository(m_db).get(c, &info);
    if (!st.ok())
        return st;
    return DidRepository(m_db).ofCustomer(c, out);
}

Status DidService::inventory(QStringList *out)
{
    return DidRepository(m_db).inventory(out);
}

Status DidService::add(qint64 c, const QStringList &specs, QStringList *added)
{
    if (Status st =
            requireAdmin(m_audit.actor(),
                         QCoreApplication::translate("ad::Permissions", "give DIDs to a customer"));
        !st.ok())
        return st;
    QStringList numbers;
    const QList<Problem> problems = expand(specs, &numbers);
    if (!problems.isEmpty())
        return Status::refused(problems);
    if (numbers.isEmpty()) {
        const Problem missing = refusal::didMissing();
        return Status::usage(missing.code, missing.message);
    }
    return Transaction::run(m_db, c, [&]() -> Status {
        QList<Problem> refusals;
        QStringList toInsert, toClaim;
        DidRepository dids(m_db);
        for (const QString &n : numbers) {
            qint64 owner = 0;
            bool known = false;
            Status st = dids.owner(n, &owner, &known);
            if (!st.ok())
                return st;
            if (!known)
                toInsert << n;
            else if (owner == 0)
                toClaim << n;
            else if (owner == c)
                refusals.append(refusal::didAlreadyOwned(n));
            else
                refusals.append(refusal::didOwnedByOther(n));
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        // Each write says whether it took the number: another desk (another customer's) may
        // have taken it since it was read. Then nothing is written, not even the audit entry.
        for (const QString &n : toClaim) {
            bool done = false;
            if (Status st = dids.claim(n, c, &done); !st.ok())
                return st;
            if (!done)
                refusals.append(refusal::didOwnedByOther(n));
        }
        for (const QString &n : toInsert) {
            bool done = false;
            if (Status st = dids.insertNew(n, c, &done); !st.ok())
                return st;
            if (!done)
                refusals.append(refusal::didOwnedByOther(n));
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        if (added)
            *added = numbers;
        const QString summary = numbers.size() > 3 ? QStringLiteral("%1 … %2 (%3 numbers)")
                                                         .arg(numbers.first(), numbers.last())
                                                         .arg(numbers.size())
                                                   : numbers.join(QLatin1Char(' '));
        return m_audit.write(c, QStringLiteral("did.add"), summary, QString(),
                             QStringLiteral("%1 from the inventory, %2 new")
                                 .arg(toClaim.size())
                                 .arg(toInsert.size()));
    });
}

Status DidService::assign(const QString &accountId, const QString &number)
{
    const auto d = rules::normaliseDid(number);
    if (!d)
        return refused(refusal::didInvalid(number));
    return Transaction::runForAccount(m_db, accountId, [&](const AccountRow &row) -> Status {
        if (row.status == QLatin1String("closed"))
            return refused(refusal::accountClosed(accountId));
        qint64 owner = 0;
        QString holder;
        bool known = false;
        Status st = DidRepository(m_db).holder(*d, &owner, &holder, &known);
        if (!st.ok())
            return st;
        if (!known || owner != row.iCustomer)
            return refused(refusal::didNotOwned(*d));
        if (!holder.isEmpty())
            return refused(refusal::didInUse(*d, holder));
        bool done = false;
        if (!(st = DidRepository(m_db).assign(*d, row.iCustomer, row.iAccount, &done)).ok())
            return st;
        if (!done) // taken (or given back) by another desk since it was read
            return refused(refusal::didChangedOwner(*d));
        return m_audit.write(row.iCustomer, QStringLiteral("did.assign"), *d, QString(), accountId);
    });
}

Status DidService::release(const QString &number, bool toInventory)
{
    if (toInventory)
        if (Status st = requireAdmin(
                m_audit.actor(), QCoreApplication::translate(
                                     "ad::Permissions", "return DIDs to the provider's inventory"));
            !st.ok())
            return st;
    const auto d = rules::normaliseDid(number);
    if (!d)
        return refused(refusal::didInvalid(number));
    qint64 c = 0;
    bool known = false;
    Status st = DidRepository(m_db).owner(*d, &c, &known);
    if (!st.ok())
        return st;
    if (!known || c == 0)
        return refused(refusal::didUnknown(*d));
    return Transaction::run(m_db, c, [&]() -> Status {
        QString was;
        bool owned = false;
        Status st2 = DidRepository(m_db).assignedTo(*d, c, &was, &owned);
        if (!st2.ok())
            return st2;
        if (!owned)
            return refused(refusal::didChangedOwner(*d));
        if (was.isEmpty() && !toInventory)
            return refused(refusal::didNotAssigned(*d));
        bool done = false;
        if (!(st2 = DidRepository(m_db).release(*d, c, toInventory, &done)).ok())
            return st2;
        if (!done)
            return refused(refusal::didChangedOwner(*d));
        return m_audit.write(
            c, toInventory ? QStringLiteral("did.return") : QStringLiteral("did.release"), *d, was,
            toInventory ? QStringLiteral("provider inventory") : QStringLiteral("free"));
    });
}

} // namespace ad
