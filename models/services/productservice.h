#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"
#include "domain/records.h"
#include "services/auditlog.h"

#include <QList>
#include <optional>

namespace ad {

class Database;

// The provider's products: finding them, and the catalog's upkeep (domain.md "Provider set-up"):
// create, rename, change the fee, retire, delete one that nothing ever used. Names are unique
// case-insensitively and stored with white space collapsed. Every change is the administrator's
// (not_allowed_for_customer on the self-care path, checked first) and audited with no customer.
class ProductService {
public:
    // For reads inside other services (no changes are made through it).
    explicit ProductService(Database &db) : m_db(db), m_audit(db, Actor{}) {}
    ProductService(Database &db, const Actor &actor) : m_db(db), m_audit(db, actor) {}

    Status list(QList<ProductInfo> *out); // main products first, each kind by name; retired too
    // By name, case-insensitive and with white space collapsed (product_unknown).
    Status find(const QString &name, ProductInfo *out);
    // The catalog with its usage: the provider's list, refused to the self-care path.
    Status catalog(QList<ProductUsage> *out);

    // fee: minor units, nullopt = no fee. currency: ISO 4217 code.
    Status add(const QString &name, bool isMain, std::optional<qint64> fee, const QString &currency,
               qint64 *iProduct = nullptr);
    Status change(const QString &name, const ProductChange &change);
    Status rename(const QString &name, const QString &newName);
    Status setFee(const QString &name, std::optional<qint64> fee);
    Status retire(const QString &name);
    Status remove(const QString &name); // product_used once on an agreement or account

private:
    Status requireAdmin(const QString &what) const;

    Database &m_db;
    AuditLog m_audit;
};

} // namespace ad
