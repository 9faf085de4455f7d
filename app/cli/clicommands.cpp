#include "clicommands.h"

#include "domain/csvcolumns.h"
#include "domain/money.h"
#include "domain/rules.h"
#include "import/csvreader.h"
#include "services/exporter.h"
#include "services/importservice.h"
#include "jsonout.h"
#include "storage/database.h"
#include "services/demodata.h"
#include "services/desk.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace ad::cli {

namespace {


const QSet<QString> kValueOptions = {
    QStringLiteral("--db"),       QStringLiteral("--as"),       QStringLiteral("--user"),      QStringLiteral("--quantity"),
    QStringLiteral("--encoding"), QStringLiteral("--delimiter"), QStringLiteral("--product"),  QStringLiteral("--name"),
    QStringLiteral("--did"),      QStringLiteral("--published"), QStringLiteral("--email"),    QStringLiteral("--timezone"),
    QStringLiteral("--huntgroup"), QStringLiteral("--number"),  QStringLiteral("--sequence"),  QStringLiteral("--currency"),
    QStringLiteral("--members"),  QStringLiteral("--filter"),   QStringLiteral("--errors-csv"), QStringLiteral("--rename")};
const QSet<QString> kFlags = {QStringLiteral("--json"), QStringLiteral("--progress"),     QStringLiteral("--demo"),         QStringLiteral("--dry-run"),
                              QStringLiteral("--inactive"), QStringLiteral("--skip-invalid"), QStringLiteral("--to-inventory"),
                              QStringLiteral("--help"),     QStringLiteral("--version")};

struct Args {
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    bool has(const QString &o) const { return flags.contains(o) || values.contains(o); }
    QString value(const QString &o, const QString &def = {}) const { return values.value(o, def); }
    std::optional<QString> opt(const QString &o) const
    {
        if (values.contains(o))
            return values.value(o);
        return std::nullopt;
    }
};

Args parse(const QStringList &in)
{
    Args a;
    for (int i = 0; i < in.size(); ++i) {
        QString arg = in.at(i);
        if (arg == QLatin1String("--")) {
            a.positional += in.mid(i + 1);
            break;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            QString value;
            bool inlineValue = false;
            const int eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                value = arg.mid(eq + 1);
                arg = arg.left(eq);
                inlineValue = true;
            }
            if (kFlags.contains(arg)) {
                if (inlineValue) {
                    a.error = QCoreApplication::translate("agreementdesk-cli", "The option %1 takes no value.").arg(arg);
                    return a;
                }
                a.flags.insert(arg);
            } else if (kValueOptions.contains(arg)) {
                if (!inlineValue) {
                    if (i + 1 >= in.size()) {
                        a.error = QCoreApplication::translate("agreementdesk-cli", "The option %1 needs a value.").arg(arg);
                        return a;
                    }
                    value = in.at(++i);
                }
                a.values.insert(arg, value);
            } else {
                a.error = QCoreApplication::translate("agreementdesk-cli", "Unknown option %1.").arg(arg);
                return a;
            }
        } else {
            a.positional << arg;
        }
    }
    return a;
}

// A text table whose columns are as wide as their widest cell (headers included), so that it
// stays aligned in every language.
class TextTable {
public:
    TextTable(const QStringList &headers, const QList<int> &rightAligned = {}, const QString &indent = {})
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

class Cli {
public:
    explicit Cli(Args args) : m_args(std::move(args)), m_out(stdout), m_err(stderr)
    {
        m_json = m_args.has(QStringLiteral("--json"));
    }

    int run();

private:
    // ---- output
    void print(const QString &text) { m_out << text << '\n'; }
    void printJson(const QJsonObject &o)
    {
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    int fail(const Status &st)
    {
        if (m_json) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), false);
            o.insert(QStringLiteral("errors"), problemsJson(st.problems(), false));
            printJson(o);
        } else {
            for (const Problem &p : st.problems())
                m_err << QCoreApplication::translate("agreementdesk-cli", "error: ") << p.message << " [" << p.code << "]" << '\n';
        }
        m_out.flush();
        m_err.flush();
        return st.exitCode();
    }
    int usage(const QString &message)
    {
        return fail(Status::usage(QStringLiteral("usage"), message + QLatin1Char('\n') +
                                                               QCoreApplication::translate("agreementdesk-cli", "Run agreementdesk-cli --help for the commands.")));
    }
    int okJson(QJsonObject o)
    {
        o.insert(QStringLiteral("ok"), true);
        printJson(o);
        return 0;
    }
    bool allowOnly(const QStringList &allowed)
    {
        const QSet<QString> global = {QStringLiteral("--db"), QStringLiteral("--as"), QStringLiteral("--user"),
                                      QStringLiteral("--json")};
        for (auto it = m_args.values.constBegin(); it != m_args.values.constEnd(); ++it)
            if (!global.contains(it.key()) && !allowed.contains(it.key())) {
                m_badOption = it.key();
                return false;
            }
        for (const QString &f : m_args.flags)
            if (!global.contains(f) && !allowed.contains(f)) {
                m_badOption = f;
                return false;
            }
        return true;
    }
    int badOption() { return usage(QCoreApplication::translate("agreementdesk-cli", "The option %1 does not apply to this command.").arg(m_badOption)); }

    // ---- database
    int openDb(Database::OpenMode mode = Database::OpenMode::ExistingSchema)
    {
        Status st;
        const QString spec = m_args.value(QStringLiteral("--db"), Database::defaultSpec());
        m_db = Database::open(spec, mode, &st);
        if (!m_db)
            return fail(st);
        Actor actor;
        actor.user = m_args.value(QStringLiteral("--user"));
        if (actor.user.isEmpty() && m_db->isPostgres() && qEnvironmentVariableIsEmpty("USER"))
            actor.user = m_db->databaseUser();
        actor.asCustomer = m_args.value(QStringLiteral("--as")) == QLatin1String("customer");
        m_actor = actor;
        m_service = std::make_unique<Desk>(*m_db, actor);
        return 0;
    }
    int customerArg(const QString &spec, CustomerInfo *c)
    {
        Status st = m_service->customers.find(spec, c);
        return st.ok() ? 0 : fail(st);
    }
    QString money(qint64 minor, const QString &currency) const
    {
        return money::plain(minor) + QLatin1Char(' ') + currency;
    }

    // ---- commands
    int cmdInit();
    int cmdCustomers();
    int cmdCustomerAdd();
    int cmdProducts();
    int cmdAgreement();
    int cmdTemplate();
    int cmdImport();
    int cmdExport();
    int cmdExtensionAdd();
    int cmdAutoAttendantAdd();
    int cmdAccount();
    int cmdAccounts();
    int cmdDid();
    int cmdHuntGroup();
    int cmdHistory();
    int created(const CreatedAccount &a, const QString &currency);
    int simpleDone(const Status &st, const QString &message, const QJsonObject &extra = {});

    Args m_args;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_badOption;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Desk> m_service;
    Actor m_actor;
};

