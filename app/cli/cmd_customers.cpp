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

// customer add NAME [--currency USD] [--timezone TZ]
int cmdCustomer(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--currency"), QStringLiteral("--timezone")}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2 || words.first() != QLatin1String("add"))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: customer add NAME [--currency USD] [--timezone TZ]"));
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const Args &args = ctx.args();
    const QString name = words.at(1);
    const QString currency = args.value(QStringLiteral("--currency"), QStringLiteral("USD"));
    const QString timeZone = args.value(QStringLiteral("--timezone"), QStringLiteral("UTC"));
    qint64 id = 0;
    const Status st = service.customers.add(name, currency, timeZone, &id);
    return ctx.out().customerAdded(
        st, id,
        QCoreApplication::translate("agreementdesk-cli", "Customer %1 created: i_customer %2.")
            .arg(name)
            .arg(id));
}

} // namespace ad::cli
