// Shared desks through agreementdesk-cli (issue #12): the self-care path refused the provider's
// side, the desk label checked, history's who/via/desk_label, PostgreSQL URLs (no password,
// options passed through), init --grant with two non-owner roles, clear codes for a damaged
// file and a server lost mid-import; on SQLite and PostgreSQL.
#include "csvgen.h"
#include "storage/database.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace ad;
using namespace ad::test;

// Runs SQL as written, without PREPARE (PostgreSQL cannot prepare DDL, TRUNCATE or roles);
// returns the driver's error text, empty on success.
static QString direct(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    if (q.exec(sql))
        return {};
    return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
}

// A statement the database refused for want of a privilege (or ownership).
static bool refusedByPrivilege(const QString &error)
{
    if (error.contains(QLatin1String("permission denied")) ||
        error.contains(QLatin1String("must be owner")))
        return true;
    qWarning("not refused for a privilege: %s", qPrintable(error));
    return false;
}

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_CLI), args);
    p.waitForFinished(300000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// The spec with another login (the throwaway server trusts every local login).
QString asRole(const QString &spec, const QString &role)
{
    QUrl url(spec);
    url.setUserName(role);
    return url.toString();
}
} // namespace

class TstSharedCli : public QObject {
    Q_OBJECT
    QString m_spec;

