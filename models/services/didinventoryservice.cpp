#include "services/didinventoryservice.h"

#include "domain/didspecs.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/didrepository.h"
#include "storage/setuprepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

namespace ad {

namespace {
// The numbers of `specs`, or the refusal (a usage error when none is given).
Status expand(const QStringList &specs, QStringList *numbers)
{
    const QList<Problem> problems = rules::expandDidSpecs(specs, numbers);
    if (!problems.isEmpty())
        return Status::refused(problems);
    if (numbers->isEmpty()) {
        const Problem missing = refusal::didMissing();
        return Status::usage(missing.code, missing.message);
    }
    return {};
}

QString customerName(Database &db, qint64 c)
{
    CustomerInfo info;
    return CustomerRepository(db).get(c, &info).ok() ? info.name : QString::number(c);
}
} // namespace

Status DidInventoryService::requireAdmin(const char *what) const
{
    return ad::requireAdmin(m_audit.actor(), QCoreApplication::translate("ad::Permissions", what));
}

Status DidInventoryService::add(const QStringList &specs, QStringList *added)
{
    Status st =
        requireAdmin(QT_TRANSLATE_NOOP("ad::Permissions", "add numbers to the DID inventory"));
    if (!st.ok())
        return st;
    QStringList numbers;
    if (!(st = expand(specs, &numbers)).ok())
        return st;
    return Transaction::run(m_db, 0, [&]() -> Status {
        QHash<QString, qint64> owners;
        Status s2 = SetupRepository(m_db).didOwners(numbers, &owners);
        if (!s2.ok())
            return s2;
        QList<Problem> refusals;
        for (const QString &n : numbers) {
            const auto known = owners.constFind(n);
            if (known != owners.constEnd())
                refusals.append(*known == 0 ? refusal::didExists(n)
                                            : refusal::didOwnedBy(n, customerName(m_db, *known)));
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        int inserted = 0;
        if (!(s2 = SetupRepository(m_db).insertDids(0, numbers, &inserted)).ok())
            return s2;
        if (inserted != numbers.size()) // another desk added some of them meanwhile
            return refused(refusal::didExists(numbers.first()));
        if (added)
            *added = numbers;
        return m_audit.write(0, QStringLiteral("did.inventory.add"), rules::didSummary(numbers),
                             QString(),
                             QStringLiteral("%1 numbers in the inventory").arg(numbers.size()));
    });
}

Status DidInventoryService::list(QList<InventoryDid> *out, const QString &filter)
{
    Status st =
        requireAdmin(QT_TRANSLATE_NOOP("ad::Permissions", "see the provider's DID inventory"));
    if (!st.ok())
        return st;
    return SetupRepository(m_db).dids(filter, out);
}

Status DidInventoryService::give(qint64 c, const QStringList &specs, QStringList *given)
{
    Status st =
        requireAdmin(QT_TRANSLATE_NOOP("ad::Permissions", "give DID numbers to the customer"));
    if (!st.ok())
        return st;
    QStringList numbers;
    if (!(st = expand(specs, &numbers)).ok())
        return st;
    return Transaction::run(m_db, c, [&]() -> Status {
        QHash<QString, qint64> owners;
        Status s2 = SetupRepository(m_db).didOwners(numbers, &owners);
        if (!s2.ok())
            return s2;
        QList<Problem> refusals;
        for (const QString &n : numbers) {
            const auto known = owners.constFind(n);
            if (known == owners.constEnd())
                refusals.append(refusal::didNotInInventory(n));
            else if (*known == c)
                refusals.append(refusal::didAlreadyOwned(n));
            else if (*known != 0)
                refusals.append(refusal::didOwnedBy(n, customerName(m_db, *known)));
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        // Another desk may have given one of them to another customer since they were read.
        int claimed = 0;
        if (!(s2 = SetupRepository(m_db).claimDids(c, numbers, &claimed)).ok())
            return s2;
        if (claimed != numbers.size()) {
            QStringList mine;
            if (!(s2 = SetupRepository(m_db).ownedBy(c, numbers, &mine)).ok())
                return s2;
            for (const QString &n : numbers)
                if (!mine.contains(n))
                    refusals.append(refusal::didOwnedByOther(n));
            return Status::refused(refusals);
        }
        if (given)
            *given = numbers;
        return m_audit.write(c, QStringLiteral("did.give"), rules::didSummary(numbers),
                             QStringLiteral("provider inventory"),
                             QStringLiteral("%1 numbers given").arg(numbers.size()));
    });
}

Status DidInventoryService::take(const QString &number)
{
    return take(QStringList{number});
}

Status DidInventoryService::take(const QStringList &specs, QStringList *taken)
{
    Status st =
        requireAdmin(QT_TRANSLATE_NOOP("ad::Permissions", "return DID numbers to the inventory"));
    if (!st.ok())
        return st;
    QStringList numbers;
    QList<Problem> refusals;
    for (const QString &n : specs) {
        const auto d = rules::normaliseDid(n);
        if (!d)
            refusals.append(refusal::didInvalid(n));
        else if (!numbers.contains(*d))
            numbers.append(*d);
    }
    if (!refusals.isEmpty())
        return Status::refused(refusals);
    if (numbers.isEmpty()) {
        const Problem missing = refusal::didMissing();
        return Status::usage(missing.code, missing.message);
    }
    // One transaction for all of them: each UPDATE only takes a number that is still the
    // customer's and free, and counts what it changed, so a number assigned or given away by
    // another desk meanwhile refuses the whole batch.
    return Transaction::run(m_db, 0, [&]() -> Status {
        QMap<qint64, QStringList> byCustomer;
        DidRepository dids(m_db);
        for (const QString &d : std::as_const(numbers)) {
            qint64 c = 0;
            bool known = false;
            Status s2 = dids.owner(d, &c, &known);
            if (!s2.ok())
                return s2;
            if (!known) {
                refusals.append(refusal::didUnknown(d));
                continue;
            }
            if (c == 0) {
                refusals.append(refusal::didInInventory(d));
                continue;
            }
            QString account;
            bool owned = false;
            if (!(s2 = dids.assignedTo(d, c, &account, &owned)).ok())
                return s2;
            if (!owned)
                refusals.append(refusal::didChangedOwner(d));
            else if (!account.isEmpty())
                refusals.append(refusal::didAssigned(d, account));
            else
                byCustomer[c].append(d);
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it) {
            for (const QString &d : it.value()) {
                QSqlQuery q;
                Status s2 = m_db.exec(QStringLiteral("UPDATE did SET i_customer = NULL"
                                                     " WHERE number = ? AND i_customer = ?"
                                                     " AND i_account IS NULL"),
                                      {d, it.key()}, &q);
                if (!s2.ok())
                    return s2;
                if (q.numRowsAffected() != 1) // assigned or given away by another desk meanwhile
                    return refused(refusal::didChangedOwner(d));
            }
            Status s2 =
                m_audit.write(it.key(), QStringLiteral("did.take"), rules::didSummary(it.value()),
                              QStringLiteral("free"), QStringLiteral("provider inventory"));
            if (!s2.ok())
                return s2;
        }
        if (taken)
            *taken = numbers;
        return Status();
    });
}

} // namespace ad
