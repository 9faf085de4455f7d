#include "output.h"

#include "domain/csvcolumns.h"
#include "domain/money.h"
#include "jsonout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace ad::cli {

namespace {

// A text table whose columns are as wide as their widest cell (headers included), so that it
// stays aligned in every language.
class TextTable {
public:
    TextTable(const QStringList &headers, const QList<int> &rightAligned = {},
              const QString &indent = {})
        : m_right(rightAligned), m_indent(indent)
    {
        m_rows.append(headers);
    }
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    QString text() const
    {
        QList<int> widths;
        for (const QStringList &r : m_rows)
            for (int i = 0; i < r.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = qMax(widths[i], int(r.at(i).size()));
            }
        QStringList lines;
        for (const QStringList &r : m_rows) {
            QStringList cells;
            for (int i = 0; i < r.size(); ++i) {
                const bool last = i == r.size() - 1;
                if (m_right.contains(i))
                    cells << r.at(i).rightJustified(widths.at(i));
                else
                    cells << (last ? r.at(i) : r.at(i).leftJustified(widths.at(i)));
            }
            lines << m_indent + cells.join(QStringLiteral("  "));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<QStringList> m_rows;
    QList<int> m_right;
    QString m_indent;
};

} // namespace

Output::Output(bool json) : m_json(json), m_out(stdout), m_err(stderr) {}

void Output::print(const QString &text)
{
    m_out << text << '\n';
}

void Output::printHelp(const QString &text, bool toStderr)
{
    (toStderr ? m_err : m_out) << text;
}

void Output::progress(const QString &line)
{
    m_err << line;
    m_err << '\n';
    m_err.flush();
}

void Output::raw(const QByteArray &bytes)
{
    m_out.flush();
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(bytes);
}

void Output::printJson(const QJsonObject &o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::okJson(QJsonObject o)
{
    o.insert(QStringLiteral("ok"), true);
    printJson(o);
    return 0;
}

int Output::fail(const Status &st)
{
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("errors"), problemsJson(st.problems(), false));
        printJson(o);
    } else {
        for (const Problem &p : st.problems())
            m_err << QCoreApplication::translate("agreementdesk-cli", "error: ") << p.message
                  << " [" << p.code << "]" << '\n';
    }
    m_out.flush();
    m_err.flush();
    return st.exitCode();
}

int Output::usage(const QString &message)
{
    return fail(Status::usage(
        QStringLiteral("usage"),
        message + QLatin1Char('\n') +
            QCoreApplication::translate("agreementdesk-cli",
                                        "Run agreementdesk-cli --help for the commands.")));
}

int Output::doneWith(const Status &st, const QString &message, const QJsonObject &extra)
{
    if (!st.ok())
        return fail(st);
    if (m_json)
        return okJson(extra);
    print(message);
    return 0;
}

int Output::done(const Status &st, const QString &message)
{
    return doneWith(st, message, {});
}

QString Output::quantityText(std::optional<int> q)
{
    return q ? QString::number(*q) : QCoreApplication::translate("agreementdesk-cli", "Unlimited");
}

QString Output::money(qint64 minor, const QString &currency)
{
    return money::plain(minor) + QLatin1Char(' ') + currency;
}

int Output::initialised(const QString &database, int schemaVersion, bool demo,
                        const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("schema_version"), schemaVersion);
    if (demo)
        o.insert(QStringLiteral("demo"), true);
    return doneWith(Status(), message, o);
}

int Output::customers(const QList<CustomerInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &c : list)
            a.append(customerJson(c));
        QJsonObject o;
        o.insert(QStringLiteral("customers"), a);
        return okJson(o);
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "i_customer"),
                     QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Time zone"),
                     QCoreApplication::translate("agreementdesk-cli", "Currency"),
                     QCoreApplication::translate("agreementdesk-cli", "Accounts")},
                    {0, 4});
    for (const auto &c : list)
        table.addRow(
            {QString::number(c.id), c.name, c.timeZone, c.currency, QString::number(c.accounts)});
    print(table.text());
    return 0;
}

int Output::customerAdded(const Status &st, qint64 iCustomer, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_customer"), iCustomer);
    return doneWith(st, message, o);
}

int Output::products(const QList<ProductInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &p : list)
            a.append(productJson(p));
        QJsonObject o;
        o.insert(QStringLiteral("products"), a);
        return okJson(o);
    }
    print(QStringLiteral("%1  %2  %3")
              .arg(QCoreApplication::translate("agreementdesk-cli", "Product"), -32)
              .arg(QCoreApplication::translate("agreementdesk-cli", "Kind"), -7)
              .arg(QCoreApplication::translate("agreementdesk-cli", "Monthly fee")));
    for (const auto &p : list)
        print(QStringLiteral("%1  %2  %3")
                  .arg(p.name, -32)
                  .arg(p.isMain ? QCoreApplication::translate("agreementdesk-cli", "main")
                                : QCoreApplication::translate("agreementdesk-cli", "add-on"),
                       -7)
                  .arg(p.fee ? money(*p.fee, p.currency)
                             : QCoreApplication::translate("agreementdesk-cli", "none")));
    return 0;
}

