#include "setupargs.h"

#include "context.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace ad::cli {

int feeOption(Context &ctx, const QString &option, bool noneAllowed, std::optional<qint64> *fee)
{
    const QString text = ctx.args().value(option);
    const auto parsed = money::parseFee(text);
    if (!parsed || (!noneAllowed && !*parsed))
        return ctx.usage(
            noneAllowed
                ? QCoreApplication::translate("agreementdesk-cli",
                                              "%1 takes an amount in the currency's main unit "
                                              "(10, 10.00, 0.5) or none, not \"%2\".")
                      .arg(option, text)
                : QCoreApplication::translate("agreementdesk-cli",
                                              "%1 takes an amount in the currency's main unit "
                                              "(10, 10.00, 0.5), not \"%2\".")
                      .arg(option, text));
    *fee = *parsed;
    return 0;
}

int selfCareOption(Context &ctx, std::optional<bool> *inactive)
{
    const QString option = QStringLiteral("--self-care-accounts");
    if (!ctx.args().has(option))
        return 0;
    const QString v = ctx.args().value(option).trimmed().toLower();
    if (v != QLatin1String("active") && v != QLatin1String("inactive"))
        return ctx.usage(
            QCoreApplication::translate(
                "agreementdesk-cli", "--self-care-accounts takes active or inactive, not \"%1\".")
                .arg(ctx.args().value(option)));
    *inactive = v == QLatin1String("inactive");
    return 0;
}

} // namespace ad::cli
