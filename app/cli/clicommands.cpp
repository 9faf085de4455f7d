#include "clicommands.h"

#include "cliargs.h"
#include "commands.h"
#include "context.h"

#include "domain/refusals.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QHash>

namespace ad::cli {

namespace {

int dispatch(Context &ctx)
{
    using Command = int (*)(Context &);
    static const QHash<QString, Command> commands = {
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("customers"), cmdCustomers},
        {QStringLiteral("customer"), cmdCustomer},
        {QStringLiteral("products"), cmdProducts},
        {QStringLiteral("agreement"), cmdAgreement},
        {QStringLiteral("template"), cmdTemplate},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("extension"), cmdExtension},
        {QStringLiteral("auto-attendant"), cmdAutoAttendant},
        {QStringLiteral("account"), cmdAccount},
        {QStringLiteral("accounts"), cmdAccounts},
        {QStringLiteral("did"), cmdDid},
        {QStringLiteral("huntgroup"), cmdHuntGroup},
        {QStringLiteral("history"), cmdHistory},
        {QStringLiteral("product"), cmdProduct},
        {QStringLiteral("subscription"), cmdSubscription},
        {QStringLiteral("subscriptions"), cmdSubscriptions},
    };
    const Args &args = ctx.args();
    if (!args.error.isEmpty())
        return ctx.usage(args.error);
    if (args.has(QStringLiteral("--version"))) {
        ctx.out().print(
            QStringLiteral("agreementdesk-cli %1").arg(QStringLiteral(AGREEMENTDESK_VERSION)));
        return 0;
    }
    if (args.has(QStringLiteral("--help")) || args.positional.isEmpty() ||
        args.positional.first() == QLatin1String("help")) {
        // Without any command the help is a usage error (on stderr, exit 2).
        const bool asError = args.positional.isEmpty() && !args.has(QStringLiteral("--help"));
        ctx.out().printHelp(usageText(), asError);
        return asError ? 2 : 0;
    }
    const QString as = args.value(QStringLiteral("--as"), QStringLiteral("admin"));
    if (as != QLatin1String("admin") && as != QLatin1String("customer"))
        return ctx.usage(QCoreApplication::translate("agreementdesk-cli",
                                                     "--as takes admin or customer, not \"%1\".")
                             .arg(as));
    // The desk's label goes into every audit entry (beside the database's own account of the
    // connection): one visible line of at most 64 characters, whichever place it comes from.
    const QString label = args.has(QStringLiteral("--user")) ? args.value(QStringLiteral("--user"))
                                                             : Actor::osLogin();
    if (!rules::isValidDeskLabel(label)) {
        const Problem p = refusal::deskLabelInvalid(label);
        return ctx.out().fail(Status::usage(p.code, p.message, p.field));
    }
    const QString cmd = ctx.words().takeFirst();
    if (const Command command = commands.value(cmd))
        return command(ctx);
    return ctx.usage(
        QCoreApplication::translate("agreementdesk-cli", "Unknown command \"%1\".").arg(cmd));
}

} // namespace

QString usageText()
{
    return QCoreApplication::translate(
        "agreementdesk-cli",
        "agreementdesk-cli [--db DB] [--as admin|customer] [--user NAME] COMMAND ...\n"
        "\n"
        "  init [--demo]                          create or upgrade the schema; --demo loads the "
        "demo data\n"
        "  init --grant ROLE [--read-only]        PostgreSQL: a desk role's privileges (or, with "
        "--read-only,\n"
        "                                         an auditor's); docs/shared-database.md\n"
        "  customers [--filter TEXT] [--json]\n"
        "  customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts "
        "active|inactive]\n"
        "  customer set CUSTOMER [--rename NEW] [--timezone TZ] [--currency CUR]\n"
        "                       [--self-care-accounts active|inactive]\n"
        "  customer show CUSTOMER [--json]        details, settings, subscriptions, charges "
        "estimate\n"
        "  products [--json]                      the catalog, retired products marked\n"
        "  product add NAME --kind main|addon [--fee AMOUNT|none] [--currency USD]\n"
        "  product set NAME [--rename NEW] [--fee AMOUNT|none]\n"
        "  product retire NAME\n"
        "  product delete NAME                    only a product nothing ever used\n"
        "  subscription add|set CUSTOMER NAME --fee AMOUNT\n"
        "  subscription remove CUSTOMER NAME\n"
        "  subscriptions CUSTOMER [--json]\n"
        "  agreement show CUSTOMER [--json]\n"
        "  agreement add CUSTOMER PRODUCT [--quantity N|unlimited]\n"
        "  agreement set CUSTOMER PRODUCT N|unlimited\n"
        "  agreement remove CUSTOMER PRODUCT\n"
        "  template                               the CSV template (header row) on stdout\n"
        "  import CUSTOMER FILE|- [--dry-run] [--inactive] [--skip-invalid] [--update-existing]\n"
        "                       [--encoding NAME] [--delimiter C] [--header-row N | --no-header]\n"
        "                       [--map \"FILE COLUMN=FIELD\"]... [--sheet NAME]\n"
        "                       [--errors-csv FILE] [--progress] [--json]\n"
        "                                         FILE: CSV, .xlsx or .ods (- = standard input)\n"
        "  export CUSTOMER [FILE]                 extensions in the template format, "
        "re-importable\n"
        "  extension add CUSTOMER NUMBER --product P [--name N] [--did D,...] [--published Y|N]\n"
        "                       [--email E] [--timezone TZ] [--huntgroup H] [--inactive] [--json]\n"
        "  auto-attendant add CUSTOMER --product P [--name N] [--did D,...] [--inactive] [--json]\n"
        "  account add CUSTOMER ID --product P [--inactive] [--json]\n"
        "  accounts CUSTOMER [--json]\n"
        "  account block|unblock|activate|close ACCOUNT_ID\n"
        "  account addon add|remove ACCOUNT_ID PRODUCT\n"
        "  did add CUSTOMER NUMBER|FIRST..LAST ...\n"
        "  did assign ACCOUNT_ID NUMBER\n"
        "  did release NUMBER [--to-inventory]\n"
        "  did list CUSTOMER [--json]\n"
        "  did inventory add NUMBER|FIRST..LAST ...   the provider's own numbers\n"
        "  did inventory list [--json]            every number with its owner\n"
        "  did give CUSTOMER NUMBER|FIRST..LAST ...   from the inventory to the customer\n"
        "  did take NUMBER                        a customer's free number back to the "
        "inventory\n"
        "  huntgroup add CUSTOMER NAME --number N [--sequence "
        "order|simultaneous|random|least_used]\n"
        "  huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members "
        "EXT,...]\n"
        "  huntgroup list CUSTOMER [--json]\n"
        "  history [CUSTOMER] [--filter TEXT] [--json]   without CUSTOMER: the provider-wide "
        "trail\n"
        "\n"
        "DB is a file path (SQLite) or postgresql://user@host:port/dbname; default: "
        "$AGREEMENTDESK_DB,\n"
        "else the per-user data folder. CUSTOMER is the i_customer number or the exact name.\n"
        "AMOUNT is a decimal in the currency's main unit (10, 10.00, 0.5); none = no fee.\n"
        "Exit status: 0 done, 1 refused by a rule (nothing written), 2 usage error, 3 database or "
        "file error.\n");
}

int run(const QStringList &arguments)
{
    Context ctx(parseArgs(arguments));
    return dispatch(ctx);
}

} // namespace ad::cli
