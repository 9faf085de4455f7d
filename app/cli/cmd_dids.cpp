#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {

// did add CUSTOMER NUMBER|FIRST..LAST ...
int didAdd(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() < 3)
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: did add CUSTOMER NUMBER|FIRST..LAST ..."));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QStringList added;
    const Status st = service.dids.add(c.id, words.mid(2), &added);
    return ctx.out().didsGiven(st, added,
                               QCoreApplication::translate("agreementdesk-cli",
                                                           "%n DID(s) given to %1.", nullptr,
                                                           added.size())
                                   .arg(c.name));
}

// did assign ACCOUNT_ID NUMBER
int didAssign(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 3)
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: did assign ACCOUNT_ID NUMBER"));
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const Status st = service.dids.assign(words.at(1), words.at(2));
    return ctx.out().done(st,
                          QCoreApplication::translate("agreementdesk-cli", "DID %1 assigned to %2.")
                              .arg(words.at(2), words.at(1)));
}

// did release NUMBER [--to-inventory]
int didRelease(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--to-inventory")}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: did release NUMBER [--to-inventory]"));
    // Back to the inventory: the same as did take (only a free number, the administrator's).
    if (ctx.args().has(QStringLiteral("--to-inventory")))
        return cmdDidTake(ctx);
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const Status st = service.dids.release(words.at(1), false);
    return ctx.out().done(
        st, QCoreApplication::translate("agreementdesk-cli",
                                        "DID %1 released; it is free in the customer's pool.")
                .arg(words.at(1)));
}

// did list CUSTOMER
int didList(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: did list CUSTOMER"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QList<DidInfo> list;
    const Status st = service.dids.list(c.id, &list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().dids(list);
}

} // namespace

int cmdDid(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("add"))
        return didAdd(ctx);
    if (sub == QLatin1String("assign"))
        return didAssign(ctx);
    if (sub == QLatin1String("release"))
        return didRelease(ctx);
    if (sub == QLatin1String("list"))
        return didList(ctx);
    if (sub == QLatin1String("inventory"))
        return cmdDidInventory(ctx);
    if (sub == QLatin1String("give"))
        return cmdDidGive(ctx);
    if (sub == QLatin1String("take"))
        return cmdDidTake(ctx);
    return ctx.usage(QCoreApplication::translate(
        "agreementdesk-cli", "Usage: did add|assign|release|list|inventory|give|take ..."));
}

} // namespace ad::cli
