#pragma once

#include "domain/customersnapshot.h"
#include "domain/problem.h"

#include <QList>

namespace ad {

class Database;

// The provider's products.
class ProductService {
public:
    explicit ProductService(Database &db) : m_db(db) {}

    Status list(QList<ProductInfo> *out); // main products first, each kind by name
    // By name, case-insensitive and with white space collapsed (product_unknown).
    Status find(const QString &name, ProductInfo *out);

private:
    Database &m_db;
};

} // namespace ad