int Cli::run()
{
    if (!m_args.error.isEmpty())
        return usage(m_args.error);
    if (m_args.has(QStringLiteral("--version"))) {
        print(QStringLiteral("agreementdesk-cli %1").arg(QStringLiteral(AGREEMENTDESK_VERSION)));
        return 0;
    }
    if (m_args.has(QStringLiteral("--help")) || m_args.positional.isEmpty() ||
        m_args.positional.first() == QLatin1String("help")) {
        if (m_args.positional.isEmpty() && !m_args.has(QStringLiteral("--help"))) {
            m_err << usageText();
            return 2;
        }
        m_out << usageText();
        return 0;
    }
    const QString as = m_args.value(QStringLiteral("--as"), QStringLiteral("admin"));
    if (as != QLatin1String("admin") && as != QLatin1String("customer"))
        return usage(QCoreApplication::translate("agreementdesk-cli", "--as takes admin or customer, not \"%1\".").arg(as));
    const QString cmd = m_args.positional.takeFirst();
    if (cmd == QLatin1String("init"))
        return cmdInit();
    if (cmd == QLatin1String("customers"))
        return cmdCustomers();
    if (cmd == QLatin1String("customer"))
        return cmdCustomerAdd();
    if (cmd == QLatin1String("products"))
        return cmdProducts();
    if (cmd == QLatin1String("agreement"))
        return cmdAgreement();
    if (cmd == QLatin1String("template"))
        return cmdTemplate();
    if (cmd == QLatin1String("import"))
        return cmdImport();
    if (cmd == QLatin1String("export"))
        return cmdExport();
    if (cmd == QLatin1String("extension"))
        return cmdExtensionAdd();
    if (cmd == QLatin1String("auto-attendant"))
        return cmdAutoAttendantAdd();
    if (cmd == QLatin1String("account"))
        return cmdAccount();
    if (cmd == QLatin1String("accounts"))
        return cmdAccounts();
    if (cmd == QLatin1String("did"))
        return cmdDid();
    if (cmd == QLatin1String("huntgroup"))
        return cmdHuntGroup();
    if (cmd == QLatin1String("history"))
        return cmdHistory();
    return usage(QCoreApplication::translate("agreementdesk-cli", "Unknown command \"%1\".").arg(cmd));
}

int Cli::simpleDone(const Status &st, const QString &message, const QJsonObject &extra)
{
    if (!st.ok())
        return fail(st);
    if (m_json)
        return okJson(extra);
    print(message);
    return 0;
}

int Cli::cmdInit()
{
    if (!allowOnly({QStringLiteral("--demo")}))
        return badOption();
    if (!m_args.positional.isEmpty())
        return usage(QCoreApplication::translate("agreementdesk-cli", "init takes no arguments."));
    if (int rc = openDb(Database::OpenMode::CreateIfMissing))
        return rc;
    QJsonObject o;
    o.insert(QStringLiteral("database"), m_db->describe());
    o.insert(QStringLiteral("schema_version"), m_db->schemaVersion());
    if (m_args.has(QStringLiteral("--demo"))) {
        Status st = DemoData::load(*m_db, m_actor.user.isEmpty() ? Actor::osLogin() : m_actor.user);
        if (!st.ok())
            return fail(st);
        o.insert(QStringLiteral("demo"), true);
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "%1: schema version %2, demo data loaded (5 customers, 10 products).")
                                  .arg(m_db->describe())
                                  .arg(m_db->schemaVersion()),
                          o);
    }
    return simpleDone(Status(), QCoreApplication::translate("agreementdesk-cli", "%1: schema version %2 ready.").arg(m_db->describe()).arg(m_db->schemaVersion()), o);
}

int Cli::cmdCustomers()
{
    if (!allowOnly({QStringLiteral("--filter")}))
        return badOption();
    if (int rc = openDb())
        return rc;
    QList<CustomerInfo> list;
    Status st = m_service->customers.list(&list, m_args.value(QStringLiteral("--filter")));
    if (!st.ok())
        return fail(st);
    if (m_json) {
        QJsonArray a;
        for (const auto &c : list) {
            QJsonObject o;
            o.insert(QStringLiteral("i_customer"), c.id);
            o.insert(QStringLiteral("name"), c.name);
            o.insert(QStringLiteral("currency"), c.currency);
            o.insert(QStringLiteral("time_zone"), c.timeZone);
            o.insert(QStringLiteral("accounts"), c.accounts);
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("customers"), a);
        return okJson(o);
    }
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "i_customer"), QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Time zone"), QCoreApplication::translate("agreementdesk-cli", "Currency"),
                     QCoreApplication::translate("agreementdesk-cli", "Accounts")},
                    {0, 4});
    for (const auto &c : list)
        table.addRow({QString::number(c.id), c.name, c.timeZone, c.currency, QString::number(c.accounts)});
    print(table.text());
    return 0;
}

int Cli::cmdCustomerAdd()
{
    if (!allowOnly({QStringLiteral("--currency"), QStringLiteral("--timezone")}))
        return badOption();
    if (m_args.positional.size() != 2 || m_args.positional.first() != QLatin1String("add"))
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: customer add NAME [--currency USD] [--timezone TZ]"));
    if (int rc = openDb())
        return rc;
    qint64 id = 0;
    Status st = m_service->customers.add(m_args.positional.at(1), m_args.value(QStringLiteral("--currency"), QStringLiteral("USD")),
                                       m_args.value(QStringLiteral("--timezone"), QStringLiteral("UTC")), &id);
    QJsonObject o;
    o.insert(QStringLiteral("i_customer"), id);
    return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "Customer %1 created: i_customer %2.").arg(m_args.positional.at(1)).arg(id), o);
}

