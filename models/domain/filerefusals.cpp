#include "domain/filerefusals.h"

#include "domain/refusalmaking.h"
#include "domain/rules.h"

namespace ad::refusal {

using making::make;
using making::Refusals;

namespace {
QString spreadsheetHint()
{
    return Refusals::tr("A spreadsheet turned it into a number; format the column as Text and type "
                        "the number again.");
}
} // namespace

Problem rowMalformed(const QString &message)
{
    return make("row_malformed", message);
}

Problem extensionMissing()
{
    return make("extension_missing",
                Refusals::tr("The extension number is empty; every row needs one."));
}

Problem extensionInvalid(const QString &number)
{
    return make(
        "extension_invalid",
        rules::looksLikeSpreadsheetNumber(number)
            ? Refusals::tr("\"%1\" is not an extension number. %2").arg(number, spreadsheetHint())
            : Refusals::tr(
                  "\"%1\" is not an extension number: use 1 to 15 digits (0-9), nothing else.")
                  .arg(number));
}

Problem extensionDuplicate(const QString &number, int firstRow)
{
    return make(
        "extension_duplicate",
        Refusals::tr("Extension %1 is already in row %2 of this file.").arg(number).arg(firstRow));
}

Problem extensionExists(const QString &customer, const QString &number)
{
    return make("extension_exists",
                Refusals::tr("%1 already has extension %2.").arg(customer, number));
}

Problem extensionIsHuntGroup(const QString &customer, const QString &number)
{
    return make("extension_exists",
                Refusals::tr("%1 already uses %2 as a hunt group number.").arg(customer, number));
}

Problem rowNameInvalid(const QString &name)
{
    return make(
        "name_invalid",
        name.size() > 100
            ? Refusals::tr("The name has %1 characters; at most 100 are allowed.").arg(name.size())
            : Refusals::tr("The name contains control or invisible characters (such as tabs, line "
                           "breaks or zero-width spaces); type it again without them."));
}

Problem rowDidInvalid(const QString &value)
{
    return make(
        "did_invalid",
        rules::looksLikeMangledDid(value.trimmed())
            ? Refusals::tr("\"%1\" is not a DID number. %2").arg(value, spreadsheetHint())
            : Refusals::tr("\"%1\" is not a DID number: use 6 to 15 digits (spaces, dashes, dots, "
                           "brackets and a leading + are allowed); separate several with commas.")
                  .arg(value));
}

Problem didTwiceInRow(const QString &did)
{
    return make("did_duplicate", Refusals::tr("DID %1 is listed twice in this row.").arg(did));
}

Problem didInEarlierRow(const QString &did, int firstRow)
{
    return make("did_duplicate",
                Refusals::tr("DID %1 is already in row %2 of this file.").arg(did).arg(firstRow));
}

Problem didTakenForRow(const QString &did)
{
    return make(
        "did_in_use",
        Refusals::tr("DID %1 is already assigned to another account; release it first.").arg(did));
}

Problem publishedInvalid(const QString &value)
{
    return make(
        "published_invalid",
        Refusals::tr("\"%1\" is not a yes or no. Write Y or N; also understood: yes/no, "
                     "true/false, 1/0, x/empty, on/off, ja/nein, wahr/falsch, oui/non, vrai/faux, "
                     "si/no (any case; empty means no).")
            .arg(value));
}

Problem emailInvalid(const QString &email)
{
    return make(
        "email_invalid",
        email.size() > 254
            ? Refusals::tr("The email address is longer than 254 characters.")
            : Refusals::tr("\"%1\" is not an email address (name@example.com).").arg(email));
}

Problem rowTimeZoneInvalid(const QString &timeZone, const QString &customerTimeZone)
{
    return make(
        "timezone_invalid",
        Refusals::tr(
            "\"%1\" is not a time zone; use an IANA name such as Europe/Kyiv or America/New_York, "
            "or leave it empty for %2.")
            .arg(timeZone, customerTimeZone));
}

Problem rowProductMissing()
{
    return make(
        "product_missing",
        Refusals::tr("The product is empty; every row needs a main product of the agreement."));
}

Problem rowProductNotMain(const QString &product)
{
    return make(
        "product_not_main",
        Refusals::tr("\"%1\" is an add-on; the Product column needs a main product.").arg(product));
}

Problem rowQuantityExceeded(int quantity, const QString &product, int inUse, int adding)
{
    return make(
        "quantity_exceeded",
        Refusals::tr(
            "The agreement allows %1 account(s) with %2; %3 are in use and earlier rows add %4.")
            .arg(quantity)
            .arg(product)
            .arg(inUse)
            .arg(adding));
}

Problem rowQuantityExceededAfterFrees(int quantity, const QString &product, int inUse, int freed,
                                      int adding)
{
    return make("quantity_exceeded",
                Refusals::tr("The agreement allows %1 account(s) with %2; %3 are in use, the file "
                             "frees %4 and its earlier rows already take %5.")
                    .arg(quantity)
                    .arg(product)
                    .arg(inUse)
                    .arg(freed)
                    .arg(adding));
}

Problem extensionUnknown(const QString &customer, const QString &number)
{
    return make("extension_unknown",
                Refusals::tr("%1 has no open extension %2 to update or close; check the number, "
                             "or write \"add\" in the Action column to create it.")
                    .arg(customer, number));
}

Problem actionInvalid(const QString &value)
{
    return make("action_invalid",
                Refusals::tr("\"%1\" is not an action. Write add (or new, create), update (edit, "
                             "modify), or close (delete, del, remove); empty means add.")
                    .arg(value));
}

Problem statusInvalid(const QString &value)
{
    return make("status_invalid",
                Refusals::tr("\"%1\" is not a status. Write active or inactive (also enabled, "
                             "disabled, or a yes / no); empty keeps the default.")
                    .arg(value));
}

Problem updateExistingNeeded(const QString &customer, const QString &number)
{
    return make("extension_exists",
                Refusals::tr("%1 already has extension %2. To change it from this file, choose "
                             "\"update existing extensions\" (--update-existing) or write update "
                             "in an Action column.")
                    .arg(customer, number));
}

Problem namesJoined(const QString &first, const QString &last)
{
    return make("names_joined",
                Refusals::tr("The file has no Name column: each name is \"%1\" and \"%2\" joined "
                             "with a space.")
                    .arg(first, last));
}

Problem firstLastIgnored(const QString &column)
{
    return make(
        "column_ignored",
        Refusals::tr("The column \"%1\" is ignored: the file has a Name column.").arg(column));
}

} // namespace ad::refusal
