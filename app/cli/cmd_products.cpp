#include "commands.h"
#include "context.h"

namespace ad::cli {

// products: the provider's catalog, retired products marked; refused to --as customer (the
// customer sees its products through its agreement).
int cmdProducts(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    QList<ProductUsage> list;
    const Status st = service.products.catalog(&list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().catalog(list);
}

} // namespace ad::cli
