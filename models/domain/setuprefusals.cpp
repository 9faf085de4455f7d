#include "domain/setuprefusals.h"

#include "domain/refusalmaking.h"

namespace ad::refusal {

using making::make;
using making::Refusals;

// ---- products

Problem productNameInvalid(const QString &name)
{
    return make(
        "product_name_invalid",
        Refusals::tr("A product name needs 1 to 100 characters, without control characters."),
        QStringLiteral("name"), name);
}

Problem productExists(const QString &name)
{
    return make("product_exists",
                Refusals::tr("A product called \"%1\" already exists (names are compared "
                             "without regard to case).")
                    .arg(name),
                QStringLiteral("name"), name);
}

Problem productRetired(const QString &product, const QString &value)
{
    return make("product_retired",
                Refusals::tr("\"%1\" is retired: it cannot be added to an agreement or an "
                             "account any more.")
                    .arg(product),
                QStringLiteral("product"), value);
}

Problem productAlreadyRetired(const QString &product)
{
    return make("product_retired", Refusals::tr("\"%1\" is retired already.").arg(product),
                QStringLiteral("product"), product);
}

Problem productUsed(const QString &product)
{
    return make("product_used",
                Refusals::tr("\"%1\" has been used on an agreement or an account; it cannot be "
                             "deleted. Retire it instead.")
                    .arg(product),
                QStringLiteral("product"), product);
}

Problem productKindInvalid(const QString &kind)
{
    return make("kind_invalid",
                Refusals::tr("A product's kind is main or addon, not \"%1\".").arg(kind),
                QStringLiteral("kind"), kind);
}

Problem feeInvalid(const QString &text)
{
    return make("fee_invalid",
                Refusals::tr("\"%1\" is not an amount: give a decimal in the currency's main "
                             "unit with at most two decimals (10, 10.00, 0.5), or none.")
                    .arg(text),
                QStringLiteral("fee"), text);
}

Problem currencyMismatch(const QString &currency, const QString &customerCurrency)
{
    return make("currency_mismatch",
                Refusals::tr("The product is priced in %1, the customer is billed in %2.")
                    .arg(currency, customerCurrency),
                QStringLiteral("currency"), currency);
}

// ---- customers

Problem currencyLocked(const QString &customer)
{
    return make("currency_locked",
                Refusals::tr("%1 has accounts or subscriptions; its currency can no longer "
                             "change.")
                    .arg(customer),
                QStringLiteral("currency"));
}

Problem selfCareSettingInvalid(const QString &value)
{
    return make("self_care_invalid",
                Refusals::tr("The self-care activation setting is active or inactive, not \"%1\".")
                    .arg(value),
                QStringLiteral("self-care-accounts"), value);
}

Problem nothingToChange()
{
    return make("nothing_to_change", Refusals::tr("Say what to change."));
}

// ---- subscriptions

Problem subscriptionNameInvalid(const QString &name)
{
    return make(
        "subscription_name_invalid",
        Refusals::tr("A subscription name needs 1 to 100 characters, without control characters."),
        QStringLiteral("name"), name);
}

Problem subscriptionExists(const QString &name, const QString &customer)
{
    return make("subscription_exists",
                Refusals::tr("%1 already has a subscription called \"%2\".").arg(customer, name),
                QStringLiteral("name"), name);
}

Problem subscriptionUnknown(const QString &name, const QString &customer)
{
    return make("subscription_unknown",
                Refusals::tr("%1 has no subscription called \"%2\".").arg(customer, name),
                QStringLiteral("name"), name);
}

// ---- the DID inventory

Problem didExists(const QString &did)
{
    return make("did_exists", Refusals::tr("DID %1 is in the inventory already.").arg(did),
                QStringLiteral("number"), did);
}

Problem didOwnedBy(const QString &did, const QString &customer)
{
    return make("did_owned_by_other", Refusals::tr("DID %1 belongs to %2.").arg(did, customer),
                QStringLiteral("number"), did);
}

Problem didNotInInventory(const QString &did)
{
    return make("did_unknown",
                Refusals::tr("DID %1 is not in the inventory; add it there first.").arg(did),
                QStringLiteral("number"), did);
}

Problem didInInventory(const QString &did)
{
    return make("did_unknown",
                Refusals::tr("DID %1 belongs to no customer; it is in the inventory.").arg(did),
                QStringLiteral("number"), did);
}

Problem didAssigned(const QString &did, const QString &accountId)
{
    return make(
        "did_assigned",
        Refusals::tr("DID %1 is assigned to account %2; release it first.").arg(did, accountId),
        QStringLiteral("number"), did);
}

} // namespace ad::refusal
