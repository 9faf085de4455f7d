#include "commands.h"
#include "context.h"

#include "services/demodata.h"

#include <QCoreApplication>

namespace ad::cli {

int cmdInit(Context &ctx)
{
    if (!ctx.allowOnly({QStringLiteral("--demo")}))
        return ctx.badOption();
    if (!ctx.words().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "init takes no arguments."));
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
