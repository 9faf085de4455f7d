#include "commands.h"
#include "context.h"

#include "domain/csvcolumns.h"
#include "import/csvwriter.h"
#include "services/exporter.h"

#include <QCoreApplication>

namespace ad::cli {

// template: the header row of the CSV template
int cmdTemplate(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    ctx.out().print(csv::templateLine());
    return 0;
}

// export CUSTOMER [FILE]: the customer's extensions in the template format, to FILE or stdout
int cmdExport(Context &ctx)
{
    if (!ctx.allowOnly({}))
        return ctx.badOption();
    const QStringList &words = ctx.words();
    if (words.size() < 1 || words.size() > 2)
        return ctx.usage(
            QCoreApplication::translate("agreementdesk-cli", "Usage: export CUSTOMER [FILE]"));
    if (int rc = ctx.openDb())
        return rc;
    CustomerInfo c;
    if (int rc = ctx.customerArg(words.at(0), &c))
        return rc;
    CsvWriter w;
    int count = 0;
    const Status st = Exporter::exportExtensions(ctx.db(), c.id, &w, &count);
    if (!st.ok())
        return ctx.out().fail(st);
    if (words.size() == 2) {
        const QString file = words.at(1);
        QString error;
        if (!w.save(file, &error))
            return ctx.out().fail(Status::database(
                QCoreApplication::translate("agreementdesk-cli", "Cannot write %1: %2")
                    .arg(file, error),
                QStringLiteral("file_unwritable")));
        return ctx.out().exported(
            st, file, count,
            QCoreApplication::translate("agreementdesk-cli", "%n extension(s) of %1 written to %2.",
                                        nullptr, count)
                .arg(c.name, file));
    }
    ctx.out().raw(w.bytes().mid(3)); // no BOM on a terminal or a pipe
    return 0;
}

} // namespace ad::cli
