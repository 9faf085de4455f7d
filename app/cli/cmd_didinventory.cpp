// did inventory add|list, did give, did take: the provider's DID inventory (cli.md "Commands
// added for the provider's set-up"); did release NUMBER --to-inventory is did take.
#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

// did inventory add NUMBER|FIRST..LAST ... ; did inventory list
int cmdDidInventory(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words(); // "inventory", sub-command, numbers
    const QString sub = words.value(1);
    const bool add = sub == QLatin1String("add");
    if ((add && words.size() < 3) || (!add && (sub != QLatin1String("list") || words.size() != 2)))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli",
            "Usage: did inventory add NUMBER|FIRST..LAST ...\n       did inventory list"));
    if (int rc = ctx.openDb())
        return rc;
    DidInventoryService &inventory = ctx.service().didInventory;
    if (add) {
        QStringList added;
        const Status st = inventory.add(words.mid(2), &added);
        return ctx.out().didsGiven(
            st, added,
            QCoreApplication::translate("agreementdesk-cli",
                                        "%n DID(s) added to the provider's inventory.", nullptr,
                                        int(added.size())));
    }
    QList<InventoryDid> list;
    const Status st = inventory.list(&list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().inventory(list);
}

// did give CUSTOMER NUMBER|FIRST..LAST ...
int cmdDidGive(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() < 3)
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: did give CUSTOMER NUMBER|FIRST..LAST ..."));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    QStringList given;
    const Status st = ctx.service().didInventory.give(c.id, words.mid(2), &given);
    return ctx.out().didsGiven(st, given,
                               QCoreApplication::translate("agreementdesk-cli",
                                                           "%n DID(s) given to %1.", nullptr,
                                                           int(given.size()))
                                   .arg(c.name));
}

// did take NUMBER, did release NUMBER --to-inventory
int cmdDidTake(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--to-inventory")}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: did take NUMBER (or did release NUMBER --to-inventory)"));
    if (int rc = ctx.openDb())
        return rc;
    const Status st = ctx.service().didInventory.take(words.at(1));
    return ctx.out().done(
        st, QCoreApplication::translate("agreementdesk-cli",
                                        "DID %1 returned to the provider's inventory.")
                .arg(words.at(1)));
}

} // namespace ad::cli
