#include "domain/refusals.h"

#include "domain/refusalmaking.h"

namespace ad::refusal {

using making::make;
using making::Refusals;

// ---- who may do what

Problem notAllowedForCustomer(const QString &what)
{
    return make(
        "not_allowed_for_customer",
        Refusals::tr("The customer's self-care path may not %1; only an administrator "
                     "can (run it without --as customer, or leave \"Act as the customer\").")
            .arg(what));
}

// ---- customers

Problem customerUnknown(const QString &spec)
{
    return make(
        "customer_unknown",
        Refusals::tr("There is no customer \"%1\" (give the i_customer number or the exact name).")
            .arg(spec),
        QStringLiteral("customer"), spec);
}

Problem customerIdUnknown(qint64 iCustomer)
{
    return make("customer_unknown", Refusals::tr("There is no customer %1.").arg(iCustomer),
                QStringLiteral("customer"));
}

Problem customerNameInvalid(const QString &name)
{
    return make(
        "customer_name_invalid",
        Refusals::tr("A customer name needs 1 to 200 characters, without control characters."),
        QStringLiteral("name"), name);
}

Problem currencyInvalid(const QString &currency)
{
    return make(
        "currency_invalid",
        Refusals::tr("\"%1\" is not an ISO 4217 currency code such as USD or EUR.").arg(currency),
        QStringLiteral("currency"), currency);
}

Problem customerTimeZoneInvalid(const QString &timeZone)
{
    return make("timezone_invalid",
                Refusals::tr("\"%1\" is not a time zone; use an IANA name such as Europe/Kyiv.")
                    .arg(timeZone),
                QStringLiteral("timezone"), timeZone);
}

Problem customerExists(const QString &name)
{
    return make("customer_exists",
                Refusals::tr("A customer called \"%1\" already exists.").arg(name),
                QStringLiteral("name"), name);
}

// ---- products and the agreement

Problem productUnknown(const QString &name)
{
    return make("product_unknown", Refusals::tr("There is no product called \"%1\".").arg(name),
                QStringLiteral("product"), name);
}

Problem productMissing()
{
    return make("product_missing", Refusals::tr("Name the account's main product."),
                QStringLiteral("product"));
}

Problem productNotMain(const QString &product, const QString &value)
{
    return make("product_not_main",
                Refusals::tr("\"%1\" is an add-on; an account needs a main product.").arg(product),
                QStringLiteral("product"), value);
}

Problem productNotAddon(const QString &product, const QString &value)
{
    return make("product_not_addon",
                Refusals::tr("\"%1\" is a main product, not an add-on.").arg(product),
                QStringLiteral("product"), value);
}

Problem productNotInAgreement(const QString &product, const QString &customer, const QString &value)
{
    return make("product_not_in_agreement",
                Refusals::tr("\"%1\" is not in %2's agreement.").arg(product, customer),
                QStringLiteral("product"), value);
}

Problem productNotInAgreementToChange(const QString &product)
{
    return make("product_not_in_agreement",
                Refusals::tr("\"%1\" is not in the agreement; add it first.").arg(product), product,
                product);
}

Problem productNotInAgreementToRemove(const QString &product)
{
    return make("product_not_in_agreement",
                Refusals::tr("\"%1\" is not in the agreement.").arg(product),
                QStringLiteral("product"), product);
}

Problem productInAgreement(const QString &product)
{
    return make("product_in_agreement",
                Refusals::tr("\"%1\" is already in the agreement; change its quantity instead.")
                    .arg(product),
                QStringLiteral("product"), product);
}

Problem productInUse(const QString &product, int inUse)
{
    return make(
        "product_in_use",
        Refusals::tr("%n account(s) use %1; close them or change their product before removing it "
                     "from the agreement.",
                     nullptr, inUse)
            .arg(product),
        QStringLiteral("product"), product);
}

Problem quantityInvalid(int quantity, const QString &field)
{
    return make("quantity_invalid",
                Refusals::tr("A quantity is Unlimited or a whole number from 1 to 999,999."), field,
                QString::number(quantity));
}

Problem quantityBelowUsage(const QString &product, int inUse, int quantity)
{
    return make("quantity_below_usage",
                Refusals::tr("%n account(s) use %1; the quantity cannot be %2.", nullptr, inUse)
                    .arg(product)
                    .arg(quantity),
                product, QString::number(quantity));
}

Problem quantityExceeded(int quantity, const QString &product, const QString &value)
{
    return make("quantity_exceeded",
                Refusals::tr("The agreement allows %1 account(s) with %2 and all are in use.")
                    .arg(quantity)
                    .arg(product),
                QStringLiteral("product"), value);
}

// ---- creating accounts

Problem accountExists(const QString &id)
{
    return make("account_exists", Refusals::tr("The account %1 already exists.").arg(id),
                QStringLiteral("account"), id);
}

Problem accountIdTaken(const QString &id)
{
    return make(
        "account_exists",
        Refusals::tr(
            "The account %1 already exists (it may be closed); an account ID is never reused.")
            .arg(id),
        QStringLiteral("id"), id);
}

Problem accountIdInvalid(const QString &id)
{
    return make(
        "account_id_invalid",
        Refusals::tr(
            "\"%1\" is not a valid account ID: use 1 to 64 letters, digits, '.', '-', '_' or '@', "
            "not starting with \"ph\" and a digit (those IDs are generated for extensions).")
            .arg(id),
        QStringLiteral("id"), id);
}

Problem nameInvalid(const QString &name)
{
    return make("name_invalid",
                Refusals::tr("A name has at most 100 characters and no control characters."),
                QStringLiteral("name"), name);
}

Problem didInvalidForAccount(const QString &value)
{
    return make("did_invalid",
                Refusals::tr("\"%1\" is not a DID number (6 to 15 digits).").arg(value),
                QStringLiteral("did"), value);
}

Problem didListedTwice(const QString &did, const QString &value)
{
    return make("did_duplicate", Refusals::tr("DID %1 is listed twice.").arg(did),
                QStringLiteral("did"), value);
}

Problem didNotProvided(const QString &did, const QString &customer, const QString &value)
{
    return make("did_not_owned",
                Refusals::tr("DID %1 has not been provided to %2.").arg(did, customer),
                QStringLiteral("did"), value);
}

Problem didTakenForAccount(const QString &did, const QString &value)
{
    return make("did_in_use",
                Refusals::tr("DID %1 is already assigned to another account.").arg(did),
                QStringLiteral("did"), value);
}

// ---- account state

Problem accountUnknown(const QString &id)
{
    return make("account_unknown", Refusals::tr("There is no account %1.").arg(id),
                QStringLiteral("account"), id);
}

Problem accountClosed(const QString &id)
{
    return make("account_closed", Refusals::tr("The account %1 is closed.").arg(id),
                QStringLiteral("account"), id);
}

Problem blockedByAdmin(const QString &id)
{
    return make(
        "blocked_by_admin",
        Refusals::tr("An administrator blocked %1; only an administrator can change it.").arg(id),
        QStringLiteral("account"), id);
}

Problem alreadyBlocked(const QString &id)
{
    return make("already_blocked", Refusals::tr("%1 is already blocked.").arg(id),
                QStringLiteral("account"), id);
}

Problem notBlocked(const QString &id)
{
    return make("not_blocked", Refusals::tr("%1 is not blocked.").arg(id),
                QStringLiteral("account"), id);
}

Problem adminOnly(const QString &id)
{
    return make(
        "admin_only",
        Refusals::tr(
            "Only an administrator can activate an account (it was created inactive for a check)."),
        QStringLiteral("account"), id);
}

Problem alreadyActive(const QString &id)
{
    return make("already_active", Refusals::tr("%1 is already active.").arg(id),
                QStringLiteral("account"), id);
}

Problem addonPresent(const QString &id, const QString &product, const QString &value)
{
    return make("addon_present", Refusals::tr("%1 already has %2.").arg(id, product),
                QStringLiteral("product"), value);
}

Problem addonAbsent(const QString &id, const QString &product, const QString &value)
{
    return make("addon_absent", Refusals::tr("%1 does not have %2.").arg(id, product),
                QStringLiteral("product"), value);
}

// ---- DID numbers

Problem didInvalid(const QString &number)
{
    return make("did_invalid",
                Refusals::tr("\"%1\" is not a DID number: use 6 to 15 digits.").arg(number),
                QStringLiteral("number"), number);
}

Problem didRangeInvalid(const QString &spec)
{
    return make(
        "did_range_invalid",
        Refusals::tr("\"%1\" is not a range: write FIRST..LAST, two numbers of the same length, "
                     "the first not above the last.")
            .arg(spec),
        QStringLiteral("number"), spec);
}

Problem didRangeTooLarge(const QString &spec, qint64 count)
{
    return make("did_range_too_large",
                Refusals::tr("The range %1 holds %L2 numbers; give at most 10,000 at once.")
                    .arg(spec)
                    .arg(count),
                QStringLiteral("number"), spec);
}

Problem didMissing()
{
    return make("did_missing", Refusals::tr("Give at least one number or FIRST..LAST range."));
}

Problem didAlreadyOwned(const QString &did)
{
    return make("did_already_owned",
                Refusals::tr("DID %1 already belongs to this customer.").arg(did),
                QStringLiteral("number"), did);
}

Problem didOwnedByOther(const QString &did)
{
    return make("did_owned_by_other", Refusals::tr("DID %1 belongs to another customer.").arg(did),
                QStringLiteral("number"), did);
}

Problem didNotOwned(const QString &did)
{
    return make(
        "did_not_owned",
        Refusals::tr("DID %1 has not been provided to this customer; give it first (did add).")
            .arg(did),
        QStringLiteral("number"), did);
}

Problem didInUse(const QString &did, const QString &accountId)
{
    return make(
        "did_in_use",
        Refusals::tr("DID %1 is already assigned to %2; release it first.").arg(did, accountId),
        QStringLiteral("number"), did);
}

Problem didUnknown(const QString &did)
{
    return make("did_unknown", Refusals::tr("DID %1 does not belong to any customer.").arg(did),
                QStringLiteral("number"), did);
}

Problem didChangedOwner(const QString &did)
{
    return make("did_unknown", Refusals::tr("DID %1 changed owner in the meantime.").arg(did),
                QStringLiteral("number"), did);
}

Problem didNotAssigned(const QString &did)
{
    return make(
        "did_not_assigned",
        Refusals::tr("DID %1 is not assigned to an account. To give it back to the provider's "
                     "inventory, use --to-inventory.")
            .arg(did),
        QStringLiteral("number"), did);
}

// ---- hunt groups

Problem huntGroupNameInvalid(const QString &name)
{
    return make("huntgroup_name_invalid",
                Refusals::tr("A hunt group name needs 1 to 100 characters."),
                QStringLiteral("name"), name);
}

Problem huntGroupNumberInvalid(const QString &number)
{
    return make("extension_invalid",
                Refusals::tr("\"%1\" is not a number: use 1 to 15 digits.").arg(number),
                QStringLiteral("number"), number);
}

Problem huntGroupSequenceInvalid(const QString &sequence)
{
    return make("huntgroup_sequence_invalid",
                Refusals::tr(
                    "\"%1\" is not a hunt sequence; use order, simultaneous, random or least_used.")
                    .arg(sequence),
                QStringLiteral("sequence"), sequence);
}

Problem huntGroupExists(const QString &customer, const QString &name)
{
    return make("huntgroup_exists",
                Refusals::tr("%1 already has a hunt group called \"%2\".").arg(customer, name),
                QStringLiteral("name"), name);
}

Problem huntGroupUnknown(const QString &customer, const QString &name)
{
    return make("huntgroup_unknown",
                Refusals::tr("%1 has no hunt group called \"%2\".").arg(customer, name),
                QStringLiteral("name"), name);
}

Problem numberInUse(const QString &customer, const QString &number)
{
    return make("extension_exists",
                Refusals::tr("%1 already uses the number %2 for an extension or hunt group.")
                    .arg(customer, number),
                QStringLiteral("number"), number);
}

Problem memberDuplicate(const QString &number)
{
    return make("member_duplicate", Refusals::tr("Extension %1 is listed twice.").arg(number),
                QStringLiteral("members"), number);
}

Problem memberUnknown(const QString &customer, const QString &number)
{
    return make("member_unknown",
                Refusals::tr("%1 has no open extension %2.").arg(customer, number),
                QStringLiteral("members"), number);
}

// ---- import and demo data

Problem planStale(const QString &customer)
{
    return make(
        "plan_stale",
        Refusals::tr(
            "%1 changed since the file was checked (another desk was working on it); nothing "
            "was written. Review the new problems and try again.")
            .arg(customer));
}

Problem nothingToImport()
{
    return make("nothing_to_import", Refusals::tr("No row of the file can be imported."));
}

Problem cancelled()
{
    return make("cancelled", Refusals::tr("Cancelled — nothing was written."));
}

Problem databaseNotEmpty()
{
    return make("database_not_empty",
                Refusals::tr("The database already holds data; the demo data is loaded "
                             "only into an empty database."));
}

} // namespace ad::refusal
