#include "commands.h"
#include "context.h"

#include "domain/rules.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {

// agreement show CUSTOMER
int show(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    if (ctx.words().size() != 2)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: agreement show CUSTOMER"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(ctx.words().at(1), &c))
        return rc;
    Desk &service = ctx.service();
    QList<AgreementLineInfo> lines;
    Status st = service.agreement.lines(c.id, &lines);
    if (!st.ok())
        return ctx.out().fail(st);
    qint64 charges = 0;
    st = service.customers.monthlyCharges(c.id, &charges);
    if (!st.ok())
        return ctx.out().fail(st);
    return ctx.out().agreement(c, lines, charges);
}

// agreement add CUSTOMER PRODUCT [--quantity N|unlimited], set CUSTOMER PRODUCT N|unlimited,
// remove CUSTOMER PRODUCT
int change(Context &ctx, const QString &sub)
{
    const bool add = sub == QLatin1String("add"), set = sub == QLatin1String("set"),
               remove = sub == QLatin1String("remove");
    if (!ctx.allowOnly(add ? QStringList{QStringLiteral("--quantity")} : QStringList{}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() != (set ? 4 : 3)) {
        if (add)
            return ctx.usage(QCoreApplication::translate(
                "agreementdesk-cli",
                "Usage: agreement add CUSTOMER PRODUCT [--quantity N|unlimited]"));
        if (set)
            return ctx.usage(QCoreApplication::translate(
                "agreementdesk-cli", "Usage: agreement set CUSTOMER PRODUCT N|unlimited"));
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "Usage: agreement remove CUSTOMER PRODUCT"));
    }
    std::optional<int> quantity;
    if (!remove) {
        const QString text =
            set ? words.at(3)
                : ctx.args().value(QStringLiteral("--quantity"), QStringLiteral("unlimited"));
        const auto q = rules::parseQuantity(text);
        if (!q.ok)
            return ctx.out().fail(Status::refused(
                QStringLiteral("quantity_invalid"),
                QCoreApplication::translate(
                    "agreementdesk-cli",
                    "\"%1\" is not a quantity: use unlimited or a whole number from 1 to 999999.")
                    .arg(text),
                QStringLiteral("quantity"), text));
        quantity = q.quantity;
    }
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(1), &c))
        return rc;
    Desk &service = ctx.service();
    const QString product = words.at(2);
    Status st;
    if (add)
        st = service.agreement.add(c.id, product, quantity);
    else if (set)
        st = service.agreement.set(c.id, product, quantity);
    else
        st = service.agreement.remove(c.id, product);
    if (remove)
        return ctx.out().agreementChanged(
            st, product, false, std::nullopt,
            QCoreApplication::translate("agreementdesk-cli", "%1 removed from %2's agreement.")
                .arg(product, c.name));
    return ctx.out().agreementChanged(
        st, product, true, quantity,
        QCoreApplication::translate("agreementdesk-cli", "%1: %2 in %3's agreement.")
            .arg(product, Output::quantityText(quantity), c.name));
}

} // namespace

int cmdAgreement(Context &ctx)
{
    const QString sub = ctx.words().value(0);
    if (sub == QLatin1String("show"))
        return show(ctx);
    if (sub == QLatin1String("add") || sub == QLatin1String("set") ||
        sub == QLatin1String("remove"))
        return change(ctx, sub);
    return ctx.usage(QCoreApplication::translate(
        "agreementdesk-cli", "Usage: agreement show|add|set|remove CUSTOMER ..."));
}

} // namespace ad::cli
