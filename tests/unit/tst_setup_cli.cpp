// A new provider's whole path on the command line, from `init` (no demo data) to a working
// customer (domain.md "Provider set-up"; cli.md "Commands added for the provider's set-up"):
// products, a customer with its settings, a subscription, an agreement with a quantity, DIDs
// from the inventory, extensions with a DID and an add-on, and the charges estimate, every
// figure checked; then the refusals (exit 1 with the code), the usage errors of AMOUNT (exit 2)
// and the self-care path. On SQLite and PostgreSQL.
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString firstCode() const
    {
        return json()
            .value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TstSetupCli : public QObject {
    Q_OBJECT
    QString m_spec;

    // agreementdesk-cli --db SPEC ARGS... --json
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(AD_CLI),
                QStringList{QStringLiteral("--db"), m_spec} + args + QStringList{s("--json")});
        p.waitForFinished(120000);
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // Runs a command that must succeed, and returns its JSON.
    QJsonObject ok(const QStringList &args)
    {
        const Run r = cli(args);
        if (r.code != 0 || !r.json().value(s("ok")).toBool())
            qWarning("%s -> exit %d: %s %s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                     qPrintable(r.out), qPrintable(r.err));
        return r.code == 0 ? r.json() : QJsonObject();
    }
    QJsonObject charges()
    {
        return ok({s("customer"), s("show"), s("Acme Widgets")})
            .value(s("monthly_charges"))
            .toObject();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        m_spec = freshSpec(currentEngine());
    }

    void fromInitToAWorkingCustomer()
    {
        QCOMPARE(cli({s("init")}).code, 0);
        QCOMPARE(ok({s("products")}).value(s("products")).toArray().size(), 0);

        // Products: a main product, an add-on at half a dollar, a bundle product with no fee.
        QVERIFY(!ok({s("product"), s("add"), s("Cloud Voice"), s("--kind"), s("main"), s("--fee"),
                     s("12.50")})
                     .isEmpty());
        QVERIFY(!ok({s("product"), s("add"), s("Voicemail"), s("--kind"), s("addon"), s("--fee"),
                     s("0.5")})
                     .isEmpty());
        const QJsonObject bundle = ok({s("product"), s("add"), s("Bundle line"), s("--kind"),
                                       s("main"), s("--fee"), s("none")})
                                       .value(s("product"))
                                       .toObject();
        QVERIFY(bundle.value(s("monthly_fee")).isNull());
        QVERIFY(!ok({s("product"), s("set"), s("cloud voice"), s("--fee"), s("10")}).isEmpty());
        QVERIFY(!ok({s("product"), s("set"), s("Cloud Voice"), s("--fee"), s("12.50")}).isEmpty());
        const QJsonArray products = ok({s("products")}).value(s("products")).toArray();
        QCOMPARE(products.size(), 3);
        QCOMPARE(products.at(0).toObject().value(s("name")).toString(), s("Bundle line"));
        QCOMPARE(products.at(1).toObject().value(s("monthly_fee")).toString(), s("12.50"));
        QCOMPARE(products.at(2).toObject().value(s("kind")).toString(), s("add-on"));
        QCOMPARE(products.at(2).toObject().value(s("monthly_fee")).toString(), s("0.50"));
        QCOMPARE(products.at(2).toObject().value(s("status")).toString(), s("active"));

        // The customer, whose self-care accounts wait for an administrator's check.
        const QJsonObject customer =
            ok({s("customer"), s("add"), s("Acme Widgets"), s("--currency"), s("usd"),
                s("--timezone"), s("Europe/Kyiv"), s("--self-care-accounts"), s("inactive")});
        const qint64 c = customer.value(s("i_customer")).toInteger();
        QVERIFY(c > 0);
        QVERIFY(!ok({s("customer"), s("set"), s("Acme Widgets"), s("--timezone"), s("Europe/Oslo")})
                     .isEmpty());
        QJsonObject show = ok({s("customer"), s("show"), QString::number(c)});
        QCOMPARE(show.value(s("customer")).toObject().value(s("time_zone")).toString(),
                 s("Europe/Oslo"));
        QCOMPARE(show.value(s("customer")).toObject().value(s("currency")).toString(), s("USD"));
        QCOMPARE(show.value(s("customer")).toObject().value(s("self_care_accounts")).toString(),
                 s("inactive"));

        // "Up to 10 lines for $30": a subscription, then the product limited to 10.
        QVERIFY(!ok({s("subscription"), s("add"), s("Acme Widgets"), s("Up to 10 lines"),
                     s("--fee"), s("30")})
                     .isEmpty());
        const QJsonArray subs =
            ok({s("subscriptions"), s("Acme Widgets")}).value(s("subscriptions")).toArray();
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.first().toObject().value(s("monthly_fee")).toString(), s("30.00"));
        QCOMPARE(charges().value(s("total")).toString(), s("30.00"));
        QVERIFY(!ok({s("agreement"), s("add"), s("Acme Widgets"), s("Cloud Voice"), s("--quantity"),
                     s("10")})
                     .isEmpty());
        QVERIFY(!ok({s("agreement"), s("add"), s("Acme Widgets"), s("Voicemail"), s("--quantity"),
                     s("2")})
                     .isEmpty());

        // DIDs: ten into the inventory, five given to the customer, one taken back.
        QCOMPARE(ok({s("did"), s("inventory"), s("add"), s("15550001000..15550001009")}).size() > 0,
                 true);
        QVERIFY(
            !ok({s("did"), s("give"), s("Acme Widgets"), s("15550001000..15550001004")}).isEmpty());
        QVERIFY(!ok({s("did"), s("take"), s("15550001004")}).isEmpty());
        const QJsonArray dids =
            ok({s("did"), s("inventory"), s("list")}).value(s("dids")).toArray();
        QCOMPARE(dids.size(), 10);
        int owned = 0;
        for (const QJsonValue &d : dids)
            owned += d.toObject().value(s("owner")).isObject() ? 1 : 0;
        QCOMPARE(owned, 4);
        QCOMPARE(ok({s("did"), s("list"), s("Acme Widgets")}).value(s("dids")).toArray().size(), 4);

        // An extension with a DID: 30.00 -> 42.50; the add-on: 43.00.
        const QJsonObject created =
            ok({s("extension"), s("add"), s("Acme Widgets"), s("201"), s("--product"),
                s("Cloud Voice"), s("--did"), s("+1 555 000 1000")});
        const QString id = QStringLiteral("ph%1x201").arg(c);
        QCOMPARE(created.value(s("account_id")).toString(), id);
        QCOMPARE(created.value(s("status")).toString(), s("active"));
        QCOMPARE(created.value(s("monthly_charges")).toObject().value(s("before")).toString(),
                 s("30.00"));
        QCOMPARE(created.value(s("monthly_charges")).toObject().value(s("after")).toString(),
                 s("42.50"));
        QVERIFY(!ok({s("account"), s("addon"), s("add"), id, s("Voicemail")}).isEmpty());
        QJsonObject parts = charges();
        QCOMPARE(parts.value(s("subscriptions")).toString(), s("30.00"));
        QCOMPARE(parts.value(s("main_products")).toString(), s("12.50"));
        QCOMPARE(parts.value(s("addons")).toString(), s("0.50"));
        QCOMPARE(parts.value(s("charged_accounts")).toInt(), 1);
        QCOMPARE(parts.value(s("total")).toString(), s("43.00"));
        QCOMPARE(parts.value(s("currency")).toString(), s("USD"));

        // The self-care path adds an extension: inactive (the setting), nothing more charged;
        // the same from a file.
        Run r = cli({s("--as"), s("customer"), s("extension"), s("add"), s("Acme Widgets"),
                     s("202"), s("--product"), s("Cloud Voice"), s("--did"), s("15550001001")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(s("status")).toString(), s("inactive"));
        QTemporaryDir dir;
        const QString file = dir.filePath(s("new.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Extension number,Name,DID numbers,Product\n203,Ann,15550001002,Cloud Voice\n");
        }
        r = cli({s("--as"), s("customer"), s("import"), s("Acme Widgets"), file});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()
                     .value(s("accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(s("status"))
                     .toString(),
                 s("inactive"));
        QCOMPARE(charges().value(s("total")).toString(), s("43.00"));
        // The administrator activates one: 55.50.
        QVERIFY(!ok({s("account"), s("activate"), QStringLiteral("ph%1x202").arg(c)}).isEmpty());
        parts = charges();
        QCOMPARE(parts.value(s("main_products")).toString(), s("25.00"));
        QCOMPARE(parts.value(s("charged_accounts")).toInt(), 2);
        QCOMPARE(parts.value(s("total")).toString(), s("55.50"));
        const QJsonObject agreement = ok({s("agreement"), s("show"), s("Acme Widgets")});
        const QJsonObject line = agreement.value(s("main")).toArray().first().toObject();
        QCOMPARE(line.value(s("product")).toString(), s("Cloud Voice"));
        QCOMPARE(line.value(s("quantity")).toInt(), 10);
        QCOMPARE(line.value(s("in_use")).toInt(), 3);
        QCOMPARE(line.value(s("available")).toInt(), 7);
        QCOMPARE(agreement.value(s("monthly_charges")).toObject().value(s("amount")).toString(),
                 s("55.50"));

        // The provider-wide trail: products and the inventory (no customer) and the customer's.
        const QJsonArray all = ok({s("history")}).value(s("history")).toArray();
        QStringList actions;
        for (const QJsonValue &e : all)
            actions << e.toObject().value(s("action")).toString();
        for (const char *a : {"product.add", "product.fee", "customer.add", "customer.timezone",
                              "subscription.add", "agreement.add", "did.inventory.add", "did.give",
                              "did.take", "extension.add", "import"})
            QVERIFY2(actions.contains(s(a)) ||
                         std::any_of(actions.begin(), actions.end(),
                                     [a](const QString &x) { return x.startsWith(s(a)); }),
                     a);
        QVERIFY(all.last().toObject().value(s("customer")).isNull()); // the first product.add
        QCOMPARE(all.last().toObject().value(s("action")).toString(), s("product.add"));
    }

    void refusalsAndUsageErrors()
    {
        QCOMPARE(cli({s("init")}).code, 0);
        QVERIFY(!ok({s("product"), s("add"), s("Line"), s("--kind"), s("main"), s("--fee"), s("5")})
                     .isEmpty());
        QVERIFY(!ok({s("product"), s("add"), s("Old line"), s("--kind"), s("main")}).isEmpty());
        QVERIFY(!ok({s("customer"), s("add"), s("Beta")}).isEmpty());
        QVERIFY(!ok({s("customer"), s("add"), s("Gamma")}).isEmpty());

        // AMOUNT and the other option values: usage errors, exit 2.
        for (const QStringList &args :
             {QStringList{s("product"), s("add"), s("X"), s("--kind"), s("main"), s("--fee"),
                          s("1.234")},
              QStringList{s("product"), s("add"), s("X"), s("--kind"), s("main"), s("--fee"),
                          s("-1")},
              QStringList{s("product"), s("add"), s("X"), s("--kind"), s("main"), s("--fee"),
                          s("ten")},
              QStringList{s("product"), s("add"), s("X"), s("--kind"), s("other")},
              QStringList{s("product"), s("add"), s("X")},
              QStringList{s("product"), s("set"), s("Line")},
              QStringList{s("subscription"), s("add"), s("Beta"), s("S"), s("--fee"), s("none")},
              QStringList{s("subscription"), s("add"), s("Beta"), s("S")},
              QStringList{s("customer"), s("add"), s("Z"), s("--self-care-accounts"), s("maybe")},
              QStringList{s("customer"), s("set"), s("Beta")},
              QStringList{s("did"), s("inventory"), s("remove")}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + s(" -> ") + QString::number(r.code)));
        }

        // Refusals: exit 1 with their codes.
        QCOMPARE(cli({s("product"), s("add"), s("LINE"), s("--kind"), s("addon")}).firstCode(),
                 s("product_exists"));
        QVERIFY(!ok({s("product"), s("retire"), s("Old line")}).isEmpty());
        const QJsonArray products = ok({s("products")}).value(s("products")).toArray();
        QCOMPARE(products.at(0).toObject().value(s("name")).toString(), s("Line"));
        QCOMPARE(products.at(1).toObject().value(s("status")).toString(), s("retired"));
        Run r = cli({s("agreement"), s("add"), s("Beta"), s("Old line")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.firstCode(), s("product_retired"));
        QVERIFY(!ok({s("agreement"), s("add"), s("Beta"), s("Line"), s("--quantity"), s("1")})
                     .isEmpty());
        QCOMPARE(cli({s("product"), s("delete"), s("Line")}).firstCode(), s("product_used"));
        QVERIFY(!ok({s("product"), s("delete"), s("Old line")}).isEmpty());
        QVERIFY(!ok({s("subscription"), s("add"), s("Beta"), s("Support"), s("--fee"), s("1")})
                     .isEmpty());
        QCOMPARE(cli({s("subscription"), s("add"), s("Beta"), s("SUPPORT"), s("--fee"), s("1")})
                     .firstCode(),
                 s("subscription_exists"));
        QCOMPARE(cli({s("subscription"), s("set"), s("Beta"), s("Nope"), s("--fee"), s("1")})
                     .firstCode(),
                 s("subscription_unknown"));
        QCOMPARE(cli({s("customer"), s("set"), s("Beta"), s("--currency"), s("EUR")}).firstCode(),
                 s("currency_locked"));
        QVERIFY(!ok({s("customer"), s("set"), s("Gamma"), s("--currency"), s("EUR"), s("--rename"),
                     s("Gamma GmbH")})
                     .isEmpty());
        QVERIFY(!ok({s("did"), s("inventory"), s("add"), s("15550002000..15550002002")}).isEmpty());
        QVERIFY(
            !ok({s("did"), s("give"), s("Beta"), s("15550002000"), s("15550002001")}).isEmpty());
        QCOMPARE(cli({s("did"), s("give"), s("Gamma GmbH"), s("15550002000")}).firstCode(),
                 s("did_owned_by_other"));
        QCOMPARE(
            cli({s("did"), s("inventory"), s("add"), s("15550000000..15550010000")}).firstCode(),
            s("did_range_too_large"));
        QVERIFY(!ok({s("extension"), s("add"), s("Beta"), s("1"), s("--product"), s("Line"),
                     s("--did"), s("15550002000")})
                     .isEmpty());
        r = cli({s("did"), s("release"), s("15550002000"), s("--to-inventory")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.firstCode(), s("did_assigned"));
        QVERIFY(!ok({s("did"), s("release"), s("15550002001"), s("--to-inventory")}).isEmpty());

        // The self-care path: refused first, nothing written, not even an audit entry.
        const int entries = ok({s("history")}).value(s("history")).toArray().size();
        for (const QStringList &args :
             {QStringList{s("products")}, QStringList{s("product"), s("retire"), s("Line")},
              QStringList{s("product"), s("add"), s("Line"), s("--kind"), s("main")},
              QStringList{s("customer"), s("add"), s("Delta")},
              QStringList{s("customer"), s("set"), s("Beta"), s("--currency"), s("EUR")},
              QStringList{s("subscription"), s("remove"), s("Beta"), s("Support")},
              QStringList{s("did"), s("inventory"), s("list")},
              QStringList{s("did"), s("inventory"), s("add"), s("15550003000")},
              QStringList{s("did"), s("give"), s("Beta"), s("15550002002")},
              QStringList{s("did"), s("take"), s("15550002000")}, QStringList{s("history")},
              QStringList{s("agreement"), s("set"), s("Beta"), s("Line"), s("5")}}) {
            r = cli(QStringList{s("--as"), s("customer")} + args);
            QVERIFY2(r.code == 1 && r.firstCode() == s("not_allowed_for_customer"),
                     qPrintable(args.join(QLatin1Char(' ')) + s(" -> ") + r.out));
        }
        QCOMPARE(ok({s("history")}).value(s("history")).toArray().size(), entries);
        // What the customer may read.
        r = cli({s("--as"), s("customer"), s("customer"), s("show"), s("Beta")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(s("monthly_charges")).toObject().value(s("total")).toString(),
                 s("6.00")); // Support 1.00 + Line 5.00
    }
};

QTEST_GUILESS_MAIN(TstSetupCli)
#include "tst_setup_cli.moc"