int Cli::cmdProducts()
{
    if (!allowOnly({}))
        return badOption();
    if (int rc = openDb())
        return rc;
    QList<ProductInfo> list;
    Status st = m_service->products.list(&list);
    if (!st.ok())
        return fail(st);
    if (m_json) {
        QJsonArray a;
        for (const auto &p : list) {
            QJsonObject o;
            o.insert(QStringLiteral("i_product"), p.id);
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("kind"), p.isMain ? QStringLiteral("main") : QStringLiteral("add-on"));
            o.insert(QStringLiteral("monthly_fee"), p.fee ? QJsonValue(money::plain(*p.fee)) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("currency"), p.currency);
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("products"), a);
        return okJson(o);
    }
    print(QStringLiteral("%1  %2  %3").arg(QCoreApplication::translate("agreementdesk-cli", "Product"), -32).arg(QCoreApplication::translate("agreementdesk-cli", "Kind"), -7).arg(QCoreApplication::translate("agreementdesk-cli", "Monthly fee")));
    for (const auto &p : list)
        print(QStringLiteral("%1  %2  %3")
                  .arg(p.name, -32)
                  .arg(p.isMain ? QCoreApplication::translate("agreementdesk-cli", "main") : QCoreApplication::translate("agreementdesk-cli", "add-on"), -7)
                  .arg(p.fee ? money(*p.fee, p.currency) : QCoreApplication::translate("agreementdesk-cli", "none")));
    return 0;
}

static QString quantityText(std::optional<int> q)
{
    return q ? QString::number(*q) : QCoreApplication::translate("agreementdesk-cli", "Unlimited");
}

int Cli::cmdAgreement()
{
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("show")) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() != 2)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: agreement show CUSTOMER"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        QList<AgreementLineInfo> lines;
        Status st = m_service->agreement.lines(c.id, &lines);
        if (!st.ok())
            return fail(st);
        qint64 charges = 0;
        if (!(st = m_service->customers.monthlyCharges(c.id, &charges)).ok())
            return fail(st);
        if (m_json) {
            QJsonArray mains, addons;
            for (const auto &l : lines) {
                QJsonObject o;
                o.insert(QStringLiteral("product"), l.product.name);
                o.insert(QStringLiteral("monthly_fee"), l.product.fee ? QJsonValue(money::plain(*l.product.fee)) : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("quantity"), quantityJson(l.quantity));
                o.insert(QStringLiteral("in_use"), l.inUse);
                o.insert(QStringLiteral("available"), quantityJson(l.available()));
                (l.product.isMain ? mains : addons).append(o);
            }
            QJsonObject cust;
            cust.insert(QStringLiteral("i_customer"), c.id);
            cust.insert(QStringLiteral("name"), c.name);
            QJsonObject o;
            o.insert(QStringLiteral("customer"), cust);
            o.insert(QStringLiteral("main"), mains);
            o.insert(QStringLiteral("addons"), addons);
            QJsonObject mc;
            mc.insert(QStringLiteral("currency"), c.currency);
            mc.insert(QStringLiteral("amount"), money::plain(charges));
            o.insert(QStringLiteral("monthly_charges"), mc);
            return okJson(o);
        }
        print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2) — monthly charges estimate %3").arg(c.name).arg(c.id).arg(money(charges, c.currency)));
        for (int pass = 0; pass < 2; ++pass) {
            print(QString());
            print(pass == 0 ? QCoreApplication::translate("agreementdesk-cli", "Main products") : QCoreApplication::translate("agreementdesk-cli", "Add-on products"));
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
                table.addRow({l.product.name, l.product.fee ? money::plain(*l.product.fee) : QStringLiteral("—"),
                              quantityText(l.quantity), QString::number(l.inUse),
                              l.available() ? QString::number(*l.available()) : QStringLiteral("—")});
            }
            if (n)
                print(table.text());
            if (!n)
                print(QCoreApplication::translate("agreementdesk-cli", "  (none)"));
        }
        return 0;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("set") || sub == QLatin1String("remove")) {
        if (!allowOnly(sub == QLatin1String("add") ? QStringList{QStringLiteral("--quantity")} : QStringList{}))
            return badOption();
        const int want = sub == QLatin1String("set") ? 4 : 3;
        if (m_args.positional.size() != want)
            return usage(sub == QLatin1String("add")   ? QCoreApplication::translate("agreementdesk-cli", "Usage: agreement add CUSTOMER PRODUCT [--quantity N|unlimited]")
                         : sub == QLatin1String("set") ? QCoreApplication::translate("agreementdesk-cli", "Usage: agreement set CUSTOMER PRODUCT N|unlimited")
                                                       : QCoreApplication::translate("agreementdesk-cli", "Usage: agreement remove CUSTOMER PRODUCT"));
        std::optional<int> quantity;
        if (sub != QLatin1String("remove")) {
            const QString text = sub == QLatin1String("set") ? m_args.positional.at(3)
                                                             : m_args.value(QStringLiteral("--quantity"), QStringLiteral("unlimited"));
            const auto q = rules::parseQuantity(text);
            if (!q.ok)
                return fail(Status::refused(QStringLiteral("quantity_invalid"),
                                            QCoreApplication::translate("agreementdesk-cli", "\"%1\" is not a quantity: use unlimited or a whole number from 1 to 999999.").arg(text),
                                            QStringLiteral("quantity"), text));
            quantity = q.quantity;
        }
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        const QString product = m_args.positional.at(2);
        Status st = sub == QLatin1String("add")   ? m_service->agreement.add(c.id, product, quantity)
                    : sub == QLatin1String("set") ? m_service->agreement.set(c.id, product, quantity)
                                                  : m_service->agreement.remove(c.id, product);
        QJsonObject o;
        o.insert(QStringLiteral("product"), product);
        if (sub != QLatin1String("remove"))
            o.insert(QStringLiteral("quantity"), quantityJson(quantity));
        return simpleDone(st,
                          sub == QLatin1String("remove") ? QCoreApplication::translate("agreementdesk-cli", "%1 removed from %2's agreement.").arg(product, c.name)
                                                         : QCoreApplication::translate("agreementdesk-cli", "%1: %2 in %3's agreement.").arg(product, quantityText(quantity), c.name),
                          o);
    }
    return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: agreement show|add|set|remove CUSTOMER ..."));
}

