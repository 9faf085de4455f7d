#include "services/productservice.h"

#include "domain/refusals.h"
#include "storage/snapshotrepository.h"

namespace ad {

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

} // namespace ad
