#pragma once

#include "domain/problem.h"

#include <QString>

// The refusals of the provider's set-up (domain.md "Provider set-up"): products, customers'
// settings, subscriptions and the DID inventory. Same style and translation context
// ("ad::Refusals") as refusals.h; kept apart so that each file keeps one purpose.
namespace ad::refusal {

// ---- products
Problem productNameInvalid(const QString &name);
Problem productExists(const QString &name); // the name, case-insensitively
Problem productRetired(const QString &product, const QString &value);
Problem productAlreadyRetired(const QString &product);
Problem productUsed(const QString &product); // delete: it has been on an agreement or account
Problem productKindInvalid(const QString &kind);
Problem feeInvalid(const QString &text); // reported as a usage error by the CLI
Problem currencyMismatch(const QString &currency, const QString &customerCurrency);

// ---- customers
Problem currencyLocked(const QString &customer);
Problem selfCareSettingInvalid(const QString &value);
Problem nothingToChange();

// ---- subscriptions
Problem subscriptionNameInvalid(const QString &name);
Problem subscriptionExists(const QString &name, const QString &customer);
Problem subscriptionUnknown(const QString &name, const QString &customer);

// ---- the DID inventory
Problem didExists(const QString &did);                           // inventory add: known already
Problem didOwnedBy(const QString &did, const QString &customer); // inventory add: a customer's
Problem didNotInInventory(const QString &did);                   // give: not known at all
Problem didInInventory(const QString &did);                      // take: no customer owns it
Problem didAssigned(const QString &did, const QString &accountId);

} // namespace ad::refusal
