#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

// customers [--filter TEXT]
int cmdCustomers(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--filter")}))
        return ctx.badOption();
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    QList<CustomerInfo> list;
    const Status st = service.customers.list(&list, ctx.args().value(QStringLiteral("--filter")));
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().customers(list);
}

} // namespace ad::cli
