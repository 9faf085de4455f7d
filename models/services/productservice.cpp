#include "services/productservice.h"

#include "domain/money.h"
#include "domain/refusals.h"
#include "domain/rules.h"
#include "domain/setuprefusals.h"
#include "services/permissions.h"
#include "services/transaction.h"
#include "storage/database.h"
#include "storage/setuprepository.h"
#include "storage/snapshotrepository.h"

#include <QCoreApplication>

namespace ad {

namespace {
QString feeText(std::optional<qint64> fee)
{
    return fee ? money::plain(*fee) : QStringLiteral("none");
}

QVariant feeValue(std::optional<qint64> fee)
{
    return fee ? QVariant(*fee) : QVariant(QMetaType(QMetaType::LongLong));
}

// The name as stored: white space collapsed; empty when it is not a valid name.
QString cleanName(const QString &name)
{
    const QString n = name.simplified();
    return !n.isEmpty() && rules::isValidName(n) ? n : QString();
}

QString tp(const char *text)
{
    return QCoreApplication::translate("ad::Permissions", text);
}
} // namespace

Status ProductService::requireAdmin(const QString &what) const
{
    return ad::requireAdmin(m_audit.actor(), what);
}

Status ProductService::list(QList<ProductInfo> *out)
{
    return SnapshotRepository(m_db).products(out);
}

Status ProductService::find(const QString &name, ProductInfo *out)
{
    QList<ProductInfo> all;
    Status st = list(&all);
    if (!st.ok())
        return st;
    const QString key = name.simplified().toCaseFolded();
    for (const ProductInfo &p : all) {
        if (p.name.simplified().toCaseFolded() == key) {
            *out = p;
            return {};
        }
    }
    return refused(refusal::productUnknown(name));
}

Status ProductService::catalog(QList<ProductUsage> *out)
{
    Status st =
        requireAdmin(tp(QT_TRANSLATE_NOOP("ad::Permissions", "see the provider's product list")));
    if (!st.ok())
        return st;
    return SetupRepository(m_db).productUsage(out);
}

Status ProductService::add(const QString &name, bool isMain, std::optional<qint64> fee,
                           const QString &currency, qint64 *iProduct)
{
    Status st = requireAdmin(tp(QT_TRANSLATE_NOOP("ad::Permissions", "create products")));
    if (!st.ok())
        return st;
    const QString n = cleanName(name);
    if (n.isEmpty())
        return refused(refusal::productNameInvalid(name));
    if (!money::isCurrencyCode(currency))
        return refused(refusal::currencyInvalid(currency));
    if (fee && *fee < 0)
        return refused(refusal::feeInvalid(QString::number(*fee)));
    const QString cur = currency.trimmed().toUpper();
    return Transaction::run(m_db, 0, [&]() -> Status {
        ProductInfo existing;
        Status s2 = find(n, &existing);
        if (s2.ok())
            return refused(refusal::productExists(existing.name));
        if (s2.firstCode() != QLatin1String("product_unknown"))
            return s2;
        qint64 id = 0;
        s2 = m_db.insert(
            QStringLiteral("INSERT INTO product (name, kind, fee, currency)"
                           " VALUES (?, ?, ?, ?)"),
            {n, isMain ? QStringLiteral("main") : QStringLiteral("addon"), feeValue(fee), cur},
            QStringLiteral("i_product"), &id);
        if (!s2.ok())
            return s2;
        if (iProduct)
            *iProduct = id;
        return m_audit.write(0, QStringLiteral("product.add"), n, QString(),
                             QStringLiteral("%1, fee %2 %3")
                                 .arg(isMain ? QStringLiteral("main") : QStringLiteral("add-on"),
                                      feeText(fee), cur));
    });
}

Status ProductService::change(const QString &name, const ProductChange &change)
{
    Status st = requireAdmin(tp(QT_TRANSLATE_NOOP("ad::Permissions", "change products")));
    if (!st.ok())
        return st;
    if (!change.name && !change.fee)
        return refused(refusal::nothingToChange());
    QString newName;
    if (change.name) {
        newName = cleanName(*change.name);
        if (newName.isEmpty())
            return refused(refusal::productNameInvalid(*change.name));
    }
    if (change.fee && *change.fee && **change.fee < 0)
        return refused(refusal::feeInvalid(QString::number(**change.fee)));
    return Transaction::run(m_db, 0, [&]() -> Status {
        ProductInfo p;
        Status s2 = find(name, &p);
        if (!s2.ok())
            return s2;
        if (change.name && newName != p.name) {
            ProductInfo other;
            s2 = find(newName, &other);
            if (s2.ok() && other.id != p.id)
                return refused(refusal::productExists(other.name));
            if (!s2.ok() && s2.firstCode() != QLatin1String("product_unknown"))
                return s2;
            if (!(s2 = m_db.exec(QStringLiteral("UPDATE product SET name = ? WHERE i_product = ?"),
                                 {newName, p.id}))
                     .ok())
                return s2;
            if (!(s2 = m_audit.write(0, QStringLiteral("product.rename"), newName, p.name, newName))
                     .ok())
                return s2;
        }
        if (change.fee && *change.fee != p.fee) {
            if (!(s2 = m_db.exec(QStringLiteral("UPDATE product SET fee = ? WHERE i_product = ?"),
                                 {feeValue(*change.fee), p.id}))
                     .ok())
                return s2;
            if (!(s2 = m_audit.write(0, QStringLiteral("product.fee"),
                                     change.name ? newName : p.name, feeText(p.fee),
                                     feeText(*change.fee)))
                     .ok())
                return s2;
        }
        return Status();
    });
}

Status ProductService::rename(const QString &name, const QString &newName)
{
    ProductChange c;
    c.name = newName;
    return change(name, c);
}

Status ProductService::setFee(const QString &name, std::optional<qint64> fee)
{
    ProductChange c;
    c.fee = fee;
    return change(name, c);
}

Status ProductService::retire(const QString &name)
{
    Status st = requireAdmin(tp(QT_TRANSLATE_NOOP("ad::Permissions", "retire products")));
    if (!st.ok())
        return st;
    return Transaction::run(m_db, 0, [&]() -> Status {
        ProductInfo p;
        Status s2 = find(name, &p);
        if (!s2.ok())
            return s2;
        if (p.retired)
            return refused(refusal::productAlreadyRetired(p.name));
        if (!(s2 = m_db.exec(
                  QStringLiteral("UPDATE product SET status = 'retired' WHERE i_product = ?"),
                  {p.id}))
                 .ok())
            return s2;
        return m_audit.write(0, QStringLiteral("product.retire"), p.name, QStringLiteral("active"),
                             QStringLiteral("retired"));
    });
}

Status ProductService::remove(const QString &name)
{
    Status st = requireAdmin(tp(QT_TRANSLATE_NOOP("ad::Permissions", "delete products")));
    if (!st.ok())
        return st;
    return Transaction::run(m_db, 0, [&]() -> Status {
        ProductInfo p;
        Status s2 = find(name, &p);
        if (!s2.ok())
            return s2;
        if (p.used)
            return refused(refusal::productUsed(p.name));
        if (!(s2 = m_db.exec(QStringLiteral("DELETE FROM product WHERE i_product = ?"), {p.id}))
                 .ok())
            return s2;
        return m_audit.write(0, QStringLiteral("product.delete"), p.name,
                             QStringLiteral("%1, fee %2 %3")
                                 .arg(p.isMain ? QStringLiteral("main") : QStringLiteral("add-on"),
                                      feeText(p.fee), p.currency),
                             QString());
    });
}

} // namespace ad
