#include "services/permissions.h"

#include "domain/refusals.h"

namespace ad {

Status requireAdmin(const Actor &actor, const QString &what)
{
    if (!actor.asCustomer)
        return {};
    return Status::refused({refusal::notAllowedForCustomer(what)});
}

} // namespace ad
