#include "commands.h"
#include "context.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {

// huntgroup add CUSTOMER NAME --number N [--sequence order|simultaneous|random|least_used]
int huntGroupAdd(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--number"), QStringLiteral("--sequence")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 3 || !args.has(QStringLiteral("--number")))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: huntgroup add CUSTOMER NAME --number N [--sequence "
                                 "order|simultaneous|random|least_used]"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    const QString name = words.at(2), number = args.value(QStringLiteral("--number"));
    const Status st = service.huntGroups.add(
        c.id, name, number, args.value(QStringLiteral("--sequence"), QStringLiteral("order")));
    return ctx.out().done(
        st, QCoreApplication::translate("agreementdesk-cli", "Hunt group %1 (%2) created for %3.")
                .arg(name, number, c.name));
}

// huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members EXT,EXT,...]
int huntGroupSet(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--number"), QStringLiteral("--sequence"),
                        QStringLiteral("--rename"), QStringLiteral("--members")}))
        return ctx.badOption();
    const Args &args = ctx.args();
    const QStringList &words = ctx.words();
    if (words.size() != 3)
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "Usage: huntgroup set CUSTOMER NAME [--rename NEW] [--number N] "
                                 "[--sequence S] [--members EXT,EXT,...]"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QString name = words.at(2);
    Status st;
    if (args.has(QStringLiteral("--rename")) || args.has(QStringLiteral("--number")) ||
        args.has(QStringLiteral("--sequence"))) {
        st = service.huntGroups.update(c.id, name, args.opt(QStringLiteral("--rename")),
                                       args.opt(QStringLiteral("--number")),
                                       args.opt(QStringLiteral("--sequence")));
        if (!st.ok())
            return ctx.out().fail(st);
        name = args.value(QStringLiteral("--rename"), name);
    }
    if (args.has(QStringLiteral("--members"))) {
        QStringList members;
        for (const QString &m : args.value(QStringLiteral("--members")).split(QLatin1Char(',')))
            if (!m.trimmed().isEmpty())
                members << m.trimmed();
        st = service.huntGroups.setMembers(c.id, name, members);
    }
    return ctx.out().done(
        st, QCoreApplication::translate("agreementdesk-cli", "Hunt group %1 updated.").arg(name));
}

// huntgroup list CUSTOMER
int huntGroupList(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != 2)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup list CUSTOMER"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QList<HuntGroupInfo> list;
    const Status st = service.huntGroups.list(c.id, &list);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().huntGroups(c, list);
}

} // namespace

int cmdHuntGroup(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("add"))
        return huntGroupAdd(ctx);
    if (sub == QLatin1String("set"))
        return huntGroupSet(ctx);
    if (sub == QLatin1String("list"))
        return huntGroupList(ctx);
    return ctx.usage(
        QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup add|set|list ..."));
}

} // namespace ad::cli
