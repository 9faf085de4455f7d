// Output: what `import` reports, with or without a commit, as JSON or as text for people: the
// rows that add, update, close or change nothing, the problems with the file's own columns.
#include "output.h"

#include "accountspool.h"
#include "domain/csvcolumns.h"
#include "jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ad::cli {

int Output::importReport(const ImportReport &r)
{
    return m_json ? importJson(r) : importText(r);
}

int Output::importJson(const ImportReport &r)
{
    const ImportPlan &plan = r.plan;
    QJsonObject o;
    o.insert(QStringLiteral("customer"), customerRefJson(r.customer));
    o.insert(QStringLiteral("file"), r.fileName);
    o.insert(QStringLiteral("encoding"),
             r.encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.encoding));
    o.insert(QStringLiteral("delimiter"), r.delimiter.isNull() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(QString(r.delimiter)));
    o.insert(QStringLiteral("format"), r.format);
    if (!r.sheets.isEmpty()) {
        o.insert(QStringLiteral("sheet"),
                 r.sheet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.sheet));
        o.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(r.sheets));
    }
    o.insert(QStringLiteral("rows"), plan.rows);
    o.insert(QStringLiteral("dry_run"), r.dryRun);
    o.insert(QStringLiteral("committed"), r.committed);
    o.insert(QStringLiteral("skip_invalid"), r.skipInvalid);
    // `accounts` is printed last, streamed into its place (see below).
    o.insert(QStringLiteral("accounts"), QJsonArray());
    o.insert(QStringLiteral("errors"), problemsJson(r.errors, true));
    QJsonArray warnings;
    for (const Problem &w : plan.warnings)
        warnings.append(warningJson(w));
    o.insert(QStringLiteral("warnings"), warnings);
    QJsonArray quota;
    for (const QuotaLine &q : plan.quota)
        quota.append(quotaJson(q));
    o.insert(QStringLiteral("quota"), quota);
    o.insert(QStringLiteral("monthly_charges"),
             chargesJson(r.customer.currency, plan.chargesBefore, plan.chargesAfter));
    // The document as QJsonDocument prints it, with the `accounts` array (the first key: keys
    // are sorted) filled in element by element: every row that adds, updates, closes or changes
    // nothing, in file order — the spooled accounts, then those the plan held, and the changes
    // merged by row (as a stable sort of the three in that order). Nothing holds them all.
    const QByteArray doc = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const QByteArray empty = "\n    \"accounts\": [\n    ]";
    const qsizetype at = doc.indexOf(empty);
    Q_ASSERT(at >= 0);
    writeOut(doc.left(at) + "\n    \"accounts\": [\n");
    AccountSpool *spool = r.spooled && r.spooled->rewind() ? r.spooled : nullptr;
    int spoolRow = 0;
    QByteArray spoolElement;
    bool spoolHas = spool && spool->next(&spoolRow, &spoolElement);
    qsizetype held = 0, change = 0;
    bool first = true;
    QByteArray chunk;
    for (;;) {
        const int heldRow = held < plan.accounts.size() ? plan.accounts.at(held).row : -1;
        const int changeRow = change < plan.changes.size() ? plan.changes.row(change) : -1;
        int source = -1, row = 0;
        for (const auto &[s, sRow] : {std::pair{0, spoolHas ? spoolRow : -1}, std::pair{1, heldRow},
                                      std::pair{2, changeRow}})
            if (sRow >= 0 && (source < 0 || sRow < row)) {
                source = s;
                row = sRow;
            }
        if (source < 0)
            break;
        if (!first)
            chunk += ",\n";
        first = false;
        if (source == 0) {
            chunk += spoolElement;
            spoolHas = spool->next(&spoolRow, &spoolElement);
        } else if (source == 1) {
            chunk += jsonElement(plannedAccountJson(plan.accounts.at(held++)));
        } else {
            chunk += jsonElement(plannedChangeJson(plan.changes.at(change++)));
        }
        if (chunk.size() >= (1 << 20)) {
            writeOut(chunk);
            chunk.clear();
        }
    }
    if (!first)
        chunk += "\n";
    chunk += "    ]";
    chunk += doc.mid(at + empty.size());
    writeOut(chunk);
    flushOut();
    return r.exitCode;
}

