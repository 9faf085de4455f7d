// The refusals of shared desks (domain.md "The audit trail on a shared database", "A shared
// PostgreSQL database"), declared in refusals.h; apart from refusals.cpp only to keep each file
// small.
#include "domain/refusals.h"

#include "domain/refusalmaking.h"

namespace ad::refusal {

using making::make;
using making::Refusals;

// ---- shared desks

Problem deskLabelInvalid(const QString &label)
{
    return make("desk_label_invalid",
                Refusals::tr("The desk label \"%1\" cannot be used: give one line of 1 to %2 "
                             "characters, without control or invisible characters (--user or "
                             "AGREEMENTDESK_USER).")
                    .arg(label.left(80))
                    .arg(64),
                QStringLiteral("user"), label);
}

Problem customerNameAllDigits(const QString &name)
{
    return make("customer_name_invalid",
                Refusals::tr("A customer name cannot be all digits (\"%1\"): commands take a "
                             "customer's number or its name, and this one would look like a "
                             "number.")
                    .arg(name),
                QStringLiteral("name"), name);
}

Problem passwordInUrl()
{
    return make("database_url_password",
                Refusals::tr("A password inside the database URL would be visible to every "
                             "user of this machine (ps). Remove it from the URL and put it in "
                             "PGPASSWORD or ~/.pgpass (one line host:port:database:user:password, "
                             "mode 0600)."),
                QStringLiteral("db"));
}

Problem grantNeedsPostgres()
{
    return make("grant_needs_postgresql",
                Refusals::tr("init --grant gives a PostgreSQL role its privileges; an SQLite file "
                             "has no roles (its file permissions decide who may read or write "
                             "it)."));
}

Problem grantRoleInvalid(const QString &role)
{
    return make("role_invalid",
                Refusals::tr("\"%1\" is not a PostgreSQL role name that init --grant accepts "
                             "(letters, digits, _ and $, not starting with a digit, at most 63 "
                             "characters).")
                    .arg(role),
                QStringLiteral("role"), role);
}

Problem quantityChangedMeanwhile(const QString &product, const QString &expected,
                                 const QString &now, const QString &typed)
{
    return make("quantity_changed",
                Refusals::tr("Another desk changed the quantity of %1 from %2 to %3 after you "
                             "typed %4; nothing was changed. Apply again to set %4 anyway, or "
                             "Revert to keep %3.")
                    .arg(product, expected, now, typed),
                product, typed);
}

} // namespace ad::refusal