int Cli::cmdTemplate()
{
    if (!allowOnly({}))
        return badOption();
    print(csv::templateLine());
    return 0;
}

int Cli::cmdImport()
{
    if (!allowOnly({QStringLiteral("--dry-run"), QStringLiteral("--inactive"), QStringLiteral("--skip-invalid"),
                    QStringLiteral("--encoding"), QStringLiteral("--delimiter"), QStringLiteral("--errors-csv"),
                    QStringLiteral("--progress")}))
        return badOption();
    if (m_args.positional.size() != 2)
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: import CUSTOMER FILE [--dry-run] [--inactive] [--skip-invalid] [--encoding NAME] "
                        "[--delimiter C] [--errors-csv FILE] [--json]"));
    csv::ReadOptions ro;
    ro.encoding = m_args.value(QStringLiteral("--encoding"));
    if (m_args.has(QStringLiteral("--delimiter"))) {
        const QString d = m_args.value(QStringLiteral("--delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t") || d == QLatin1String("\t"))
            ro.delimiter = QLatin1Char('\t');
        else if (d == QLatin1String(",") || d == QLatin1String(";") || d == QLatin1String("|"))
            ro.delimiter = d.at(0);
        else if (d == QLatin1String("comma"))
            ro.delimiter = QLatin1Char(',');
        else if (d == QLatin1String("semicolon"))
            ro.delimiter = QLatin1Char(';');
        else if (d == QLatin1String("pipe"))
            ro.delimiter = QLatin1Char('|');
        else
            return usage(QCoreApplication::translate("agreementdesk-cli", "--delimiter takes one of , ; | tab (not \"%1\").").arg(d));
    }
    if (!ro.encoding.isEmpty() && !csv::CsvReader::knownEncodings().contains(ro.encoding, Qt::CaseInsensitive)) {
        // Let the reader decide on aliases (utf8, cp1252, latin1 ...); it reports unknown names.
    }
    const bool dryRun = m_args.has(QStringLiteral("--dry-run"));
    const bool inactive = m_args.has(QStringLiteral("--inactive"));
    const bool skipInvalid = m_args.has(QStringLiteral("--skip-invalid"));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(0), &c))
        return rc;
    const QString path = m_args.positional.at(1);
    ImportService importer(*m_db, m_actor);
    ImportPlan plan;
    csv::ReadResult read;
    bool committed = false;
    Status outcome;
    if (dryRun) {
        // Reading and planning overlap on two threads.
        Status st = importer.readAndPlan(c.id, path, ro, PlanOptions{inactive}, &read, &plan);
        if (!st.ok())
            return fail(st);
    } else {
        // Read, planned and written in one pass under the per-customer lock: a second thread reads
        // and plans while this one writes the rows planned so far; errors roll it all back.
        CommitResult result;
        CommitOptions co{inactive, skipInvalid, {}};
        QElapsedTimer clock;
        clock.start();
        if (m_args.has(QStringLiteral("--progress")))
            co.progress = [&](int done, int total) {
                const qint64 rate = qint64(done * 1000.0 / qMax<qint64>(1, clock.elapsed()));
                if (total > 0)
                    m_err << QCoreApplication::translate("agreementdesk-cli", "committing %1/%2 (%3 rows/s)").arg(done).arg(total).arg(rate);
                else
                    m_err << QCoreApplication::translate("agreementdesk-cli", "committing %1 (%2 rows/s)").arg(done).arg(rate);
                m_err << '\n';
                m_err.flush();
                return true;
            };
        outcome = importer.readPlanAndCommit(c.id, path, ro, co, &read, &result);
        plan = result.plan;
        committed = result.committed;
        if (!read.fileErrors.isEmpty())
            outcome = Status(); // reported below as the file's problems, with their exit status
        else if (!outcome.ok() && outcome.kind() == Status::Kind::Refused && !result.plan.iCustomer)
            return fail(outcome);
    }
    if (m_args.has(QStringLiteral("--errors-csv")) && !plan.rowsWithErrors.isEmpty()) {
        QString error;
        if (!ImportService::writeProblemsCsv(m_args.value(QStringLiteral("--errors-csv")), read, plan, &error))
            return fail(Status::database(QCoreApplication::translate("agreementdesk-cli", "Cannot write %1: %2").arg(m_args.value(QStringLiteral("--errors-csv")), error),
                                         QStringLiteral("file_unwritable")));
    }

    // Exit status: 0 when committed, or on a dry run when the import would go through.
    int exitCode = 0;
    const bool fileUnreadable = !read.fileErrors.isEmpty() && read.fileErrors.first().code == QLatin1String("file_unreadable");
    const bool encodingBad = !read.fileErrors.isEmpty() && read.fileErrors.first().code == QLatin1String("encoding_unknown");
    if (encodingBad)
        exitCode = 2;
    else if (fileUnreadable)
        exitCode = 3;
    else if (!outcome.ok())
        exitCode = outcome.exitCode();
    else if (dryRun)
        exitCode = (read.fileErrors.isEmpty() && (!plan.hasErrors() || (skipInvalid && !plan.accounts.isEmpty()))) ? 0 : 1;
    else
        exitCode = committed ? 0 : 1;

    QList<Problem> errors = plan.errors;
    if (!outcome.ok()) {
        // Problems of the commit itself (a lock, a stale plan, nothing to import), not rows.
        for (const Problem &p : outcome.problems()) {
            const bool isRowError = std::any_of(plan.errors.cbegin(), plan.errors.cend(), [&](const Problem &e) {
                return e.row == p.row && e.code == p.code && e.field == p.field;
            });
            if (!isRowError)
                errors.prepend(p);
        }
    }

    if (m_json) {
        QJsonObject o;
        QJsonObject cust;
        cust.insert(QStringLiteral("i_customer"), c.id);
        cust.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("customer"), cust);
        o.insert(QStringLiteral("file"), QFileInfo(path).fileName());
        o.insert(QStringLiteral("encoding"), read.encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(read.encoding));
        o.insert(QStringLiteral("delimiter"), read.delimiter.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(read.delimiter)));
        o.insert(QStringLiteral("rows"), plan.rows);
        o.insert(QStringLiteral("dry_run"), dryRun);
        o.insert(QStringLiteral("committed"), committed);
        o.insert(QStringLiteral("skip_invalid"), skipInvalid);
        QJsonArray accounts;
        for (const PlannedAccount &a : plan.accounts)
            accounts.append(plannedAccountJson(a));
        o.insert(QStringLiteral("accounts"), accounts);
        o.insert(QStringLiteral("errors"), problemsJson(errors, true));
        QJsonArray warnings;
        for (const Problem &w : plan.warnings) {
            QJsonObject wo;
            wo.insert(QStringLiteral("row"), w.row > 0 ? QJsonValue(w.row) : QJsonValue(QJsonValue::Null));
            wo.insert(QStringLiteral("code"), w.code);
            wo.insert(QStringLiteral("message"), w.message);
            warnings.append(wo);
        }
        o.insert(QStringLiteral("warnings"), warnings);
        QJsonArray quota;
        for (const QuotaLine &q : plan.quota) {
            QJsonObject qo;
            qo.insert(QStringLiteral("product"), q.product);
            qo.insert(QStringLiteral("in_use"), q.inUse);
            qo.insert(QStringLiteral("adding"), q.adding);
            qo.insert(QStringLiteral("quantity"), quantityJson(q.quantity));
            qo.insert(QStringLiteral("exceeded"), q.exceeded);
            quota.append(qo);
        }
        o.insert(QStringLiteral("quota"), quota);
        QJsonObject mc;
        mc.insert(QStringLiteral("currency"), c.currency);
        mc.insert(QStringLiteral("before"), money::plain(plan.chargesBefore));
        mc.insert(QStringLiteral("after"), money::plain(plan.chargesAfter));
        o.insert(QStringLiteral("monthly_charges"), mc);
        printJson(o);
        return exitCode;
    }

    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2) ← %3").arg(c.name).arg(c.id).arg(QFileInfo(path).fileName()));
    if (!read.encoding.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "  %n data row(s) · encoding %1 · delimiter %2", nullptr, plan.rows)
                  .arg(read.encoding,
                       read.delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QStringLiteral("\"%1\"").arg(read.delimiter)));
    for (const Problem &w : plan.warnings)
        print(QCoreApplication::translate("agreementdesk-cli", "  warning: %1").arg(w.message));
    if (!errors.isEmpty()) {
        print(QCoreApplication::translate("agreementdesk-cli", "Problems (%1):").arg(errors.size()));
        for (const Problem &e : errors) {
            QString where = e.row > 0 ? QCoreApplication::translate("agreementdesk-cli", "row %1").arg(e.row) : QCoreApplication::translate("agreementdesk-cli", "file");
            if (!e.field.isEmpty())
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
                     .arg(q.exceeded ? QCoreApplication::translate("agreementdesk-cli", " (exceeded)") : QString());
    if (!quota.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "Quota: %1").arg(quota.join(QStringLiteral("; "))));
    print(QCoreApplication::translate("agreementdesk-cli", "Monthly charges: %1 → %2").arg(money(plan.chargesBefore, c.currency), money(plan.chargesAfter, c.currency)));
    if (committed) {
        print(QCoreApplication::translate("agreementdesk-cli", "Imported: %n account(s) created.", nullptr, plan.accounts.size()));
        const int shown = qMin<int>(plan.accounts.size(), 25);
        for (int i = 0; i < shown; ++i) {
            const PlannedAccount &a = plan.accounts.at(i);
            print(QStringLiteral("  row %1  %2  %3  %4").arg(a.row, 6).arg(a.accountId, -20).arg(a.name, -30).arg(a.product));
        }
        if (plan.accounts.size() > shown)
            print(QCoreApplication::translate("agreementdesk-cli", "  … and %L1 more (--json lists them all).").arg(plan.accounts.size() - shown));
        if (!plan.rowsWithErrors.isEmpty())
            print(QCoreApplication::translate("agreementdesk-cli", "Skipped: %n invalid row(s) (listed above).", nullptr, plan.rowsWithErrors.size()));
    } else if (dryRun) {
        print(exitCode == 0 ? QCoreApplication::translate("agreementdesk-cli", "Dry run: the file is valid; %n account(s) would be created. Nothing was written.", nullptr,
                                 plan.accounts.size())
                            : QCoreApplication::translate("agreementdesk-cli", "Dry run: the file has problems; nothing was written."));
    } else {
        print(QCoreApplication::translate("agreementdesk-cli", "Nothing was written. Fix the rows above and import again, or use --skip-invalid to import the %n valid row(s).",
                 nullptr, plan.accounts.size()));
    }
    return exitCode;
}

