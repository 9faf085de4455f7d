// agreementdesk-cli as a person or a script uses it: exit statuses, messages, JSON, and the bad
// conditions of the foundation issue (missing or read-only file, a locked database, a newer
// schema, an unreachable server), on SQLite and PostgreSQL.
#include "storage/database.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ad;
using namespace ad::test;

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

static Run cli(const QStringList &args, const QStringList &prefix = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (prefix.isEmpty()) {
        p.start(QStringLiteral(AD_CLI), args);
    } else {
        // The prefix names the program to run as its last element.
        p.start(prefix.first(), prefix.mid(1) + args);
    }
    p.waitForFinished(120000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

class TstCli : public QObject {
    Q_OBJECT
    QString m_spec;

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        m_spec = freshSpec(currentEngine());
        const Run r =
            cli({QStringLiteral("--db"), m_spec, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void humanOutput()
    {
        Run r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("agreement"),
                     QStringLiteral("show"), QStringLiteral("ABC Company")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("16.00 USD")));
        QVERIFY(r.out.contains(QLatin1String("Auto attendant")));
        QVERIFY(r.out.contains(QLatin1String("Unlimited")));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("extension"), QStringLiteral("add"),
                 QStringLiteral("46170"), QStringLiteral("4665"), QStringLiteral("--product"),
                 QStringLiteral("Cloud PBX")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already has extension 4665")));
        QVERIFY(r.err.contains(QLatin1String("[extension_exists]")));
        // One extension is not a file: no advice to update it "from this file".
        QVERIFY2(!r.err.contains(QLatin1String("--update-existing")), qPrintable(r.err));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *option : {"--update-existing", "--header-row N", "--no-header", "--map",
                                   "--sheet NAME", "FILE|-"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.code, 1);
    }

    void jsonShapes()
    {
        Run r =
            cli({QStringLiteral("--db"), m_spec, QStringLiteral("extension"), QStringLiteral("add"),
                 QStringLiteral("46170"), QStringLiteral("4701"), QStringLiteral("--product"),
                 QStringLiteral("cloud pbx"), QStringLiteral("--did"),
                 QStringLiteral("+1 209 455 5949"), QStringLiteral("--huntgroup"),
                 QStringLiteral("Sales"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("account_id")).toString(), QStringLiteral("ph46170x4701"));
        QCOMPARE(o.value(QStringLiteral("dids")).toArray().first().toString(),
                 QStringLiteral("12094555949"));
        QCOMPARE(o.value(QStringLiteral("monthly_charges"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("26.00"));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("extension"), QStringLiteral("add"),
                 QStringLiteral("46170"), QStringLiteral("47x"), QStringLiteral("--product"),
                 QStringLiteral("Phone line"), QStringLiteral("--email"), QStringLiteral("x@"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QSet<QString> codes;
        for (const auto &e : o.value(QStringLiteral("errors")).toArray()) {
            codes.insert(e.toObject().value(QStringLiteral("code")).toString());
            QVERIFY(!e.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(codes, (QSet<QString>{QStringLiteral("extension_invalid"),
                                       QStringLiteral("email_invalid"),
                                       QStringLiteral("product_not_in_agreement")}));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("accounts"),
                 QStringLiteral("99999999"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("customer_unknown"));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("accounts"),
                 QStringLiteral("46170"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("accounts")).toArray().size(), 3);
    }

    void asCustomer()
    {
        Run r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("account"),
                     QStringLiteral("block"), QStringLiteral("ph46170x4665")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("--as"), QStringLiteral("customer"),
                 QStringLiteral("account"), QStringLiteral("unblock"),
                 QStringLiteral("ph46170x4665")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("blocked_by_admin")));
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("--user"), QStringLiteral("maria"),
                 QStringLiteral("account"), QStringLiteral("unblock"),
                 QStringLiteral("ph46170x4665")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("history"), QStringLiteral("46170"),
                 QStringLiteral("--json")});
        QCOMPARE(r.json()
                     .value(QStringLiteral("history"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("desk_label"))
                     .toString(),
                 QStringLiteral("maria"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("customers"), QStringLiteral("--colour")};
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("customers"), QStringLiteral("--dry-run")};
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("agreement"), QStringLiteral("show")};
        QTest::newRow("missing value") << QStringList{
            QStringLiteral("extension"), QStringLiteral("add"), QStringLiteral("46170"),
            QStringLiteral("1"), QStringLiteral("--product")};
        QTest::newRow("bad --as") << QStringList{QStringLiteral("--as"), QStringLiteral("root"),
                                                 QStringLiteral("customers")};
        QTest::newRow("bad --header-row") << QStringList{
            QStringLiteral("import"), QStringLiteral("46170"), QStringLiteral("x.csv"),
            QStringLiteral("--header-row"), QStringLiteral("0")};
        QTest::newRow("--header-row and --no-header") << QStringList{
            QStringLiteral("import"),       QStringLiteral("46170"), QStringLiteral("x.csv"),
            QStringLiteral("--header-row"), QStringLiteral("2"),     QStringLiteral("--no-header")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{QStringLiteral("--db"), m_spec} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // Where the header is, from the command line: a title row above it (--header-row 2), or a
    // file without one (--no-header: the template's column order), also from standard input.
    void importHeaderOptions()
    {
        QTemporaryDir dir;
        const QString titled = dir.filePath(QStringLiteral("titled.csv"));
        QFile f(titled);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Staff list,,\nExtension number,Name,Product\n4701,Ada,Cloud PBX\n");
        f.close();
        Run r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("import"),
                     QStringLiteral("46170"), titled, QStringLiteral("--header-row"),
                     QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Ada"));
        const QString bare = dir.filePath(QStringLiteral("bare.csv"));
        QFile b(bare);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("4702,Bo,,N,,,Cloud PBX,\n4703,Cy,,Y,,,Cloud PBX,\n");
        b.close();
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("import"), QStringLiteral("46170"),
                 bare, QStringLiteral("--no-header"), QStringLiteral("--dry-run"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("accounts")).toArray().size(), 2);
        // Without --no-header the same file has no header row: refused, nothing written.
        r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("import"), QStringLiteral("46170"),
                 bare, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1);
    }

    void newerSchemaRefused()
    {
        {
            auto db = openSpec(m_spec);
            QVERIFY(db);
            // One above the newest this program knows.
            QCOMPARE(rawExec(*db, QStringLiteral("UPDATE schema_version SET version = ?"),
                             {Database::latestSchemaVersion() + 1}),
                     QString());
        }
        const Run r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("customers")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("newer Agreement Desk")), qPrintable(r.err));
    }

    void lockedDatabase()
    {
        // Another writer holds the database (SQLite: the write lock of the file; PostgreSQL: the
        // customer row). The CLI waits a bounded time, then says so with exit 3, writing nothing.
        auto holder = openSpec(m_spec);
        QVERIFY(holder);
        QVERIFY_OK(holder->beginWrite());
        QVERIFY_OK(holder->lockCustomer(46170));
        QCOMPARE(
            rawExec(*holder, QStringLiteral(
                                 "UPDATE customer SET next_aa = next_aa WHERE i_customer = 46170")),
            QString());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AGREEMENTDESK_BUSY_TIMEOUT_MS"), QStringLiteral("1500"));
        QElapsedTimer t;
        t.start();
        const Run r = cli({QStringLiteral("--db"), m_spec, QStringLiteral("extension"),
                           QStringLiteral("add"), QStringLiteral("46170"), QStringLiteral("4701"),
                           QStringLiteral("--product"), QStringLiteral("Cloud PBX")},
                          {}, env);
        const qint64 ms = t.elapsed();
        holder->rollback();
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("busy")), qPrintable(r.err));
        QVERIFY2(ms >= 1000 && ms < 10000, qPrintable(QString::number(ms)));
        QCOMPARE(scalar(*holder,
                        QStringLiteral("SELECT count(*) FROM account WHERE id = 'ph46170x4701'")),
                 0);
        holder.reset();
        // Once free, the same command works.
        QCOMPARE(cli({QStringLiteral("--db"), m_spec, QStringLiteral("extension"),
                      QStringLiteral("add"), QStringLiteral("46170"), QStringLiteral("4701"),
                      QStringLiteral("--product"), QStringLiteral("Cloud PBX")})
                     .code,
                 0);
    }

    void missingFile()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite only: a file path");
        const Run r = cli({QStringLiteral("--db"), QStringLiteral("/tmp/does-not-exist/ad.sqlite"),
                           QStringLiteral("customers")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("There is no database")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/does-not-exist/ad.sqlite")));
    }

    void readOnlyFile()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite only: a file path");
        QTemporaryDir dir(QStringLiteral("/tmp/ad-ro-XXXXXX"));
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        QVERIFY(QFile::copy(m_spec, path));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        QStringList prefix;
        if (geteuid() == 0) {
            // root may write anything; act as an ordinary user to see what one sees.
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (runuser.isEmpty())
                QSKIP("running as root without runuser");
            prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"),
                      QStringLiteral("--")};
            // The build tree may sit in a folder only root can enter (a fresh clone under a
            // 0700 temporary folder): run a copy of the program from the test's folder.
            const QString copy = dir.filePath(QStringLiteral("agreementdesk-cli"));
            QVERIFY(QFile::copy(QStringLiteral(AD_CLI), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther);
            prefix << copy;
        }
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("account"),
                           QStringLiteral("block"), QStringLiteral("ph46170x4665")},
                          prefix);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err + r.out));
        QVERIFY(r.err.contains(QLatin1String("[database_readonly]")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void unreachableServer()
    {
        if (currentEngine() != QLatin1String("postgresql"))
            QSKIP("PostgreSQL only");
        QElapsedTimer t;
        t.start();
        // A closed port answers at once; an address that never answers hits the 5 s connect
        // timeout.
        Run r =
            cli({QStringLiteral("--db"), QStringLiteral("postgresql://postgres@127.0.0.1:1/none"),
                 QStringLiteral("customers")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("Cannot connect to PostgreSQL")));
        t.restart();
        r = cli({QStringLiteral("--db"),
                 QStringLiteral("postgresql://postgres@10.255.255.1:5432/none"),
                 QStringLiteral("customers")});
        QCOMPARE(r.code, 3);
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
