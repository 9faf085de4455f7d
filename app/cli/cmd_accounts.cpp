#include "commands.h"
#include "context.h"

#include "domain/rules.h"

#include <QCoreApplication>
#include <QHash>

namespace ad::cli {

namespace {

// CLI option names for the CSV columns a one-row plan reports.
QList<Problem> withOptionNames(QList<Problem> problems)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Extension number"), QStringLiteral("number")},
        {QStringLiteral("Name"), QStringLiteral("--name")},
        {QStringLiteral("DID numbers"), QStringLiteral("--did")},
        {QStringLiteral("Published"), QStringLiteral("--published")},
        {QStringLiteral("Email for notifications"), QStringLiteral("--email")},
        {QStringLiteral("Timezone"), QStringLiteral("--timezone")},
        {QStringLiteral("Product"), QStringLiteral("--product")},
        {QStringLiteral("Huntgroup"), QStringLiteral("--huntgroup")}};
    for (Problem &p : problems)
        p.field = names.value(p.field, p.field);
    return problems;
}

// account add CUSTOMER ID --product P [--inactive]
int accountAdd(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--product"), QStringLiteral("--inactive")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 3 || !args.has(QStringLiteral("--product")))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: account add CUSTOMER ID --product P [--inactive]"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    CreatedAccount a;
    const Status st = service.accounts.addGenericAccount(
        c.id, words.at(2), args.value(QStringLiteral("--product")),
        args.has(QStringLiteral("--inactive")), &a);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().created(a, c.currency);
}

// account addon add|remove ACCOUNT_ID PRODUCT
int accountAddon(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    const QString op = words.value(1);
    const bool add = op == QLatin1String("add");
    if (words.size() != 4 || (!add && op != QLatin1String("remove")))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: account addon add|remove ACCOUNT_ID PRODUCT"));
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const QString id = words.at(2), product = words.at(3);
    if (add) {
        const Status st = service.accountState.addonAdd(id, product);
        return ctx.out().addonChanged(
            st, id, product,
            QCoreApplication::translate("agreementdesk-cli", "Added %1 to %2.").arg(product, id));
    }
    const Status st = service.accountState.addonRemove(id, product);
    return ctx.out().addonChanged(
        st, id, product,
        QCoreApplication::translate("agreementdesk-cli", "Removed %1 from %2.").arg(product, id));
}

// account block|unblock|activate|close ACCOUNT_ID
int accountState(Context &ctx, const QString &sub)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 2)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: account %1 ACCOUNT_ID")
                .arg(sub));
    if (int rc = ctx.openDb())
        return rc;
    Desk &service = ctx.service();
    const QString id = ctx.words().at(1);
    Status st;
    QString done;
    if (sub == QLatin1String("block")) {
        st = service.accountState.block(id);
        done =
            ctx.actor().asCustomer
                ? QCoreApplication::translate("agreementdesk-cli", "Blocked %1 (by the customer).")
                      .arg(id)
                : QCoreApplication::translate("agreementdesk-cli",
                                              "Blocked %1 (by an administrator).")
                      .arg(id);
    } else if (sub == QLatin1String("unblock")) {
        st = service.accountState.unblock(id);
        done = QCoreApplication::translate("agreementdesk-cli", "Unblocked %1.").arg(id);
    } else if (sub == QLatin1String("activate")) {
        st = service.accountState.activate(id);
        done = QCoreApplication::translate("agreementdesk-cli", "Activated %1.").arg(id);
    } else {
        st = service.accountState.close(id);
        done =
            QCoreApplication::translate(
                "agreementdesk-cli",
                "Closed %1; its DIDs went back to the customer's pool and it left its hunt groups.")
                .arg(id);
    }
    AccountInfo info;
    const bool found = st.ok() && service.accounts.find(id, &info).ok();
    return ctx.out().accountChanged(st, found ? &info : nullptr, done);
}

} // namespace

// extension add CUSTOMER NUMBER --product P [--name N] [--did D,...] [--published Y|N] [--email E]
//                                          [--timezone TZ] [--huntgroup H] [--inactive]
int cmdExtension(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--product"), QStringLiteral("--name"),
                        QStringLiteral("--did"), QStringLiteral("--published"),
                        QStringLiteral("--email"), QStringLiteral("--timezone"),
                        QStringLiteral("--huntgroup"), QStringLiteral("--inactive")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 3 || words.first() != QLatin1String("add"))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: extension add CUSTOMER NUMBER --product P [--name N] "
                                 "[--did D,...] [--published Y|N] "
                                 "[--email E] [--timezone TZ] [--huntgroup H] [--inactive]"));
    if (!args.has(QStringLiteral("--product")))
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "extension add needs --product."));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    ExtensionRequest r;
    r.number = words.at(2);
    r.product = args.value(QStringLiteral("--product"));
    r.name = args.value(QStringLiteral("--name"));
    r.dids = rules::splitDids(args.value(QStringLiteral("--did")));
    r.published = args.value(QStringLiteral("--published"));
    r.email = args.value(QStringLiteral("--email"));
    r.timeZone = args.value(QStringLiteral("--timezone"));
    r.huntGroup = args.value(QStringLiteral("--huntgroup"));
    r.inactive = args.has(QStringLiteral("--inactive"));
    Desk &service = ctx.service();
    CreatedAccount a;
    const Status st = service.accounts.addExtension(c.id, r, &a);
    if (!st.ok())
        return ctx.out().fail(st.kind() == Status::Kind::Refused
                                  ? Status::refused(withOptionNames(st.problems()))
                                  : st);
    return ctx.out().created(a, c.currency);
}

// auto-attendant add CUSTOMER --product P [--name N] [--did D,...] [--inactive]
int cmdAutoAttendant(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--product"), QStringLiteral("--name"),
                        QStringLiteral("--did"), QStringLiteral("--inactive")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 2 || words.first() != QLatin1String("add"))
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: auto-attendant add CUSTOMER --product "
                                                     "P [--name N] [--did D,...] [--inactive]"));
    if (!args.has(QStringLiteral("--product")))
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "auto-attendant add needs --product."));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    CreatedAccount a;
    const Status st = service.accounts.addAutoAttendant(
        c.id, args.value(QStringLiteral("--product")), args.value(QStringLiteral("--name")),
        rules::splitDids(args.value(QStringLiteral("--did"))),
        args.has(QStringLiteral("--inactive")), &a);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().created(a, c.currency);
}

// account add|addon|block|unblock|activate|close ...
int cmdAccount(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("add"))
        return accountAdd(ctx);
    if (sub == QLatin1String("addon"))
        return accountAddon(ctx);
    static const QStringList ops = {QStringLiteral("block"), QStringLiteral("unblock"),
                                    QStringLiteral("activate"), QStringLiteral("close")};
    if (ops.contains(sub))
        return accountState(ctx, sub);
    return ctx.usage(QCoreApplication::translate(
        "agreementdesk-cli", "Usage: account add|block|unblock|activate|close|addon ..."));
}

// accounts CUSTOMER
int cmdAccounts(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 1)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: accounts CUSTOMER"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(0), &c))
        return rc;
    Desk &service = ctx.service();
    QList<AccountInfo> list;
    const Status st = service.accounts.list(c.id, &list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().accounts(c, list);
}

} // namespace ad::cli