int Cli::cmdExport()
{
    if (!allowOnly({}))
        return badOption();
    if (m_args.positional.size() < 1 || m_args.positional.size() > 2)
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: export CUSTOMER [FILE]"));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(0), &c))
        return rc;
    CsvWriter w;
    int count = 0;
    Status st = Exporter::exportExtensions(*m_db, c.id, &w, &count);
    if (!st.ok())
        return fail(st);
    if (m_args.positional.size() == 2) {
        QString error;
        if (!w.save(m_args.positional.at(1), &error))
            return fail(Status::database(QCoreApplication::translate("agreementdesk-cli", "Cannot write %1: %2").arg(m_args.positional.at(1), error), QStringLiteral("file_unwritable")));
        QJsonObject o;
        o.insert(QStringLiteral("file"), m_args.positional.at(1));
        o.insert(QStringLiteral("extensions"), count);
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "%n extension(s) of %1 written to %2.", nullptr, count).arg(c.name, m_args.positional.at(1)), o);
    }
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(w.bytes().mid(3)); // no BOM on a terminal or a pipe
    return 0;
}

int Cli::created(const CreatedAccount &a, const QString &currency)
{
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("account_id"), a.accountId);
        o.insert(QStringLiteral("product"), a.product);
        o.insert(QStringLiteral("status"), a.status);
        o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(a.dids));
        o.insert(QStringLiteral("huntgroup"), a.huntGroup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.huntGroup));
        QJsonObject mc;
        mc.insert(QStringLiteral("currency"), currency);
        mc.insert(QStringLiteral("before"), money::plain(a.chargesBefore));
        mc.insert(QStringLiteral("after"), money::plain(a.chargesAfter));
        o.insert(QStringLiteral("monthly_charges"), mc);
        return okJson(o);
    }
    print(QCoreApplication::translate("agreementdesk-cli", "Created %1 (%2, %3). Monthly charges %4 → %5.")
              .arg(a.accountId, a.product, a.status, money(a.chargesBefore, currency), money(a.chargesAfter, currency)));
    return 0;
}

