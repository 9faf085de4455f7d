#include "services/huntgroupservice.h"

#include "domain/customersnapshot.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "services/transaction.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/huntgrouprepository.h"
#include "storage/snapshotrepository.h"

#include <QSet>

namespace ad {

namespace {
const QStringList kSequences = {QStringLiteral("order"), QStringLiteral("simultaneous"),
                                QStringLiteral("random"), QStringLiteral("least_used")};

bool numberTaken(const CustomerSnapshot &s, const QString &number)
{
    return s.extensionNumbers.contains(number) || s.huntGroupNumbers.contains(number);
}
} // namespace

Status HuntGroupService::list(qint64 c, QList<HuntGroupInfo> *out)
{
    CustomerInfo info;
    Status st = CustomerRepository(m_db).get(c, &info);
    if (!st.ok())
        return st;
    return HuntGroupRepository(m_db).ofCustomer(c, out);
}

Status HuntGroupService::add(qint64 c, const QString &nameIn, const QString &numberIn,
                             const QString &sequenceIn, qint64 *id)
{
    const QString name = nameIn.trimmed();
    const QString number = numberIn.trimmed();
    const QString sequence =
        sequenceIn.isEmpty() ? QStringLiteral("order") : sequenceIn.trimmed().toLower();
    QList<Problem> problems;
    if (name.isEmpty() || !rules::isValidName(name))
        problems.append(refusal::huntGroupNameInvalid(name));
    if (!rules::isValidExtensionNumber(number))
        problems.append(refusal::huntGroupNumberInvalid(number));
    if (!kSequences.contains(sequence))
        problems.append(refusal::huntGroupSequenceInvalid(sequenceIn));
    if (!problems.isEmpty())
        return Status::refused(problems);
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        if (s.huntGroupsByFoldedName.contains(rules::foldName(name)))
            return refused(refusal::huntGroupExists(s.name, name));
        if (numberTaken(s, number))
            return refused(refusal::numberInUse(s.name, number));
        st = m_db.insert(QStringLiteral("INSERT INTO hunt_group (i_customer, name, name_key, "
                                        "number, sequence) VALUES (?, ?, ?, ?, ?)"),
                         {c, name, rules::foldName(name), number, sequence},
                         QStringLiteral("i_hunt_group"), id);
        if (!st.ok())
            return st;
        return m_audit.write(c, QStringLiteral("huntgroup.add"), name, QString(),
                             QStringLiteral("number %1, %2").arg(number, sequence));
    });
}

Status HuntGroupService::update(qint64 c, const QString &name,
                                const std::optional<QString> &newNameIn,
                                const std::optional<QString> &newNumberIn,
                                const std::optional<QString> &newSequenceIn)
{
    return Transaction::run(
        m_db, c, [&] { return updateIn(c, name, newNameIn, newNumberIn, newSequenceIn); });
}

Status HuntGroupService::save(qint64 c, const QString &name, const QString &newName,
                              const QString &newNumber, const QString &newSequence,
                              const QStringList &members)
{
    // The Edit dialog's whole change in one transaction: a refused member list leaves a rename
    // in the same save undone too (it was saved and audited while the dialog showed the
    // refusal).
    return Transaction::run(m_db, c, [&]() -> Status {
        if (Status st = updateIn(c, name, newName, newNumber, newSequence); !st.ok())
            return st;
        const QString current = newName.trimmed().isEmpty() ? name : newName.trimmed();
        return setMembersIn(c, current, members);
    });
}

