#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

// history CUSTOMER [--filter TEXT]: the customer's audit trail, newest first
int cmdHistory(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--filter")}))
        return ctx.badOption();
    if (ctx.words().size() != 1)
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: history CUSTOMER [--filter TEXT]"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(0), &c))
        return rc;
    Desk &service = ctx.service();
    QList<AuditEntry> list;
    const Status st =
        service.customers.history(c.id, &list, ctx.args().value(QStringLiteral("--filter")));
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().history(c, list);
}

} // namespace ad::cli