// CLI option names for the CSV columns a one-row plan reports.
static QList<Problem> withOptionNames(QList<Problem> problems)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Extension number"), QStringLiteral("number")}, {QStringLiteral("Name"), QStringLiteral("--name")},
        {QStringLiteral("DID numbers"), QStringLiteral("--did")},        {QStringLiteral("Published"), QStringLiteral("--published")},
        {QStringLiteral("Email for notifications"), QStringLiteral("--email")},
        {QStringLiteral("Timezone"), QStringLiteral("--timezone")},      {QStringLiteral("Product"), QStringLiteral("--product")},
        {QStringLiteral("Huntgroup"), QStringLiteral("--huntgroup")}};
    for (Problem &p : problems)
        p.field = names.value(p.field, p.field);
    return problems;
}

int Cli::cmdExtensionAdd()
{
    if (!allowOnly({QStringLiteral("--product"), QStringLiteral("--name"), QStringLiteral("--did"), QStringLiteral("--published"),
                    QStringLiteral("--email"), QStringLiteral("--timezone"), QStringLiteral("--huntgroup"), QStringLiteral("--inactive")}))
        return badOption();
    if (m_args.positional.size() != 3 || m_args.positional.first() != QLatin1String("add"))
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: extension add CUSTOMER NUMBER --product P [--name N] [--did D,...] [--published Y|N] "
                        "[--email E] [--timezone TZ] [--huntgroup H] [--inactive]"));
    if (!m_args.has(QStringLiteral("--product")))
        return usage(QCoreApplication::translate("agreementdesk-cli", "extension add needs --product."));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(1), &c))
        return rc;
    ExtensionRequest r;
    r.number = m_args.positional.at(2);
    r.product = m_args.value(QStringLiteral("--product"));
    r.name = m_args.value(QStringLiteral("--name"));
    r.dids = rules::splitDids(m_args.value(QStringLiteral("--did")));
    r.published = m_args.value(QStringLiteral("--published"));
    r.email = m_args.value(QStringLiteral("--email"));
    r.timeZone = m_args.value(QStringLiteral("--timezone"));
    r.huntGroup = m_args.value(QStringLiteral("--huntgroup"));
    r.inactive = m_args.has(QStringLiteral("--inactive"));
    CreatedAccount a;
    Status st = m_service->accounts.addExtension(c.id, r, &a);
    if (!st.ok())
        return fail(st.kind() == Status::Kind::Refused ? Status::refused(withOptionNames(st.problems())) : st);
    return created(a, c.currency);
}

int Cli::cmdAutoAttendantAdd()
{
    if (!allowOnly({QStringLiteral("--product"), QStringLiteral("--name"), QStringLiteral("--did"), QStringLiteral("--inactive")}))
        return badOption();
    if (m_args.positional.size() != 2 || m_args.positional.first() != QLatin1String("add"))
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: auto-attendant add CUSTOMER --product P [--name N] [--did D,...] [--inactive]"));
    if (!m_args.has(QStringLiteral("--product")))
        return usage(QCoreApplication::translate("agreementdesk-cli", "auto-attendant add needs --product."));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(1), &c))
        return rc;
    CreatedAccount a;
    Status st = m_service->accounts.addAutoAttendant(c.id, m_args.value(QStringLiteral("--product")), m_args.value(QStringLiteral("--name")),
                                            rules::splitDids(m_args.value(QStringLiteral("--did"))),
                                            m_args.has(QStringLiteral("--inactive")), &a);
    if (!st.ok())
        return fail(st);
    return created(a, c.currency);
}

int Cli::cmdAccount()
{
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("add")) {
        if (!allowOnly({QStringLiteral("--product"), QStringLiteral("--inactive")}))
            return badOption();
        if (m_args.positional.size() != 3 || !m_args.has(QStringLiteral("--product")))
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: account add CUSTOMER ID --product P [--inactive]"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        CreatedAccount a;
        Status st = m_service->accounts.addGenericAccount(c.id, m_args.positional.at(2), m_args.value(QStringLiteral("--product")),
                                                 m_args.has(QStringLiteral("--inactive")), &a);
        if (!st.ok())
            return fail(st);
        return created(a, c.currency);
    }
    if (sub == QLatin1String("addon")) {
        if (!allowOnly({}))
            return badOption();
        const QString op = m_args.positional.value(1);
        if (m_args.positional.size() != 4 || (op != QLatin1String("add") && op != QLatin1String("remove")))
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: account addon add|remove ACCOUNT_ID PRODUCT"));
        if (int rc = openDb())
            return rc;
        const QString id = m_args.positional.at(2), product = m_args.positional.at(3);
        Status st = op == QLatin1String("add") ? m_service->accountState.addonAdd(id, product) : m_service->accountState.addonRemove(id, product);
        QJsonObject o;
        o.insert(QStringLiteral("account_id"), id);
        o.insert(QStringLiteral("addon"), product);
        return simpleDone(st, op == QLatin1String("add") ? QCoreApplication::translate("agreementdesk-cli", "Added %1 to %2.").arg(product, id) : QCoreApplication::translate("agreementdesk-cli", "Removed %1 from %2.").arg(product, id), o);
    }
    static const QStringList ops = {QStringLiteral("block"), QStringLiteral("unblock"), QStringLiteral("activate"), QStringLiteral("close")};
    if (ops.contains(sub)) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() != 2)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: account %1 ACCOUNT_ID").arg(sub));
        if (int rc = openDb())
            return rc;
        const QString id = m_args.positional.at(1);
        Status st;
        QString done;
        if (sub == QLatin1String("block")) {
            st = m_service->accountState.block(id);
            done = m_actor.asCustomer ? QCoreApplication::translate("agreementdesk-cli", "Blocked %1 (by the customer).").arg(id) : QCoreApplication::translate("agreementdesk-cli", "Blocked %1 (by an administrator).").arg(id);
        } else if (sub == QLatin1String("unblock")) {
            st = m_service->accountState.unblock(id);
            done = QCoreApplication::translate("agreementdesk-cli", "Unblocked %1.").arg(id);
        } else if (sub == QLatin1String("activate")) {
            st = m_service->accountState.activate(id);
            done = QCoreApplication::translate("agreementdesk-cli", "Activated %1.").arg(id);
        } else {
            st = m_service->accountState.close(id);
            done = QCoreApplication::translate("agreementdesk-cli", "Closed %1; its DIDs went back to the customer's pool and it left its hunt groups.").arg(id);
        }
        AccountInfo info;
        QJsonObject o;
        if (st.ok() && m_service->accounts.find(id, &info).ok())
            o.insert(QStringLiteral("account"), accountJson(info));
        return simpleDone(st, done, o);
    }
    return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: account add|block|unblock|activate|close|addon ..."));
}

