// subscription add|set|remove and subscriptions: what is charged to a customer directly
// (cli.md "Commands added for the provider's set-up").
#include "commands.h"
#include "context.h"
#include "setupargs.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {
QString usageText()
{
    return QCoreApplication::translate("agreementdesk-cli",
                                       "Usage: subscription add CUSTOMER NAME --fee AMOUNT\n"
                                       "       subscription set CUSTOMER NAME --fee AMOUNT\n"
                                       "       subscription remove CUSTOMER NAME");
}
} // namespace

int cmdSubscription(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    const bool add = sub == QLatin1String("add"), set = sub == QLatin1String("set"),
               remove = sub == QLatin1String("remove");
    if (!add && !set && !remove)
        return ctx.usage(usageText());
    if (!ctx.allowOnly(remove ? QStringList{} : QStringList{QStringLiteral("--fee")}))
        return ctx.badOption();
    if (ctx.words().size() != 3 || (!remove && !ctx.args().has(QStringLiteral("--fee"))))
        return ctx.usage(usageText());
    std::optional<qint64> fee;
    if (!remove)
        if (int rc = feeOption(ctx, QStringLiteral("--fee"), false, &fee))
            return rc;
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(1), &c))
        return rc;
    const QString name = ctx.words().at(2).simplified();
    SubscriptionService &subscriptions = ctx.service().subscriptions;
    if (add)
        return ctx.out().subscriptionChanged(
            subscriptions.add(c.id, name, *fee), c, name, fee,
            QCoreApplication::translate("agreementdesk-cli",
                                        "Subscription \"%1\" (%2 a month) charged to %3.")
                .arg(name, Output::money(*fee, c.currency), c.name));
    if (set)
        return ctx.out().subscriptionChanged(
            subscriptions.setFee(c.id, name, *fee), c, name, fee,
            QCoreApplication::translate("agreementdesk-cli",
                                        "Subscription \"%1\" of %2 now costs %3 a month.")
                .arg(name, c.name, Output::money(*fee, c.currency)));
    return ctx.out().subscriptionChanged(
        subscriptions.remove(c.id, name), c, name, std::nullopt,
        QCoreApplication::translate("agreementdesk-cli", "Subscription \"%1\" of %2 removed.")
            .arg(name, c.name));
}

// subscriptions CUSTOMER
int cmdSubscriptions(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 1)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: subscriptions CUSTOMER"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(0), &c))
        return rc;
    QList<SubscriptionInfo> list;
    const Status st = ctx.service().subscriptions.list(c.id, &list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().subscriptions(c, list);
}

} // namespace ad::cli
