// product add|set|retire|delete: the provider's catalog (cli.md "Commands added for the
// provider's set-up").
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
        "Usage: product add NAME --kind main|addon [--fee AMOUNT|none] [--currency USD]\n"
        "       product set NAME [--rename NEW] [--fee AMOUNT|none]\n"
        "       product retire NAME\n"
        "       product delete NAME");
}

// The product as it is now (for --json), after a change that succeeded.
int report(Context &ctx, const Status &st, const QString &name, const QString &message)
{
    ProductInfo p;
    const bool found = st.ok() && ctx.service().products.find(name, &p).ok();
    return ctx.out().productChanged(st, found ? &p : nullptr, message);
}

int add(Context &ctx)
{
    if (!ctx.allowOnly(
            {QStringLiteral("--kind"), QStringLiteral("--fee"), QStringLiteral("--currency")}))
        return ctx.badOption();
    if (ctx.words().size() != 2 || !ctx.args().has(QStringLiteral("--kind")))
        return ctx.usage(usageText());
    const QString kind = ctx.args().value(QStringLiteral("--kind")).trimmed().toLower();
    const bool isMain = kind == QLatin1String("main");
    if (!isMain && kind != QLatin1String("addon") && kind != QLatin1String("add-on"))
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "--kind takes main or addon, not \"%1\".")
                             .arg(ctx.args().value(QStringLiteral("--kind"))));
    std::optional<qint64> fee;
    if (ctx.args().has(QStringLiteral("--fee")))
        if (int rc = feeOption(ctx, QStringLiteral("--fee"), true, &fee))
            return rc;
    if (int rc = ctx.openDb())
        return rc;
    const QString name = ctx.words().at(1);
    const Status st = ctx.service().products.add(
        name, isMain, fee, ctx.args().value(QStringLiteral("--currency"), QStringLiteral("USD")));
    return report(ctx, st, name,
                  QCoreApplication::translate("agreementdesk-cli", "Product \"%1\" created.")
                      .arg(name.simplified()));
}

int set(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--rename"), QStringLiteral("--fee")}))
        return ctx.badOption();
    if (ctx.words().size() != 2)
        return ctx.usage(usageText());
    ProductChange change;
    if (ctx.args().has(QStringLiteral("--rename")))
        change.name = ctx.args().value(QStringLiteral("--rename"));
    if (ctx.args().has(QStringLiteral("--fee"))) {
        std::optional<qint64> fee;
        if (int rc = feeOption(ctx, QStringLiteral("--fee"), true, &fee))
            return rc;
        change.fee = fee;
    }
    if (!change.name && !change.fee)
        return ctx.usage(usageText());
    if (int rc = ctx.openDb())
        return rc;
    const QString name = ctx.words().at(1);
    const Status st = ctx.service().products.change(name, change);
    const QString now = change.name ? *change.name : name;
    return report(ctx, st, now,
                  QCoreApplication::translate("agreementdesk-cli", "Product \"%1\" changed.")
                      .arg(now.simplified()));
}

int retireOrDelete(Context &ctx, bool retire)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 2)
        return ctx.usage(usageText());
    if (int rc = ctx.openDb())
        return rc;
    const QString name = ctx.words().at(1);
    if (retire)
        return report(ctx, ctx.service().products.retire(name), name,
                      QCoreApplication::translate(
                          "agreementdesk-cli",
                          "Product \"%1\" retired: it can no longer be added to agreements or "
                          "accounts; those that use it keep it.")
                          .arg(name));
    return ctx.out().productChanged(
        ctx.service().products.remove(name), nullptr,
        QCoreApplication::translate("agreementdesk-cli", "Product \"%1\" deleted.").arg(name));
}

} // namespace

int cmdProduct(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("set"))
        return set(ctx);
    if (sub == QLatin1String("retire"))
        return retireOrDelete(ctx, true);
    if (sub == QLatin1String("delete"))
        return retireOrDelete(ctx, false);
    return ctx.usage(usageText());
}

} // namespace ad::cli
