#include "services/accountservice.h"

#include "domain/customersnapshot.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/extensionplan.h"
#include "services/transaction.h"
#include "storage/accountrepository.h"
#include "storage/accountwriter.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

namespace ad {

namespace {
QString statusText(bool inactive)
{
    return inactive ? QStringLiteral("inactive") : QStringLiteral("active");
}

// The agreement gate and the quantity for one new account of `productName`: a main product of
// the agreement with room for one more account.
Status checkCanCreate(const CustomerSnapshot &s, const QString &productName, ProductInfo *product)
{
    const auto found = s.productsByFoldedName.constFind(productName.simplified().toCaseFolded());
    if (productName.trimmed().isEmpty())
        return refused(refusal::productMissing());
    if (found == s.productsByFoldedName.constEnd())
        return refused(refusal::productUnknown(productName));
    if (!found->isMain)
        return refused(refusal::productNotMain(found->name, productName));
    const auto line = s.agreement.constFind(found->id);
    if (line == s.agreement.constEnd())
        return refused(refusal::productNotInAgreement(found->name, s.name, productName));
    if (found->retired)
        return refused(refusal::productRetired(found->name, productName));
    if (line->quantity && line->inUse + 1 > *line->quantity)
        return refused(refusal::quantityExceeded(*line->quantity, found->name, productName));
    *product = *found;
    return {};
}

// Inserts a new account (active, or inactive until an administrator activates it).
Status insertAccount(Database &db, const QString &id, qint64 c, qint64 iProduct, bool inactive,
                     qint64 iAudit, qint64 *iAccount)
{
    const QString now = Database::nowUtc();
    return db.insert(
        QStringLiteral(
            "INSERT INTO account (id, role, i_customer, i_product, status, blocked, created_at,"
            " activated_at, i_audit) VALUES (?, 'universal', ?, ?, ?, 'no', ?, ?, ?)"),
        {id, c, iProduct, statusText(inactive), now,
         inactive ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now), iAudit},
        QStringLiteral("i_account"), iAccount);
}
} // namespace

Status AccountService::list(qint64 c, QList<AccountInfo> *out)
{
    CustomerInfo info;
    Status st = CustomerRepository(m_db).get(c, &info);
    if (!st.ok())
        return st;
    return AccountRepository(m_db).ofCustomer(c, out);
}

Status AccountService::find(const QString &accountId, AccountInfo *out, qint64 *iCustomer)
{
    AccountRepository accounts(m_db);
    AccountRow row;
    Status st = accounts.row(accountId, &row);
    if (!st.ok())
        return st;
    bool found = false;
    st = accounts.byId(accountId.trimmed(), out, &found);
    if (!st.ok())
        return st;
    if (!found)
        return refused(refusal::accountUnknown(accountId));
    if (iCustomer)
        *iCustomer = row.iCustomer;
    return {};
}

Status AccountService::addExtension(qint64 c, const ExtensionRequest &r, CreatedAccount *out)
{
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        s.viaSelfCare = m_audit.actor().asCustomer;
        const ImportPlan plan = planExtension(s, r);
        if (plan.hasErrors())
            return Status::refused(plan.errors);
        const PlannedAccount &a = plan.accounts.first();
        qint64 iAudit = 0;
        st = m_audit.write(
            c, QStringLiteral("extension.add"), a.accountId, QString(),
            QStringLiteral("extension %1 \"%2\", %3, %4%5%6")
                .arg(a.extension, a.name, a.product, statusText(!a.active),
                     a.dids.isEmpty()
                         ? QString()
                         : QStringLiteral(", DIDs ") + a.dids.join(QStringLiteral(" ")),
                     a.huntGroup.isEmpty() ? QString()
                                           : QStringLiteral(", hunt group ") + a.huntGroup),
            &iAudit);
        if (!st.ok())
            return st;
        st = AccountWriter(m_db).write(c, plan.accounts, iAudit);
        if (!st.ok())
            return st;
        if (out) {
            out->accountId = a.accountId;
            out->product = a.product;
            out->status = statusText(!a.active);
            out->dids = a.dids;
            out->huntGroup = a.huntGroup;
            out->chargesBefore = plan.chargesBefore;
            out->chargesAfter = plan.chargesAfter;
        }
        return Status();
    });
}

