#pragma once

#include "domain/problem.h"

#include <QString>

// Every refusal the services report, and those the import planner shares with them, each code
// with its message, defined here once (the planner's own, about rows of a file, are in
// filerefusals.h). A function returns the Problem as a service reports it (code, translated
// message, the option it is about and the value given); the planner reports the same Problem on a
// row and a column of the file. Codes are stable English words that scripts rely on; messages are
// human sentences, translated (context "ad::Refusals").
namespace ad::refusal {

// ---- who may do what
// A self-care action that only an administrator may do; `what` names it ("change the agreement").
Problem notAllowedForCustomer(const QString &what);

// ---- customers
Problem customerUnknown(const QString &spec); // neither an i_customer nor an exact name
Problem customerIdUnknown(qint64 iCustomer);
Problem customerNameInvalid(const QString &name);
Problem currencyInvalid(const QString &currency);
Problem customerTimeZoneInvalid(const QString &timeZone);
Problem customerExists(const QString &name);

// ---- products and the agreement
Problem productUnknown(const QString &name);
Problem productMissing();
// `product` is the product's own name, `value` what was given.
Problem productNotMain(const QString &product, const QString &value);
Problem productNotAddon(const QString &product, const QString &value);
Problem productNotInAgreement(const QString &product, const QString &customer,
                              const QString &value);
Problem productNotInAgreementToChange(const QString &product); // a quantity change
Problem productNotInAgreementToRemove(const QString &product);
Problem productInAgreement(const QString &product);
Problem productInUse(const QString &product, int inUse);
// `field` is the option concerned: "quantity", or the product when several change at once.
Problem quantityInvalid(int quantity, const QString &field);
Problem quantityBelowUsage(const QString &product, int inUse, int quantity);
Problem quantityExceeded(int quantity, const QString &product, const QString &value);

// ---- creating accounts
Problem accountExists(const QString &id);
Problem accountIdTaken(const QString &id); // exists, perhaps closed: never reused
Problem accountIdInvalid(const QString &id);
Problem nameInvalid(const QString &name);
// The DIDs of a new auto attendant: `did` normalised, `value` as given.
Problem didInvalidForAccount(const QString &value);
Problem didListedTwice(const QString &did, const QString &value);
Problem didNotProvided(const QString &did, const QString &customer, const QString &value);
Problem didTakenForAccount(const QString &did, const QString &value);

// ---- account state
Problem accountUnknown(const QString &id);
Problem accountClosed(const QString &id);
Problem blockedByAdmin(const QString &id);
Problem alreadyBlocked(const QString &id);
Problem notBlocked(const QString &id);
Problem adminOnly(const QString &id);
Problem alreadyActive(const QString &id);
Problem addonPresent(const QString &id, const QString &product, const QString &value);
Problem addonAbsent(const QString &id, const QString &product, const QString &value);

// ---- DID numbers
Problem didInvalid(const QString &number);
Problem didRangeInvalid(const QString &spec);
Problem didRangeTooLarge(const QString &spec, qint64 count);
Problem didMissing(); // reported as a usage error
Problem didAlreadyOwned(const QString &did);
Problem didOwnedByOther(const QString &did);
Problem didNotOwned(const QString &did);
Problem didInUse(const QString &did, const QString &accountId);
Problem didUnknown(const QString &did);
Problem didChangedOwner(const QString &did);
Problem didNotAssigned(const QString &did);

// ---- hunt groups
Problem huntGroupNameInvalid(const QString &name);
Problem huntGroupNumberInvalid(const QString &number);
Problem huntGroupSequenceInvalid(const QString &sequence);
Problem huntGroupExists(const QString &customer, const QString &name);
Problem huntGroupUnknown(const QString &customer, const QString &name);
Problem numberInUse(const QString &customer, const QString &number);
Problem memberDuplicate(const QString &number);
Problem memberUnknown(const QString &customer, const QString &number);

// ---- import and demo data
Problem planStale(const QString &customer);
Problem nothingToImport();
Problem cancelled();
Problem databaseNotEmpty();

// ---- shared desks
// Another desk changed a quantity after this desk's edit began (expected -> now; 0 = Unlimited).
Problem quantityChangedMeanwhile(const QString &product, const QString &expected,
                                 const QString &now, const QString &typed);
Problem deskLabelInvalid(const QString &label);     // usage: --user / AGREEMENTDESK_USER
Problem customerNameAllDigits(const QString &name); // customer_name_invalid
Problem passwordInUrl();                            // usage: a password in a PostgreSQL URL
Problem grantNeedsPostgres();                       // init --grant on SQLite
Problem grantRoleInvalid(const QString &role);      // usage: init --grant ROLE

} // namespace ad::refusal

namespace ad {
// The Status of a service that refuses with one problem.
inline Status refused(const Problem &problem)
{
    return Status::refused(QList<Problem>{problem});
}
} // namespace ad