int Cli::cmdAccounts()
{
    if (!allowOnly({}))
        return badOption();
    if (m_args.positional.size() != 1)
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: accounts CUSTOMER"));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(0), &c))
        return rc;
    QList<AccountInfo> list;
    Status st = m_service->accounts.list(c.id, &list);
    if (!st.ok())
        return fail(st);
    if (m_json) {
        QJsonArray a;
        for (const auto &acc : list)
            a.append(accountJson(acc));
        QJsonObject cust;
        cust.insert(QStringLiteral("i_customer"), c.id);
        cust.insert(QStringLiteral("name"), c.name);
        QJsonObject o;
        o.insert(QStringLiteral("customer"), cust);
        o.insert(QStringLiteral("accounts"), a);
        return okJson(o);
    }
    print(QCoreApplication::translate("agreementdesk-cli", "%1 (%2): %n account(s)", nullptr, list.size()).arg(c.name).arg(c.id));
    TextTable table({QCoreApplication::translate("agreementdesk-cli", "Ext"), QCoreApplication::translate("agreementdesk-cli", "Name"),
                     QCoreApplication::translate("agreementdesk-cli", "Account ID"), QCoreApplication::translate("agreementdesk-cli", "Product"),
                     QCoreApplication::translate("agreementdesk-cli", "DIDs"), QCoreApplication::translate("agreementdesk-cli", "Hunt group"),
                     QCoreApplication::translate("agreementdesk-cli", "Status")},
                    {0});
    for (const auto &a : list) {
        QString status = a.status == QLatin1String("active")     ? QCoreApplication::translate("agreementdesk-cli", "active")
                         : a.status == QLatin1String("inactive") ? QCoreApplication::translate("agreementdesk-cli", "inactive")
                                                                 : QCoreApplication::translate("agreementdesk-cli", "closed");
        if (a.blocked == QLatin1String("by_admin"))
            status += QCoreApplication::translate("agreementdesk-cli", ", blocked by administrator");
        else if (a.blocked == QLatin1String("by_customer"))
            status += QCoreApplication::translate("agreementdesk-cli", ", blocked by customer");
        QString product = a.product;
        if (!a.addons.isEmpty())
            product += QStringLiteral(" + ") + a.addons.join(QStringLiteral(", "));
        table.addRow({a.number, a.name, a.id, product, a.dids.join(QLatin1Char(' ')), a.huntGroups.join(QStringLiteral(", ")), status});
    }
    print(table.text());
    return 0;
}

int Cli::cmdDid()
{
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("add")) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() < 3)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: did add CUSTOMER NUMBER|FIRST..LAST ..."));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        QStringList added;
        Status st = m_service->dids.add(c.id, m_args.positional.mid(2), &added);
        QJsonObject o;
        o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(added));
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "%n DID(s) given to %1.", nullptr, added.size()).arg(c.name), o);
    }
    if (sub == QLatin1String("assign")) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() != 3)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: did assign ACCOUNT_ID NUMBER"));
        if (int rc = openDb())
            return rc;
        Status st = m_service->dids.assign(m_args.positional.at(1), m_args.positional.at(2));
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "DID %1 assigned to %2.").arg(m_args.positional.at(2), m_args.positional.at(1)));
    }
    if (sub == QLatin1String("release")) {
        if (!allowOnly({QStringLiteral("--to-inventory")}))
            return badOption();
        if (m_args.positional.size() != 2)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: did release NUMBER [--to-inventory]"));
        if (int rc = openDb())
            return rc;
        const bool inv = m_args.has(QStringLiteral("--to-inventory"));
        Status st = m_service->dids.release(m_args.positional.at(1), inv);
        return simpleDone(st, inv ? QCoreApplication::translate("agreementdesk-cli", "DID %1 returned to the provider's inventory.").arg(m_args.positional.at(1))
                                  : QCoreApplication::translate("agreementdesk-cli", "DID %1 released; it is free in the customer's pool.").arg(m_args.positional.at(1)));
    }
    if (sub == QLatin1String("list")) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() != 2)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: did list CUSTOMER"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        QList<DidInfo> list;
        Status st = m_service->dids.list(c.id, &list);
        if (!st.ok())
            return fail(st);
        if (m_json) {
            QJsonArray a;
            for (const auto &d : list) {
                QJsonObject o;
                o.insert(QStringLiteral("number"), d.number);
                o.insert(QStringLiteral("account_id"), d.accountId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.accountId));
                a.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("dids"), a);
            return okJson(o);
        }
        for (const auto &d : list)
            print(QStringLiteral("%1  %2").arg(d.number, -16).arg(d.accountId.isEmpty() ? QCoreApplication::translate("agreementdesk-cli", "free") : d.accountId));
        return 0;
    }
    return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: did add|assign|release|list ..."));
}

