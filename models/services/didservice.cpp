#include "services/didservice.h"

#include "domain/didspecs.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/didrepository.h"
#include "storage/setuprepository.h"

#include <QCoreApplication>
#include <QSet>

namespace ad {

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
    // Giving numbers to a customer is the provider's decision (domain.md "Who may do what").
    Status allowed = requireAdmin(
        m_audit.actor(),
        QCoreApplication::translate("ad::Permissions", "give DID numbers to the customer"));
    if (!allowed.ok())
        return allowed;
    QStringList numbers;
    const QList<Problem> problems = rules::expandDidSpecs(specs, &numbers);
    if (!problems.isEmpty())
        return Status::refused(problems);
    if (numbers.isEmpty()) {
        const Problem missing = refusal::didMissing();
        return Status::usage(missing.code, missing.message);
    }
    return Transaction::run(m_db, c, [&]() -> Status {
        QList<Problem> refusals;
        QStringList toInsert, toClaim;
        SetupRepository repo(m_db);
        QHash<QString, qint64> owners; // a few statements for any number of numbers
        Status st = repo.didOwners(numbers, &owners);
        if (!st.ok())
            return st;
        for (const QString &n : numbers) {
            const auto owner = owners.constFind(n);
            if (owner == owners.constEnd())
                toInsert << n;
            else if (*owner == 0)
                toClaim << n;
            else if (*owner == c)
                refusals.append(refusal::didAlreadyOwned(n));
            else
                refusals.append(refusal::didOwnedByOther(n));
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        // Each write counts the numbers it took: another desk (another customer's) may have
        // taken one since it was read. Then nothing is written, not even the audit entry.
        int claimed = 0, inserted = 0;
        if (!(st = repo.claimDids(c, toClaim, &claimed)).ok() ||
            !(st = repo.insertDids(c, toInsert, &inserted)).ok())
            return st;
        if (claimed != toClaim.size() || inserted != toInsert.size()) {
            QStringList mine;
            if (!(st = repo.ownedBy(c, toClaim + toInsert, &mine)).ok())
                return st;
            for (const QString &n : toClaim + toInsert)
                if (!mine.contains(n))
                    refusals.append(refusal::didOwnedByOther(n));
            return Status::refused(refusals);
        }
        if (added)
            *added = numbers;
        const QString summary = rules::didSummary(numbers);
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
    if (toInventory) {
        Status allowed = requireAdmin(
            m_audit.actor(),
            QCoreApplication::translate("ad::Permissions", "return DID numbers to the inventory"));
        if (!allowed.ok())
            return allowed;
    }
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