Status AccountService::addAutoAttendant(qint64 c, const QString &productName, const QString &name,
                                        const QStringList &didTexts, bool inactive,
                                        CreatedAccount *out)
{
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        s.viaSelfCare = m_audit.actor().asCustomer;
        inactive = inactive || s.newAccountsInactive();
        QList<Problem> problems;
        ProductInfo p;
        st = checkCanCreate(s, productName, &p);
        if (!st.ok())
            problems += st.problems();
        if (!rules::isValidName(name.trimmed()))
            problems.append(refusal::nameInvalid(name));
        QStringList dids;
        for (const QString &raw : didTexts) {
            const auto d = rules::normaliseDid(raw);
            if (!d)
                problems.append(refusal::didInvalidForAccount(raw));
            else if (dids.contains(*d))
                problems.append(refusal::didListedTwice(*d, raw));
            else if (!s.dids.contains(*d))
                problems.append(refusal::didNotProvided(*d, s.name, raw));
            else if (s.dids.value(*d) != 0)
                problems.append(refusal::didTakenForAccount(*d, raw));
            else
                dids << *d;
        }
        const QString id = rules::autoAttendantAccountId(c, s.nextAa);
        bool exists = false;
        if (!(st = AccountRepository(m_db).idExists(id, &exists)).ok())
            return st;
        if (exists)
            problems.append(refusal::accountExists(id));
        if (!problems.isEmpty())
            return Status::refused(problems);

        qint64 iAudit = 0;
        st = m_audit.write(c, QStringLiteral("auto_attendant.add"), id, QString(),
                           QStringLiteral("\"%1\", %2, %3%4")
                               .arg(name.trimmed(), p.name, statusText(inactive),
                                    dids.isEmpty()
                                        ? QString()
                                        : QStringLiteral(", DIDs ") + dids.join(QLatin1Char(' '))),
                           &iAudit);
        if (!st.ok())
            return st;
        qint64 iAccount = 0;
        if (!(st = insertAccount(m_db, id, c, p.id, inactive, iAudit, &iAccount)).ok())
            return st;
        st = m_db.exec(
            QStringLiteral(
                "INSERT INTO extension (i_customer, kind, number, aa_seq, name, published, email,"
                " time_zone, i_account) VALUES (?, 'auto_attendant', NULL, ?, ?, 0, '', ?, ?)"),
            {c, s.nextAa, rules::nonNull(name.trimmed()), s.timeZone, iAccount});
        if (!st.ok())
            return st;
        st = m_db.exec(QStringLiteral("UPDATE customer SET next_aa = ? WHERE i_customer = ?"),
                       {s.nextAa + 1, c});
        if (!st.ok())
            return st;
        for (const QString &d : dids) {
            st = m_db.exec(QStringLiteral("UPDATE did SET i_account = ? WHERE number = ? AND "
                                          "i_customer = ? AND i_account IS NULL"),
                           {iAccount, d, c});
            if (!st.ok())
                return st;
        }
        if (out) {
            out->accountId = id;
            out->product = p.name;
            out->status = statusText(inactive);
            out->dids = dids;
            out->chargesBefore = s.monthlyCharges;
            out->chargesAfter = s.monthlyCharges + (inactive ? 0 : p.feeOrZero());
        }
        return Status();
    });
}

Status AccountService::addGenericAccount(qint64 c, const QString &idText,
                                         const QString &productName, bool inactive,
                                         CreatedAccount *out)
{
    const QString id = idText.trimmed();
    return Transaction::run(m_db, c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = SnapshotRepository(m_db).load(c, &s);
        if (!st.ok())
            return st;
        s.viaSelfCare = m_audit.actor().asCustomer;
        inactive = inactive || s.newAccountsInactive();
        QList<Problem> problems;
        if (!rules::isValidGenericAccountId(id)) {
            problems.append(refusal::accountIdInvalid(id));
        } else {
            bool exists = false;
            if (!(st = AccountRepository(m_db).idExists(id, &exists)).ok())
                return st;
            if (exists)
                problems.append(refusal::accountIdTaken(id));
        }
        ProductInfo p;
        st = checkCanCreate(s, productName, &p);
        if (!st.ok())
            problems += st.problems();
        if (!problems.isEmpty())
            return Status::refused(problems);
        qint64 iAudit = 0;
        st = m_audit.write(c, QStringLiteral("account.add"), id, QString(),
                           QStringLiteral("%1, %2").arg(p.name, statusText(inactive)), &iAudit);
        if (!st.ok())
            return st;
        if (!(st = insertAccount(m_db, id, c, p.id, inactive, iAudit, nullptr)).ok())
            return st;
        if (out) {
            out->accountId = id;
            out->product = p.name;
            out->status = statusText(inactive);
            out->chargesBefore = s.monthlyCharges;
            out->chargesAfter = s.monthlyCharges + (inactive ? 0 : p.feeOrZero());
        }
        return Status();
    });
}

} // namespace ad
