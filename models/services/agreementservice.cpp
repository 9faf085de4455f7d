#include "services/agreementservice.h"

#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/permissions.h"
#include "services/productservice.h"
#include "services/transaction.h"
#include "storage/agreementrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace ad {

namespace {
QString quantityText(std::optional<int> q)
{
    return q ? QString::number(*q) : QStringLiteral("Unlimited");
}

QVariant quantityValue(std::optional<int> q)
{
    return q ? QVariant(*q) : QVariant(QMetaType(QMetaType::Int));
}

bool validQuantity(std::optional<int> q)
{
    return !q || (*q >= 1 && *q <= rules::kMaxQuantity);
}

// Changing the agreement is the administrator's (domain.md "Who may do what"); checked first.
Status requireAdminFor(const Actor &actor)
{
    return requireAdmin(actor,
                        QCoreApplication::translate("ad::Permissions", "change the agreement"));
}
} // namespace

Status AgreementService::lines(qint64 c, QList<AgreementLineInfo> *out)
{
    CustomerInfo info;
    Status st = CustomerRepository(m_db).get(c, &info);
    if (!st.ok())
        return st;
    return AgreementRepository(m_db).lines(c, out);
}

Status AgreementService::add(qint64 c, const QString &productName, std::optional<int> quantity)
{
    if (Status allowed = requireAdminFor(m_audit.actor()); !allowed.ok())
        return allowed;
    if (!validQuantity(quantity))
        return refused(refusal::quantityInvalid(*quantity, QStringLiteral("quantity")));
    return Transaction::run(m_db, c, [&]() -> Status {
        ProductInfo p;
        Status st = ProductService(m_db).find(productName, &p);
        if (!st.ok())
            return st;
        AgreementUsage line;
        bool listed = false;
        if (!(st = AgreementRepository(m_db).usage(c, p.id, &line, &listed)).ok())
            return st;
        if (listed)
            return refused(refusal::productInAgreement(p.name));
        if (p.retired)
            return refused(refusal::productRetired(p.name, productName));
        CustomerInfo customer;
        if (!(st = CustomerRepository(m_db).get(c, &customer)).ok())
            return st;
        if (p.currency != customer.currency)
            return refused(refusal::currencyMismatch(p.currency, customer.currency));
        st = m_db.exec(QStringLiteral("INSERT INTO agreement_line (i_customer, i_product, "
                                      "quantity, in_use) VALUES (?, ?, ?, 0)"),
                       {c, p.id, quantityValue(quantity)});
        if (!st.ok())
            return st;
        return m_audit.write(c, QStringLiteral("agreement.add"), p.name, QString(),
                             quantityText(quantity));
    });
}

Status AgreementService::setMany(qint64 c, const QList<QuantityChange> &changes)
{
    if (Status allowed = requireAdminFor(m_audit.actor()); !allowed.ok())
        return allowed;
    for (const auto &ch : changes)
        if (!validQuantity(ch.quantity))
            return refused(refusal::quantityInvalid(*ch.quantity, ch.product));
    return Transaction::run(m_db, c, [&]() -> Status {
        QList<Problem> problems;
        struct Update {
            ProductInfo p;
            std::optional<int> oldQ, newQ;
        };
        QList<Update> updates;
        for (const auto &ch : changes) {
            ProductInfo p;
            Status st = ProductService(m_db).find(ch.product, &p);
            if (!st.ok()) {
                if (st.kind() != Status::Kind::Refused)
                    return st;
                problems += st.problems();
                continue;
            }
            AgreementUsage line;
            bool listed = false;
            if (!(st = AgreementRepository(m_db).usage(c, p.id, &line, &listed)).ok())
                return st;
            if (!listed) {
                problems.append(refusal::productNotInAgreementToChange(p.name));
                continue;
            }
            if (ch.checkExpected && line.quantity != ch.expected) {
                problems.append(refusal::quantityChangedMeanwhile(p.name, quantityText(ch.expected),
                                                                  quantityText(line.quantity),
                                                                  quantityText(ch.quantity)));
                continue;
            }
            if (ch.quantity && *ch.quantity < line.inUse) {
                problems.append(refusal::quantityBelowUsage(p.name, line.inUse, *ch.quantity));
                continue;
            }
            updates.append({p, line.quantity, ch.quantity});
        }
        if (!problems.isEmpty())
            return Status::refused(problems);
        for (const Update &u : updates) {
            if (u.oldQ == u.newQ)
                continue;
            Status st = m_db.exec(QStringLiteral("UPDATE agreement_line SET quantity = ? WHERE "
                                                 "i_customer = ? AND i_product = ?"),
                                  {quantityValue(u.newQ), c, u.p.id});
            if (!st.ok())
                return st;
            st = m_audit.write(c, QStringLiteral("agreement.set"), u.p.name, quantityText(u.oldQ),
                               quantityText(u.newQ));
            if (!st.ok())
                return st;
        }
        return Status();
    });
}

Status AgreementService::set(qint64 c, const QString &product, std::optional<int> quantity)
{
    return setMany(c, {QuantityChange(product, quantity)});
}

Status AgreementService::remove(qint64 c, const QString &productName)
{
    if (Status allowed = requireAdminFor(m_audit.actor()); !allowed.ok())
        return allowed;
    return Transaction::run(m_db, c, [&]() -> Status {
        ProductInfo p;
        Status st = ProductService(m_db).find(productName, &p);
        if (!st.ok())
            return st;
        AgreementUsage line;
        bool listed = false;
        if (!(st = AgreementRepository(m_db).usage(c, p.id, &line, &listed)).ok())
            return st;
        if (!listed)
            return refused(refusal::productNotInAgreementToRemove(p.name));
        if (line.inUse > 0)
            return refused(refusal::productInUse(p.name, line.inUse));
        st = m_db.exec(
            QStringLiteral("DELETE FROM agreement_line WHERE i_customer = ? AND i_product = ?"),
            {c, p.id});
        if (!st.ok())
            return st;
        return m_audit.write(c, QStringLiteral("agreement.remove"), p.name,
                             quantityText(line.quantity), QString());
    });
}

} // namespace ad