Status HuntGroupService::updateIn(qint64 c, const QString &name,
                                  const std::optional<QString> &newNameIn,
                                  const std::optional<QString> &newNumberIn,
                                  const std::optional<QString> &newSequenceIn)
{
    {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(name));
        if (hg == s.huntGroupsByFoldedName.constEnd())
            return refused(refusal::huntGroupUnknown(s.name, name));
        HuntGroupInfo old;
        if (!(st = HuntGroupRepository(m_db).get(hg->id, &old)).ok())
            return st;
        const QString newName = newNameIn ? newNameIn->trimmed() : old.name;
        const QString newNumber = newNumberIn ? newNumberIn->trimmed() : old.number;
        const QString newSeq = newSequenceIn ? newSequenceIn->trimmed().toLower() : old.sequence;
        QList<Problem> problems;
        if (newName.isEmpty() || !rules::isValidName(newName))
            problems.append(refusal::huntGroupNameInvalid(newName));
        else if (rules::foldName(newName) != rules::foldName(old.name) &&
                 s.huntGroupsByFoldedName.contains(rules::foldName(newName)))
            problems.append(refusal::huntGroupExists(s.name, newName));
        if (!rules::isValidExtensionNumber(newNumber))
            problems.append(refusal::huntGroupNumberInvalid(newNumber));
        else if (newNumber != old.number && numberTaken(s, newNumber))
            problems.append(refusal::numberInUse(s.name, newNumber));
        if (!kSequences.contains(newSeq))
            problems.append(refusal::huntGroupSequenceInvalid(newSeq));
        if (!problems.isEmpty())
            return Status::refused(problems);
        // Nothing changed (e.g. the dialog saved only its members): nothing to write or audit.
        if (newName == old.name && newNumber == old.number && newSeq == old.sequence)
            return {};
        if (!(st = m_db.exec(QStringLiteral("UPDATE hunt_group SET name = ?, name_key = ?, number "
                                            "= ?, sequence = ? WHERE i_hunt_group = ?"),
                             {newName, rules::foldName(newName), newNumber, newSeq, hg->id}))
                 .ok())
            return st;
        return m_audit.write(
            c, QStringLiteral("huntgroup.update"), newName,
            QStringLiteral("%1, number %2, %3").arg(old.name, old.number, old.sequence),
            QStringLiteral("%1, number %2, %3").arg(newName, newNumber, newSeq));
    }
}

Status HuntGroupService::setMembers(qint64 c, const QString &name, const QStringList &numbers)
{
    return Transaction::run(m_db, c, [&] { return setMembersIn(c, name, numbers); });
}

Status HuntGroupService::setMembersIn(qint64 c, const QString &name, const QStringList &numbers)
{
    {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(name));
        if (hg == s.huntGroupsByFoldedName.constEnd())
            return refused(refusal::huntGroupUnknown(s.name, name));
        HuntGroupRepository groups(m_db);
        QList<Problem> problems;
        QList<qint64> extensions;
        QSet<QString> seen;
        for (const QString &raw : numbers) {
            const QString n = raw.trimmed();
            if (seen.contains(n)) {
                problems.append(refusal::memberDuplicate(n));
                continue;
            }
            seen.insert(n);
            qint64 iExtension = 0;
            bool open = false;
            if (!(st = groups.openExtension(c, n, &iExtension, &open)).ok())
                return st;
            if (!open) {
                problems.append(refusal::memberUnknown(s.name, n));
                continue;
            }
            extensions << iExtension;
        }
        if (!problems.isEmpty())
            return Status::refused(problems);
        QList<HuntGroupInfo> before;
        if (!(st = groups.ofCustomer(c, &before)).ok())
            return st;
        QString old;
        for (const auto &h : before)
            if (h.id == hg->id)
                old = h.members.join(QLatin1Char(' '));
        QStringList trimmed;
        for (const QString &n : numbers)
            trimmed << n.trimmed();
        // The same members in the same order: nothing to write or audit.
        if (old == trimmed.join(QLatin1Char(' ')))
            return {};
        if (!(st = m_db.exec(QStringLiteral("DELETE FROM hunt_group_member WHERE i_hunt_group = ?"),
                             {hg->id}))
                 .ok())
            return st;
        for (int i = 0; i < extensions.size(); ++i)
            if (!(st = m_db.exec(QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, "
                                                "i_extension, position) VALUES (?, ?, ?)"),
                                 {hg->id, extensions.at(i), i + 1}))
                     .ok())
                return st;
        return m_audit.write(c, QStringLiteral("huntgroup.members"), hg->name, old,
                             trimmed.join(QLatin1Char(' ')));
    }
}

} // namespace ad
