#include "commands.h"
#include "context.h"

namespace ad::cli {

// products
int cmdProducts(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    QList<ProductInfo> list;
    const Status st = service.products.list(&list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().products(list);
}

} // namespace ad::cli
