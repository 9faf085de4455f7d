// customer add|set|show: creating a customer, changing its details and settings, and showing
// them with its subscriptions and charges estimate (cli.md "Commands added for the provider's
// set-up").
#include "commands.h"
#include "context.h"
#include "setupargs.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "agreementdesk-cli",
        "Usage: customer add NAME [--currency USD] [--timezone TZ] "
        "[--self-care-accounts active|inactive]\n"
        "       customer set CUSTOMER [--rename NEW] [--timezone TZ] [--currency CUR]\n"
        "                    [--self-care-accounts active|inactive]\n"
        "       customer show CUSTOMER");
}

// customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts active|inactive]
int add(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--currency"), QStringLiteral("--timezone"),
                        QStringLiteral("--self-care-accounts")}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(usageText());
    std::optional<bool> selfCareInactive;
    if (int rc = selfCareOption(ctx, &selfCareInactive))
        return rc;
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const Args &args = ctx.args();
    const QString name = words.at(1);
    const QString currency = args.value(QStringLiteral("--currency"), QStringLiteral("USD"));
    const QString timeZone = args.value(QStringLiteral("--timezone"), QStringLiteral("UTC"));
    qint64 id = 0;
    const Status st =
        service.customers.add(name, currency, timeZone, selfCareInactive.value_or(false), &id);
    CustomerInfo c;
    const bool found = st.ok() && service.customers.get(id, &c).ok();
    return ctx.out().customerChanged(
        st, found ? &c : nullptr,
        QCoreApplication::translate("agreementdesk-cli", "Customer %1 created: i_customer %2.")
            .arg(name.trimmed())
            .arg(id));
}

// customer set CUSTOMER [--rename NEW] [--timezone TZ] [--currency CUR]
//                       [--self-care-accounts active|inactive]
int set(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--rename"), QStringLiteral("--timezone"),
                        QStringLiteral("--currency"), QStringLiteral("--self-care-accounts")}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(usageText());
    CustomerChange change;
    if (int rc = selfCareOption(ctx, &change.selfCareInactive))
        return rc;
    const Args &args = ctx.args();
    change.name = args.opt(QStringLiteral("--rename"));
    change.timeZone = args.opt(QStringLiteral("--timezone"));
    change.currency = args.opt(QStringLiteral("--currency"));
    if (!change.name && !change.timeZone && !change.currency && !change.selfCareInactive)
        return ctx.usage(usageText());
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    const Status st = service.customers.change(c.id, change);
    const bool found = st.ok() && service.customers.get(c.id, &c).ok();
    return ctx.out().customerChanged(
        st, found ? &c : nullptr,
        QCoreApplication::translate("agreementdesk-cli", "Customer %1 (%2) changed.")
            .arg(c.name)
            .arg(c.id));
}

// customer show CUSTOMER
int show(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 2)
        return ctx.usage(usageText());
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QList<SubscriptionInfo> subscriptions;
    Status st = service.subscriptions.list(c.id, &subscriptions);
    ChargesBreakdown charges;
    if (st.ok())
        st = service.customers.charges(c.id, &charges);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().customerDetails(c, subscriptions, charges);
}

} // namespace

int cmdCustomer(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("set"))
        return set(ctx);
    if (sub == QLatin1String("show"))
        return show(ctx);
    return ctx.usage(usageText());
}

} // namespace ad::cli
