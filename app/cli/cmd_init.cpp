#include "commands.h"
#include "context.h"

#include "domain/refusals.h"
#include "services/demodata.h"
#include "services/permissions.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {
// init --grant ROLE [--read-only]: a PostgreSQL role's privileges, given by the schema owner.
int grantRole(Context &ctx)
{
    const QString role = ctx.args().value(QStringLiteral("--grant"));
    const bool readOnly = ctx.args().has(QStringLiteral("--read-only"));
    // An SQLite file has no roles: refused before anything is opened or created.
    if (!Database::isPostgresSpec(
            ctx.args().value(QStringLiteral("--db"), Database::defaultSpec())))
        return ctx.out().fail(Status::refused({refusal::grantNeedsPostgres()}));
    if (int rc = ctx.openDb(Database::OpenMode::ExistingSchema))
        return rc;
    const Status st = ctx.db().grant(role, readOnly);
    return ctx.out().granted(
        st, role, readOnly,
        readOnly ? QCoreApplication::translate(
                       "agreementdesk-cli",
                       "%1: the role %2 may now read (list, show, history, export) and nothing "
                       "else.")
                       .arg(ctx.db().describe(), role)
                 : QCoreApplication::translate(
                       "agreementdesk-cli",
                       "%1: the role %2 may now work as a desk (no schema changes, no changes "
                       "to the audit trail or the usage counters).")
                       .arg(ctx.db().describe(), role));
}
} // namespace

int cmdInit(Context &ctx)
{
    if (!ctx.allowOnly(
            {QStringLiteral("--demo"), QStringLiteral("--grant"), QStringLiteral("--read-only")}))
        return ctx.badOption();
    const bool grant = ctx.args().has(QStringLiteral("--grant"));
    if (ctx.args().has(QStringLiteral("--read-only")) && !grant)
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "--read-only goes with --grant ROLE."));
    if (grant && ctx.args().has(QStringLiteral("--demo")))
        return ctx.usage(QCoreApplication::translate(
            "agreementdesk-cli", "init --grant and init --demo are separate commands."));
    if (!ctx.words().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "init takes no arguments."));
    // The permission check comes first: nothing is opened, created or written for the self-care
    // path.
    Actor asked;
    asked.asCustomer = ctx.args().value(QStringLiteral("--as")) == QLatin1String("customer");
    if (const Status st = requireAdmin(
            asked, QCoreApplication::translate("ad::Permissions", "initialise the database"));
        !st.ok())
        return ctx.out().fail(st);
    if (grant)
        return grantRole(ctx);
    if (int rc = ctx.openDb(Database::OpenMode::CreateIfMissing))
        return rc;
    Database &db = ctx.db();
    if (ctx.args().has(QStringLiteral("--demo"))) {
        const Status st =
            DemoData::load(db, ctx.actor().user.isEmpty() ? Actor::osLogin() : ctx.actor().user);
        if (!st.ok())
            return ctx.out().fail(st);
        return ctx.out().initialised(
            db.describe(), db.schemaVersion(), true,
            QCoreApplication::translate(
                "agreementdesk-cli",
                "%1: schema version %2, demo data loaded (5 customers, 10 products).")
                .arg(db.describe())
                .arg(db.schemaVersion()));
    }
    return ctx.out().initialised(
        db.describe(), db.schemaVersion(), false,
        QCoreApplication::translate("agreementdesk-cli", "%1: schema version %2 ready.")
            .arg(db.describe())
            .arg(db.schemaVersion()));
}

} // namespace ad::cli