int Output::agreement(const CustomerInfo &c, const QList<AgreementLineInfo> &lines, qint64 charges)
{
    if (m_json)
        return okJson(agreementJson(c, lines, charges));
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2) — monthly charges estimate %3")
              .arg(c.name)
              .arg(c.id)
              .arg(money(charges, c.currency)));
    for (int pass = 0; pass < 2; ++pass) {
        print(QString());
        print(pass == 0 ? QCoreApplication::translate("agreementdesk-cli", "Main products")
                        : QCoreApplication::translate("agreementdesk-cli", "Add-on products"));
        TextTable table({QCoreApplication::translate("agreementdesk-cli", "Product"),
                         QCoreApplication::translate("agreementdesk-cli", "Monthly fee"),
                         QCoreApplication::translate("agreementdesk-cli", "Quantity"),
                         QCoreApplication::translate("agreementdesk-cli", "In use"),
                         QCoreApplication::translate("agreementdesk-cli", "Available")},
                        {1, 2, 3, 4}, QStringLiteral("  "));
        int n = 0;
        for (const auto &l : lines) {
            if (l.product.isMain != (pass == 0))
                continue;
            ++n;
            table.addRow({l.product.name,
                          l.product.fee ? money::plain(*l.product.fee) : QStringLiteral("—"),
                          quantityText(l.quantity), QString::number(l.inUse),
                          l.available() ? QString::number(*l.available()) : QStringLiteral("—")});
        }
        print(n ? table.text() : QCoreApplication::translate("agreementdesk-cli", "  (none)"));
    }
    return 0;
}

int Output::agreementChanged(const Status &st, const QString &product, bool withQuantity,
                             std::optional<int> quantity, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("product"), product);
    if (withQuantity)
        o.insert(QStringLiteral("quantity"), quantityJson(quantity));
    return doneWith(st, message, o);
}

int Output::created(const CreatedAccount &a, const QString &currency)
{
    if (m_json)
        return okJson(createdJson(a, currency));
    print(QCoreApplication::translate("agreementdesk-cli",
                                      "Created %1 (%2, %3). Monthly charges %4 → %5.")
              .arg(a.accountId, a.product, a.status, money(a.chargesBefore, currency),
                   money(a.chargesAfter, currency)));
    return 0;
}

int Output::accountChanged(const Status &st, const AccountInfo *account, const QString &message)
{
    QJsonObject o;
    if (account)
        o.insert(QStringLiteral("account"), accountJson(*account));
    return doneWith(st, message, o);
}

int Output::addonChanged(const Status &st, const QString &accountId, const QString &addon,
                         const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("account_id"), accountId);
    o.insert(QStringLiteral("addon"), addon);
    return doneWith(st, message, o);
}

int Output::accounts(const CustomerInfo &c, const QList<AccountInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &acc : list)
            a.append(accountJson(acc));
        QJsonObject o;
        o.insert(QStringLiteral("customer"), customerRefJson(c));
        o.insert(QStringLiteral("accounts"), a);
        return okJson(o);
    }
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2): %n account(s)", nullptr,
                                      list.size())
              .arg(c.name)
              .arg(c.id));
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Ext"),
                     QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Account ID"),
                     QCoreApplication::translate("agreementdesk-cli", "Product"),
                     QCoreApplication::translate("agreementdesk-cli", "DIDs"),
                     QCoreApplication::translate("agreementdesk-cli", "Hunt group"),
                     QCoreApplication::translate("agreementdesk-cli", "Status")},
                    {0});
    for (const auto &a : list) {
        QString status = a.status == QLatin1String("active")
                             ? QCoreApplication::translate("agreementdesk-cli", "active")
                         : a.status == QLatin1String("inactive")
                             ? QCoreApplication::translate("agreementdesk-cli", "inactive")
                             : QCoreApplication::translate("agreementdesk-cli", "closed");
        if (a.blocked == QLatin1String("by_admin"))
            status +=
                QCoreApplication::translate("agreementdesk-cli", ", blocked by administrator");
        else if (a.blocked == QLatin1String("by_customer"))
            status += QCoreApplication::translate("agreementdesk-cli", ", blocked by customer");
        QString product = a.product;
        if (!a.addons.isEmpty())
            product += QStringLiteral(" + ") + a.addons.join(QStringLiteral(", "));
        table.addRow({a.number, a.name, a.id, product, a.dids.join(QLatin1Char(' ')),
                      a.huntGroups.join(QStringLiteral(", ")), status});
    }
    print(table.text());
    return 0;
}