    Run run(QStringList args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        args.prepend(m_spec);
        args.prepend(QStringLiteral("--db"));
        return cli(args, env);
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        m_spec = freshSpec(currentEngine());
        const Run r = run({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void selfCareRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("agreement set") << QStringList{
            QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("46170"),
            QStringLiteral("Auto attendant"), QStringLiteral("50")};
        QTest::newRow("agreement add")
            << QStringList{QStringLiteral("agreement"), QStringLiteral("add"),
                           QStringLiteral("46170"), QStringLiteral("Enterprise PBX")};
        QTest::newRow("agreement remove")
            << QStringList{QStringLiteral("agreement"), QStringLiteral("remove"),
                           QStringLiteral("46170"), QStringLiteral("Call recording")};
        QTest::newRow("did add") << QStringList{QStringLiteral("did"), QStringLiteral("add"),
                                                QStringLiteral("46170"),
                                                QStringLiteral("17775550000")};
        QTest::newRow("did release --to-inventory")
            << QStringList{QStringLiteral("did"), QStringLiteral("release"),
                           QStringLiteral("12094555948"), QStringLiteral("--to-inventory")};
        QTest::newRow("customer add") << QStringList{
            QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("Echo Corp")};
        QTest::newRow("init") << QStringList{QStringLiteral("init")};
    }
    void selfCareRefusals()
    {
        QFETCH(QStringList, args);
        const Run before =
            run({QStringLiteral("history"), QStringLiteral("46170"), QStringLiteral("--json")});
        const Run r = run(QStringList{QStringLiteral("--as"), QStringLiteral("customer")} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not_allowed_for_customer")),
                 qPrintable(describe(r)));
        const Run after =
            run({QStringLiteral("history"), QStringLiteral("46170"), QStringLiteral("--json")});
        QCOMPARE(after.json().value(QStringLiteral("history")).toArray().size(),
                 before.json().value(QStringLiteral("history")).toArray().size());
        QVERIFY(!r.err.contains(QLatin1String("Unable to free statement")));
    }

    void initAsCustomerCreatesNothing()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("a file that does not exist yet");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("new.sqlite"));
        const Run r =
            cli({QStringLiteral("--db"), file, QStringLiteral("--as"), QStringLiteral("customer"),
                 QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not_allowed_for_customer")));
        QVERIFY(!QFile::exists(file));
    }

    void deskLabel_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("env");
        QTest::newRow("--user with a newline") << QStringLiteral("CFO Bob\nSmith") << QString();
        QTest::newRow("--user of 65 characters") << QString(65, QLatin1Char('b')) << QString();
        QTest::newRow("--user with U+202E") << QStringLiteral("bob\u202E") << QString();
        QTest::newRow("AGREEMENTDESK_USER with U+200B") << QString() << QStringLiteral("bo\u200Bb");
    }
    void deskLabel()
    {
        QFETCH(QString, option);
        QFETCH(QString, env);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (!env.isEmpty())
            e.insert(QStringLiteral("AGREEMENTDESK_USER"), env);
        QStringList args{QStringLiteral("account"), QStringLiteral("block"),
                         QStringLiteral("ph46170x4665")};
        if (!option.isEmpty())
            args = QStringList{QStringLiteral("--user"), option} + args;
        const Run r = run(args, e);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("desk_label_invalid")), qPrintable(describe(r)));
        const Run show = run({QStringLiteral("account"), QStringLiteral("show"),
                              QStringLiteral("ph46170x4665"), QStringLiteral("--json")});
        QVERIFY2(!show.out.contains(QLatin1String("by_admin")), qPrintable(show.out));
    }

    void historyCarriesWhoViaAndLabel()
    {
        Run r = run({QStringLiteral("--user"), QStringLiteral("CFO Bob Smith"),
                     QStringLiteral("--as"), QStringLiteral("customer"), QStringLiteral("account"),
                     QStringLiteral("block"), QStringLiteral("ph46170x4665")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("history"), QStringLiteral("46170"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject e =
            r.json().value(QStringLiteral("history")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("via")).toString(), QStringLiteral("customer"));
        QCOMPARE(e.value(QStringLiteral("desk_label")).toString(), QStringLiteral("CFO Bob Smith"));
        const QString who = e.value(QStringLiteral("who")).toString();
        if (currentEngine() == QLatin1String("postgresql"))
            QCOMPARE(who, QUrl(m_spec).userName()); // the login, whatever --user says
        else
            QCOMPARE(who, QStringLiteral("CFO Bob Smith"));
        r = run({QStringLiteral("history"), QStringLiteral("46170")});
        QVERIFY(r.out.contains(QLatin1String("via self-care")));
    }

    void postgresUrls()
    {
        // A password inside the URL is a usage error before anything connects.
        Run r = cli({QStringLiteral("--db"),
                     QStringLiteral("postgresql://desk:s3cret@127.0.0.1:1/agreements"),
                     QStringLiteral("customers")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")) &&
                     r.err.contains(QLatin1String(".pgpass")),
                 qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QLatin1String("s3cret")));
        r = cli({QStringLiteral("--db"),
                 QStringLiteral("postgresql://desk@127.0.0.1:1/agreements?password=s3cret"),
                 QStringLiteral("customers")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--db"),
                 QStringLiteral("postgresql://desk@127.0.0.1:1/agreements?colour=blue"),
                 QStringLiteral("customers")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("colour")));
        if (currentEngine() != QLatin1String("postgresql"))
            return;
        // Options in the query reach libpq: the test server has no TLS, so requiring it fails
        // (and says so), while sslmode=disable connects.
        QUrl url(m_spec);
        url.setQuery(QStringLiteral("sslmode=require"));
        r = cli({QStringLiteral("--db"), url.toString(), QStringLiteral("customers")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("SSL"), Qt::CaseInsensitive),
                 qPrintable(describe(r)));
        url.setQuery(QStringLiteral("sslmode=disable&application_name=desk%207"));
        r = cli({QStringLiteral("--db"), url.toString(), QStringLiteral("customers")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    // --help names every command docs/cli.md documents, init --grant too.
    void helpListsGrant()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("no database needed");
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("init --grant ROLE [--read-only]")),
                 qPrintable(describe(r)));
    }

    void grantOnSqliteIsRefused()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite");
        const Run r =
            run({QStringLiteral("init"), QStringLiteral("--grant"), QStringLiteral("desk1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("grant_needs_postgresql")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("none.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("init"),
                      QStringLiteral("--grant"), QStringLiteral("desk1")})
                     .code,
                 1);
        QVERIFY(!QFile::exists(file));
    }

    void grantedRoles()
    {
        if (currentEngine() != QLatin1String("postgresql"))
            QSKIP("PostgreSQL roles");
        // Two non-owner logins: a desk and an auditor.
        const QString tag = QString::number(QCoreApplication::applicationPid());
        const QString desk = QStringLiteral("ad_desk_") + tag;
        const QString auditor = QStringLiteral("ad_audit_") + tag;
        {
            auto owner = openSpec(m_spec);
            QVERIFY(owner);
            for (const QString &role : {desk, auditor}) {
                direct(*owner, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
                QCOMPARE(direct(*owner, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)),
                         QString());
            }
        }
        Run r = run({QStringLiteral("init"), QStringLiteral("--grant"), desk});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("init"), QStringLiteral("--grant"), auditor,
                 QStringLiteral("--read-only"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("read_only")).toBool(), true);
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--grant"),
                      QStringLiteral("x\"; DROP TABLE audit; --")})
                     .code,
                 2);

        const QString deskSpec = asRole(m_spec, desk);
        const QString auditorSpec = asRole(m_spec, auditor);
        // The desk works, and the audit names its login whatever --user says.
        r = cli({QStringLiteral("--db"), deskSpec, QStringLiteral("--user"),
                 QStringLiteral("CFO Bob Smith"), QStringLiteral("account"),
                 QStringLiteral("block"), QStringLiteral("ph46170x4665")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli({QStringLiteral("--db"), deskSpec, QStringLiteral("extension"),
                 QStringLiteral("add"), QStringLiteral("46173"), QStringLiteral("100"),
                 QStringLiteral("--product"), QStringLiteral("Cloud PBX up to 10 phone lines")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli({QStringLiteral("--db"), deskSpec, QStringLiteral("--user"), auditor,
                 QStringLiteral("history"), QStringLiteral("46170"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject e = r.json().value(QStringLiteral("history")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("who")).toString(), desk);
        QCOMPARE(e.value(QStringLiteral("desk_label")).toString(), QStringLiteral("CFO Bob Smith"));

        // What the desk's login may not do, straight in SQL.
        {
            auto d = openSpec(deskSpec);
            QVERIFY(d);
            QCOMPARE(text(*d, QStringLiteral("SELECT session_user")), desk);
            QCOMPARE(rawExec(*d, QStringLiteral("INSERT INTO audit (at, who, action) VALUES "
                                                "('x', 'someone else', 'forged')")),
                     QString());
            QCOMPARE(text(*d, QStringLiteral("SELECT who FROM audit WHERE action = 'forged'")),
                     desk);
            QVERIFY2(refusedByPrivilege(rawExec(*d, QStringLiteral("UPDATE audit SET who = 'x'"))),
                     "desk");
            QVERIFY2(refusedByPrivilege(rawExec(*d, QStringLiteral("DELETE FROM audit"))), "desk");
            QVERIFY2(refusedByPrivilege(direct(*d, QStringLiteral("TRUNCATE audit"))), "desk");
            QVERIFY(rawExec(*d, QStringLiteral("UPDATE agreement_line SET in_use = 0 WHERE "
                                               "i_customer = 46173"))
                        .contains(QLatin1String("counter_protected")));
            QCOMPARE(scalar(*d, QStringLiteral("SELECT in_use FROM agreement_line WHERE "
                                               "i_customer = 46173")),
                     1);
            QVERIFY2(refusedByPrivilege(direct(*d, QStringLiteral("CREATE TABLE t (x int)"))),
                     "desk");
            QVERIFY2(refusedByPrivilege(direct(*d, QStringLiteral("CREATE TEMP TABLE t (x int)"))),
                     "desk");
            QVERIFY2(refusedByPrivilege(
                         direct(*d, QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql "
                                                   "AS 'SELECT 1'"))),
                     "desk");
            QVERIFY2(
                refusedByPrivilege(direct(*d, QStringLiteral("ALTER TABLE audit DISABLE TRIGGER "
                                                             "audit_append_only"))),
                "desk");
            QVERIFY2(refusedByPrivilege(
                         direct(*d, QStringLiteral("DROP TRIGGER agreement_line_counter ON "
                                                   "agreement_line"))),
                     "desk");
            QVERIFY(refusedByPrivilege(
                rawExec(*d, QStringLiteral("UPDATE schema_version SET version = 99"))));
            QCOMPARE(scalar(*d, QStringLiteral("SELECT count(*) FROM audit WHERE who = 'x'")), 0);
        }

        // The auditor lists and exports, and nothing else.
        for (const QStringList &args :
             {QStringList{QStringLiteral("customers")},
              QStringList{QStringLiteral("agreement"), QStringLiteral("show"),
                          QStringLiteral("46170")},
              QStringList{QStringLiteral("history"), QStringLiteral("46170")},
              QStringList{QStringLiteral("export"), QStringLiteral("46170")}}) {
            r = cli(QStringList{QStringLiteral("--db"), auditorSpec} + args);
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + describe(r)));
        }
        r = cli({QStringLiteral("--db"), auditorSpec, QStringLiteral("account"),
                 QStringLiteral("unblock"), QStringLiteral("ph46170x4665")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("database_permission_denied")),
                 qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QLatin1String("Unable to free statement")));
        {
            auto a = openSpec(auditorSpec);
            QVERIFY(a);
            QVERIFY2(refusedByPrivilege(
                         rawExec(*a, QStringLiteral("INSERT INTO audit (at, who, action) VALUES "
                                                    "('x', 'a', 'b')"))),
                     "auditor");
            QVERIFY(refusedByPrivilege(
                rawExec(*a, QStringLiteral("UPDATE agreement_line SET quantity = 99"))));
        }
        auto owner = openSpec(m_spec);
        QVERIFY(owner);
        QCOMPARE(text(*owner, QStringLiteral("SELECT blocked FROM account WHERE id = "
                                             "'ph46170x4665'")),
                 QStringLiteral("by_admin"));
    }

    void damagedFileIsDatabaseCorrupt()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("an SQLite file");
        // Make the file large enough to have pages past the first, then overwrite them.
        Run r = run({QStringLiteral("did"), QStringLiteral("add"), QStringLiteral("46172"),
                     QStringLiteral("16005550000..16005553999")});
        QCOMPARE(r.code, 0);
        {
            auto db = openSpec(m_spec);
            QVERIFY(db);
            rawExec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(m_spec);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        for (qint64 at = 4096; at < size; at += 4096) {
            f.seek(at);
            f.write(QByteArray(4096, '\xA5'));
        }
        f.close();
        r = run({QStringLiteral("did"), QStringLiteral("list"), QStringLiteral("46172")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("database_corrupt")), qPrintable(describe(r)));
    }

    void serverLostMidImport()
    {
        if (currentEngine() != QLatin1String("postgresql"))
            QSKIP("a PostgreSQL server");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.csv"));
        const GeneratedFile gen = generateExtensionsCsv(file, 100000);
        QCOMPARE(gen.rows, 100000);
        for (const QString &range : gen.didRanges)
            QCOMPARE(
                run({QStringLiteral("did"), QStringLiteral("add"), QStringLiteral("46170"), range})
                    .code,
                0);
        QProcess p;
        p.start(QStringLiteral(AD_CLI), {QStringLiteral("--db"), m_spec, QStringLiteral("import"),
                                         QStringLiteral("46170"), file});
        QVERIFY(p.waitForStarted());
        auto admin = openSpec(m_spec);
        QVERIFY(admin);
        // Wait until the import's connection is busy, then end it as a lost server would.
        bool ended = false;
        for (int i = 0; i < 400 && !ended && p.state() == QProcess::Running; ++i) {
            QThread::msleep(25);
            ended = scalar(*admin,
                           QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE datname = current_database() AND "
                                          "application_name = 'agreementdesk' AND pid <> "
                                          "pg_backend_pid() AND state <> 'idle'")) > 0;
        }
        QVERIFY(ended);
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(!out.contains(QLatin1String("skip-invalid")) &&
                     !out.contains(QLatin1String("0 data row")),
                 qPrintable(out));
        QVERIFY2(!err.contains(QLatin1String("Unable to free statement")), qPrintable(err));
        QVERIFY2((out + err).contains(QLatin1String("database_unreachable")),
                 qPrintable(out + err));
    }
};

QTEST_GUILESS_MAIN(TstSharedCli)
#include "tst_shared_cli.moc"
