#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

// history [CUSTOMER] [--filter TEXT]: the customer's audit trail, newest first; without a
// customer the provider-wide trail (products, customers, the DID inventory and every customer's
// entries), which the self-care path may not read.
int cmdHistory(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--filter")}))
        return ctx.badOption();
    if (ctx.words().size() > 1)
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: history [CUSTOMER] [--filter TEXT]"));
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const QString filter = ctx.args().value(QStringLiteral("--filter"));
    if (ctx.words().isEmpty()) {
        QList<ProviderAuditEntry> all;
        const Status st = service.customers.providerHistory(&all, filter);
        if (!st.ok())
            return ctx.out().fail(st);
        return ctx.out().providerHistory(all);
    }
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(0), &c))
        return rc;
    QList<AuditEntry> list;
    const Status st = service.customers.history(c.id, &list, filter);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().history(c, list);
}

} // namespace ad::cli