int Output::importText(const ImportReport &r)
{
    const ImportPlan &plan = r.plan;
    const QString &currency = r.customer.currency;
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2) ← %3")
              .arg(r.customer.name)
              .arg(r.customer.id)
              .arg(r.fileName));
    // The database failed (a lost server, a full disk) or the file could not be read: the plan
    // is unfinished, so neither its row count nor advice about its rows means anything.
    const bool failedAsWhole = !r.committed && !r.dryRun && r.exitCode == 3;
    if (!r.sheet.isEmpty() && !failedAsWhole)
        print(QCoreApplication::translate("agreementdesk-cli",
                                          "  %n data row(s) · sheet \"%1\" of %2 in an %3 workbook",
                                          nullptr, plan.rows)
                  .arg(r.sheet)
                  .arg(r.sheets.size())
                  .arg(r.format));
    else if (!r.encoding.isEmpty() && !failedAsWhole)
        print(QCoreApplication::translate("agreementdesk-cli",
                                          "  %n data row(s) · encoding %1 · delimiter %2", nullptr,
                                          plan.rows)
                  .arg(r.encoding, r.delimiter == QLatin1Char('\t')
                                       ? QStringLiteral("TAB")
                                       : QStringLiteral("\"%1\"").arg(r.delimiter)));
    for (const Problem &w : plan.warnings)
        print(QCoreApplication::translate("agreementdesk-cli", "  warning: %1").arg(w.message));
    if (!r.errors.isEmpty()) {
        print(QCoreApplication::translate("agreementdesk-cli", "Problems (%1):")
                  .arg(r.errors.size()));
        for (const Problem &e : r.errors) {
            QString where =
                e.row > 0 ? QCoreApplication::translate("agreementdesk-cli", "row %1").arg(e.row)
                          : QCoreApplication::translate("agreementdesk-cli", "file");
            if (e.columnIndex >= 0)
                where += QCoreApplication::translate("agreementdesk-cli", ", column %1 \"%2\"")
                             .arg(csv::columnLetter(e.columnIndex), e.column);
            else if (!e.field.isEmpty())
                where += QStringLiteral(", ") + e.field;
            print(QStringLiteral("  %1: %2 [%3]").arg(where, e.message, e.code));
        }
    }
    if (failedAsWhole) {
        print(QCoreApplication::translate("agreementdesk-cli", "Nothing was written."));
        return r.exitCode;
    }
    QStringList quota;
    for (const QuotaLine &q : plan.quota)
        quota << (q.freeing > 0
                      ? QCoreApplication::translate("agreementdesk-cli", "%1 %2 − %3 + %4 of %5%6")
                            .arg(q.product)
                            .arg(q.inUse)
                            .arg(q.freeing)
                      : QCoreApplication::translate("agreementdesk-cli", "%1 %2 + %3 of %4%5")
                            .arg(q.product)
                            .arg(q.inUse))
                     .arg(q.adding)
                     .arg(quantityText(q.quantity))
                     .arg(q.exceeded
                              ? QCoreApplication::translate("agreementdesk-cli", " (exceeded)")
                              : QString());
    if (!quota.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "Quota: %1")
                  .arg(quota.join(QStringLiteral("; "))));
    print(QCoreApplication::translate("agreementdesk-cli", "Monthly charges: %1 → %2")
              .arg(money(plan.chargesBefore, currency), money(plan.chargesAfter, currency)));
    const int updated = plan.countOf(RowAction::Update), closed = plan.countOf(RowAction::Close),
              unchanged = plan.countOf(RowAction::Unchanged);
    if (updated + closed + unchanged > 0)
        print(QCoreApplication::translate(
                  "agreementdesk-cli", "Existing extensions: %1 updated, %2 closed, %3 unchanged.")
                  .arg(updated)
                  .arg(closed)
                  .arg(unchanged));
    int listed = 0;
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        if (plan.changes.action(i) == RowAction::Unchanged || ++listed > 25)
            continue;
        const PlannedChange c = plan.changes.at(i);
        QStringList what;
        for (const FieldChange &f : c.changes)
            what << QStringLiteral("%1: %2 → %3").arg(f.field, f.before, f.after);
        print(QStringLiteral("  row %1  %2  %3  %4")
                  .arg(c.row, 6)
                  .arg(c.accountId, -20)
                  .arg(rowActionName(c.action), -7)
                  .arg(what.join(QStringLiteral("; "))));
    }
    if (listed > 25)
        print(QCoreApplication::translate("agreementdesk-cli",
                                          "  … and %L1 more (--json lists them all).")
                  .arg(listed - 25));
    if (r.committed) {
        print(QCoreApplication::translate("agreementdesk-cli", "Imported: %n account(s) created.",
                                          nullptr, plan.added()));
        const int shown = qMin<int>(plan.accounts.size(), kListedAccounts);
        for (int i = 0; i < shown; ++i) {
            const PlannedAccount &a = plan.accounts.at(i);
            print(QStringLiteral("  row %1  %2  %3  %4")
                      .arg(a.row, 6)
                      .arg(a.accountId, -20)
                      .arg(a.name, -30)
                      .arg(a.product));
        }
        if (plan.added() > shown)
            print(QCoreApplication::translate("agreementdesk-cli",
                                              "  … and %L1 more (--json lists them all).")
                      .arg(plan.added() - shown));
        if (!plan.rowsWithErrors.isEmpty())
            print(QCoreApplication::translate("agreementdesk-cli",
                                              "Skipped: %n invalid row(s) (listed above).", nullptr,
                                              plan.rowsWithErrors.size()));
    } else if (r.dryRun) {
        print(
            r.exitCode == 0
                ? QCoreApplication::translate("agreementdesk-cli",
                                              "Dry run: the file is valid; %n account(s) would be "
                                              "created. Nothing was written.",
                                              nullptr, plan.added())
                : QCoreApplication::translate(
                      "agreementdesk-cli", "Dry run: the file has problems; nothing was written."));
    } else {
        print(
            QCoreApplication::translate("agreementdesk-cli",
                                        "Nothing was written. Fix the rows above and import again, "
                                        "or use --skip-invalid to import the %n valid row(s).",
                                        nullptr, plan.added() + updated + closed));
    }
    return r.exitCode;
}

} // namespace ad::cli
