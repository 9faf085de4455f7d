#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

// Who may do what (domain.md "Who may do what"): the administrator may do everything; the
// self-care path may read and work on its own accounts, but not change the agreement, the
// provider's catalog, customers, subscriptions or the DID inventory. Every service that does
// one of those calls requireAdmin() first, before any other check, so a refused self-care action
// says not_allowed_for_customer even where another rule would refuse it too, and writes nothing.
//
// `what` is the action as a user would name it ("change the agreement", "add a product"); it
// becomes part of the message.
Status requireAdmin(const Actor &actor, const QString &what);

} // namespace ad