int Output::didsGiven(const Status &st, const QStringList &added, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(added));
    return doneWith(st, message, o);
}

int Output::dids(const QList<DidInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &d : list)
            a.append(didJson(d));
        QJsonObject o;
        o.insert(QStringLiteral("dids"), a);
        return okJson(o);
    }
    for (const auto &d : list)
        print(QStringLiteral("%1  %2")
                  .arg(d.number, -16)
                  .arg(d.accountId.isEmpty()
                           ? QCoreApplication::translate("agreementdesk-cli", "free")
                           : d.accountId));
    return 0;
}

int Output::huntGroups(const CustomerInfo &c, const QList<HuntGroupInfo> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &h : list)
            a.append(huntGroupJson(h));
        QJsonObject o;
        o.insert(QStringLiteral("huntgroups"), a);
        return okJson(o);
    }
    for (const auto &h : list)
        print(QStringLiteral("%1  %2  %3  %4")
                  .arg(h.name, -20)
                  .arg(h.number, 6)
                  .arg(h.sequence, -12)
                  .arg(h.members.join(QStringLiteral(", "))));
    if (list.isEmpty())
        print(
            QCoreApplication::translate("agreementdesk-cli", "%1 has no hunt groups.").arg(c.name));
    return 0;
}

int Output::history(const CustomerInfo &c, const QList<AuditEntry> &list)
{
    if (m_json) {
        QJsonArray a;
        for (const auto &e : list)
            a.append(auditJson(e));
        QJsonObject o;
        o.insert(QStringLiteral("history"), a);
        return okJson(o);
    }
    for (const auto &e : list) {
        const QString change =
            e.oldValue.isEmpty() ? e.newValue : e.oldValue + QStringLiteral(" → ") + e.newValue;
        print(QStringLiteral("%1  %2  %3  %4  %5")
                  .arg(e.at, -24)
                  .arg(e.who, -16)
                  .arg(e.action, -18)
                  .arg(e.object, -20)
                  .arg(change));
    }
    if (list.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "No history for %1.").arg(c.name));
    return 0;
}

int Output::exported(const Status &st, const QString &file, int extensions, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("extensions"), extensions);
    return doneWith(st, message, o);
}

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
    o.insert(QStringLiteral("rows"), plan.rows);
    o.insert(QStringLiteral("dry_run"), r.dryRun);
    o.insert(QStringLiteral("committed"), r.committed);
    o.insert(QStringLiteral("skip_invalid"), r.skipInvalid);
    // Every row that adds, updates, closes or changes nothing, in file order.
    QList<QPair<int, QJsonObject>> rows;
    for (const PlannedAccount &a : plan.accounts)
        rows.append({a.row, plannedAccountJson(a)});
    for (const PlannedChange &c : plan.changes)
        rows.append({c.row, plannedChangeJson(c)});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray accounts;
    for (const auto &r : rows)
        accounts.append(r.second);
    o.insert(QStringLiteral("accounts"), accounts);
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
    printJson(o);
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
    if (!r.encoding.isEmpty())
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
    QStringList quota;
    for (const QuotaLine &q : plan.quota)
        quota << QCoreApplication::translate("agreementdesk-cli", "%1 %2 + %3 of %4%5")
                     .arg(q.product)
                     .arg(q.inUse)
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
    for (const PlannedChange &c : plan.changes) {
        if (c.action == RowAction::Unchanged || ++listed > 25)
            continue;
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
                                          nullptr, plan.accounts.size()));
        const int shown = qMin<int>(plan.accounts.size(), 25);
        for (int i = 0; i < shown; ++i) {
            const PlannedAccount &a = plan.accounts.at(i);
            print(QStringLiteral("  row %1  %2  %3  %4")
                      .arg(a.row, 6)
                      .arg(a.accountId, -20)
                      .arg(a.name, -30)
                      .arg(a.product));
        }
        if (plan.accounts.size() > shown)
            print(QCoreApplication::translate("agreementdesk-cli",
                                              "  … and %L1 more (--json lists them all).")
                      .arg(plan.accounts.size() - shown));
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
                                              nullptr, plan.accounts.size())
                : QCoreApplication::translate(
                      "agreementdesk-cli", "Dry run: the file has problems; nothing was written."));
    } else {
        print(
            QCoreApplication::translate("agreementdesk-cli",
                                        "Nothing was written. Fix the rows above and import again, "
                                        "or use --skip-invalid to import the %n valid row(s).",
                                        nullptr, plan.accounts.size()));
    }
    return r.exitCode;
}

} // namespace ad::cli