int Cli::cmdHuntGroup()
{
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("add")) {
        if (!allowOnly({QStringLiteral("--number"), QStringLiteral("--sequence")}))
            return badOption();
        if (m_args.positional.size() != 3 || !m_args.has(QStringLiteral("--number")))
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup add CUSTOMER NAME --number N [--sequence order|simultaneous|random|least_used]"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        Status st = m_service->huntGroups.add(c.id, m_args.positional.at(2), m_args.value(QStringLiteral("--number")),
                                            m_args.value(QStringLiteral("--sequence"), QStringLiteral("order")));
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "Hunt group %1 (%2) created for %3.").arg(m_args.positional.at(2), m_args.value(QStringLiteral("--number")), c.name));
    }
    if (sub == QLatin1String("set")) {
        if (!allowOnly({QStringLiteral("--number"), QStringLiteral("--sequence"), QStringLiteral("--rename"), QStringLiteral("--members")}))
            return badOption();
        if (m_args.positional.size() != 3)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members EXT,EXT,...]"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        QString name = m_args.positional.at(2);
        Status st;
        if (m_args.has(QStringLiteral("--rename")) || m_args.has(QStringLiteral("--number")) || m_args.has(QStringLiteral("--sequence"))) {
            st = m_service->huntGroups.update(c.id, name, m_args.opt(QStringLiteral("--rename")), m_args.opt(QStringLiteral("--number")),
                                            m_args.opt(QStringLiteral("--sequence")));
            if (!st.ok())
                return fail(st);
            name = m_args.value(QStringLiteral("--rename"), name);
        }
        if (m_args.has(QStringLiteral("--members"))) {
            QStringList members;
            for (const QString &m : m_args.value(QStringLiteral("--members")).split(QLatin1Char(',')))
                if (!m.trimmed().isEmpty())
                    members << m.trimmed();
            st = m_service->huntGroups.setMembers(c.id, name, members);
        }
        return simpleDone(st, QCoreApplication::translate("agreementdesk-cli", "Hunt group %1 updated.").arg(name));
    }
    if (sub == QLatin1String("list")) {
        if (!allowOnly({}))
            return badOption();
        if (m_args.positional.size() != 2)
            return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup list CUSTOMER"));
        if (int rc = openDb())
            return rc;
        CustomerInfo c;
        if (int rc = customerArg(m_args.positional.at(1), &c))
            return rc;
        QList<HuntGroupInfo> list;
        Status st = m_service->huntGroups.list(c.id, &list);
        if (!st.ok())
            return fail(st);
        if (m_json) {
            QJsonArray a;
            for (const auto &h : list) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), h.name);
                o.insert(QStringLiteral("number"), h.number);
                o.insert(QStringLiteral("sequence"), h.sequence);
                o.insert(QStringLiteral("members"), QJsonArray::fromStringList(h.members));
                a.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("huntgroups"), a);
            return okJson(o);
        }
        for (const auto &h : list)
            print(QStringLiteral("%1  %2  %3  %4").arg(h.name, -20).arg(h.number, 6).arg(h.sequence, -12).arg(h.members.join(QStringLiteral(", "))));
        if (list.isEmpty())
            print(QCoreApplication::translate("agreementdesk-cli", "%1 has no hunt groups.").arg(c.name));
        return 0;
    }
    return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: huntgroup add|set|list ..."));
}

int Cli::cmdHistory()
{
    if (!allowOnly({QStringLiteral("--filter")}))
        return badOption();
    if (m_args.positional.size() != 1)
        return usage(QCoreApplication::translate("agreementdesk-cli", "Usage: history CUSTOMER [--filter TEXT]"));
    if (int rc = openDb())
        return rc;
    CustomerInfo c;
    if (int rc = customerArg(m_args.positional.at(0), &c))
        return rc;
    QList<AuditEntry> list;
    Status st = m_service->customers.history(c.id, &list, m_args.value(QStringLiteral("--filter")));
    if (!st.ok())
        return fail(st);
    if (m_json) {
        QJsonArray a;
        for (const auto &e : list) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), e.id);
            o.insert(QStringLiteral("at"), e.at);
            o.insert(QStringLiteral("who"), e.who);
            o.insert(QStringLiteral("action"), e.action);
            o.insert(QStringLiteral("object"), e.object);
            o.insert(QStringLiteral("old"), e.oldValue);
            o.insert(QStringLiteral("new"), e.newValue);
            a.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("history"), a);
        return okJson(o);
    }
    for (const auto &e : list) {
        QString change = e.oldValue.isEmpty() ? e.newValue : e.oldValue + QStringLiteral(" → ") + e.newValue;
        print(QStringLiteral("%1  %2  %3  %4  %5").arg(e.at, -24).arg(e.who, -16).arg(e.action, -18).arg(e.object, -20).arg(change));
    }
    if (list.isEmpty())
        print(QCoreApplication::translate("agreementdesk-cli", "No history for %1.").arg(c.name));
    return 0;
}

} // namespace

QString usageText()
{
    return QCoreApplication::translate(
        "agreementdesk-cli",
        "agreementdesk-cli [--db DB] [--as admin|customer] [--user NAME] COMMAND ...\n"
        "\n"
        "  init [--demo]                          create or upgrade the schema; --demo loads the demo data\n"
        "  customers [--filter TEXT] [--json]\n"
        "  customer add NAME [--currency USD] [--timezone TZ]\n"
        "  products [--json]\n"
        "  agreement show CUSTOMER [--json]\n"
        "  agreement add CUSTOMER PRODUCT [--quantity N|unlimited]\n"
        "  agreement set CUSTOMER PRODUCT N|unlimited\n"
        "  agreement remove CUSTOMER PRODUCT\n"
        "  template                               the CSV template (header row) on stdout\n"
        "  import CUSTOMER FILE [--dry-run] [--inactive] [--skip-invalid] [--encoding NAME]\n"
        "                       [--delimiter C] [--errors-csv FILE] [--progress] [--json]\n"
        "  export CUSTOMER [FILE]                 extensions in the template format, re-importable\n"
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
        "  huntgroup add CUSTOMER NAME --number N [--sequence order|simultaneous|random|least_used]\n"
        "  huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members EXT,...]\n"
        "  huntgroup list CUSTOMER [--json]\n"
        "  history CUSTOMER [--filter TEXT] [--json]\n"
        "\n"
        "DB is a file path (SQLite) or postgresql://user@host:port/dbname; default: $AGREEMENTDESK_DB,\n"
        "else the per-user data folder. CUSTOMER is the i_customer number or the exact name.\n"
        "Exit status: 0 done, 1 refused by a rule (nothing written), 2 usage error, 3 database or file error.\n");
}

int run(const QStringList &arguments)
{
    Cli cli(parse(arguments));
    return cli.run();
}

} // namespace ad::cli
