// Opening a database never makes a reader wait, and reading never changes a file: `products`,
// `accounts` and `export` answer at once while a 100,000-row import holds its transaction
// (paused mid-commit by the test hook AGREEMENTDESK_TEST_PAUSE_IMPORT_MS) and while another
// connection holds the write lock; a read-only SQLite file (or folder) lists and refuses writes
// with database_readonly; a 0-byte file opened for reading stays as it is; an upgrade still
// takes the write lock. On SQLite and PostgreSQL.
#include "csvgen.h"
#include "services/desk.h"
#include "storage/database.h"
#include "testdb.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ad;
using namespace ad::test;

namespace {

struct Run {
    int code = -1;
    qint64 ms = 0;
    QString out;
    QString err;
};

// Runs the CLI (through `prefix`, whose last element is the program, when given).
Run cli(const QStringList &args, const QStringList &prefix = {})
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    if (prefix.isEmpty())
        p.start(QStringLiteral(AD_CLI), args);
    else
        p.start(prefix.first(), prefix.mid(1) + args);
    p.waitForFinished(120000);
    Run r;
    r.ms = t.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The three reads of the issue; each must answer in well under a second with exit 0.
void readsAnswerAtOnce(const QString &spec, const QString &exportFile, const char *when)
{
    const QList<QStringList> reads = {
        {QStringLiteral("products")},
        {QStringLiteral("accounts"), QStringLiteral("46170"), QStringLiteral("--json")},
        {QStringLiteral("export"), QStringLiteral("46170"), exportFile}};
    for (const QStringList &read : reads) {
        const Run r = cli(QStringList{QStringLiteral("--db"), spec} + read);
        qInfo("%s, %s: %s: exit %d in %lld ms", qPrintable(currentEngine()), when,
              qPrintable(read.first()), r.code, r.ms);
        QVERIFY2(r.code == 0, qPrintable(read.first() + QStringLiteral(": ") + r.err));
        QVERIFY2(r.ms < 1000,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(read.first()).arg(r.ms)));
        if (read.first() == QLatin1String("accounts")) {
            // What the import has written so far is not committed: the reader sees the two
            // accounts of the demo data only.
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 2);
        }
    }
}

// A prefix that runs the CLI as an ordinary user (root may write anything): runuser -u nobody
// with a copy of the program in `dir` (the build tree may be in a folder only root can enter).
bool asOrdinaryUser(const QTemporaryDir &dir, QStringList *prefix)
{
    if (geteuid() != 0)
        return true;
    const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (runuser.isEmpty())
        return false;
    const QString copy = dir.filePath(QStringLiteral("agreementdesk-cli"));
    if (!QFile::exists(copy) && !QFile::copy(QStringLiteral(AD_CLI), copy))
        return false;
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadOther | QFileDevice::ExeOther);
    *prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy};
    return true;
}

const QFileDevice::Permissions kDirReadOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther;
const QFileDevice::Permissions kDirWritable = kDirReadOnly | QFileDevice::WriteOther;
const QFileDevice::Permissions kFileReadOnly = QFileDevice::ReadOwner | QFileDevice::ReadOther;

struct FileState {
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;
    bool operator==(const FileState &o) const
    {
        return bytes == o.bytes && modified == o.modified && folder == o.folder;
    }
};
FileState stateOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QFileInfo fi(path);
    return {f.readAll(), fi.lastModified(),
            fi.dir().entryList(QDir::Files | QDir::Hidden, QDir::Name)};
}

} // namespace

class TstReaders : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init() { AD_REQUIRE_ENGINE(); }

    // Another desk holds the write lock (SQLite BEGIN IMMEDIATE; PostgreSQL the customer row and
    // the schema lock an upgrade takes): opening at the latest version takes no lock.
    void openingTakesNoLock()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        auto holder = openSpec(spec);
        QVERIFY(holder);
        QVERIFY_OK(holder->beginWrite());
        QVERIFY_OK(holder->lockCustomer(46170));
        QCOMPARE(
            rawExec(*holder, QStringLiteral(
                                 "UPDATE customer SET next_aa = next_aa WHERE i_customer = 46170")),
            QString());
        if (holder->isPostgres())
            QCOMPARE(rawExec(*holder, QStringLiteral("SELECT pg_advisory_xact_lock(461700001)")),
                     QString());
        readsAnswerAtOnce(spec,
                          m_dir.filePath(QStringLiteral("locked-%1.csv").arg(currentEngine())),
                          "write lock held");
        holder->rollback();
    }

    // The measurement: a 100,000-row import, paused after writing its first slice while
    // it holds its transaction.
    void readersDuringImport()
    {
        QString spec;
        {
            auto db = freshDatabase(currentEngine(), true, &spec);
            QVERIFY(db);
        }
        const GeneratedFile g = generateExtensionsCsv(
            m_dir.filePath(QStringLiteral("big-%1.csv").arg(currentEngine())), 100000);
        {
            auto db = openSpec(spec);
            Desk service(*db, Actor{});
            QVERIFY_OK(service.dids.add(46170, g.didRanges, nullptr));
        }
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AGREEMENTDESK_TEST_PAUSE_IMPORT_MS"), QStringLiteral("6000"));
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(AD_CLI),
                     {QStringLiteral("--db"), spec, QStringLiteral("import"),
                      QStringLiteral("46170"), g.path, QStringLiteral("--progress")});
        QVERIFY(import.waitForStarted());
        // The first progress line is printed just before the pause.
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (!err.contains("committing ") && import.state() == QProcess::Running &&
               t.elapsed() < 120000) {
            import.waitForReadyRead(100);
            err += import.readAllStandardError();
        }
        QVERIFY2(err.contains("committing "), err.right(300).constData());
        const qint64 pausedAt = t.elapsed();
        readsAnswerAtOnce(spec,
                          m_dir.filePath(QStringLiteral("during-%1.csv").arg(currentEngine())),
                          "import paused mid-commit");
        QVERIFY2(t.elapsed() - pausedAt < 5000, "the reads did not all happen during the pause");
        QVERIFY(import.state() == QProcess::Running);
        QVERIFY(import.waitForFinished(300000));
        QCOMPARE(import.exitCode(), 0);
        auto db = openSpec(spec);
        QVERIFY(db);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = 46170")),
            100002);
    }

    // An older schema is still upgraded under the write lock: with the lock held elsewhere the
    // open waits for the busy timeout and says so; once free it upgrades.
    void upgradeTakesTheWriteLock()
    {
        const QString spec = freshSpec(currentEngine());
        {
            Status st;
            auto v3 = Database::openAtVersion(spec, 3, &st);
            QVERIFY2(v3, qPrintable(st.message()));
        }
        Status st;
        auto holder = Database::openAtVersion(spec, 3, &st);
        QVERIFY(holder);
        QVERIFY_OK(holder->beginWrite());
        if (holder->isPostgres())
            QCOMPARE(rawExec(*holder, QStringLiteral("SELECT pg_advisory_xact_lock(461700001)")),
                     QString());
        qputenv("AGREEMENTDESK_BUSY_TIMEOUT_MS", "300");
        auto waiting = Database::open(spec, Database::OpenMode::ExistingSchema, &st);
        qunsetenv("AGREEMENTDESK_BUSY_TIMEOUT_MS");
        QVERIFY(!waiting);
        QCOMPARE(st.firstCode(), QStringLiteral("database_locked"));
        holder->rollback();
        holder.reset();
        auto db = Database::open(spec, Database::OpenMode::ExistingSchema, &st);
        QVERIFY2(db, qPrintable(st.message()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }

    void readOnlyFile_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("read-only file, read-only folder") << false;
        QTest::newRow("read-only file, writable folder") << true;
    }
    // chmod 444: lists, exports, init reports the schema; a write is refused with
    // database_readonly (exit 3); nothing changes, and no -wal/-shm file is left beside it.
    void readOnlyFile()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite only: a file");
        QFETCH(bool, folderWritable);
        QTemporaryDir dir(QStringLiteral("/tmp/ad-ro-XXXXXX"));
        QStringList prefix;
        if (!asOrdinaryUser(dir, &prefix))
            QSKIP("running as root without runuser");
        const QString folder = dir.filePath(QStringLiteral("db"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ro.sqlite");
        QCOMPARE(
            cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
                .code,
            0);
        QFile::setPermissions(dir.path(), kDirWritable);
        QFile::setPermissions(folder, folderWritable ? kDirWritable : kDirReadOnly);
        QFile::setPermissions(path, kFileReadOnly);
        const FileState before = stateOf(path);
        for (const QStringList &read :
             {QStringList{QStringLiteral("products")},
              QStringList{QStringLiteral("customers"), QStringLiteral("--json")},
              QStringList{QStringLiteral("accounts"), QStringLiteral("46170")},
              QStringList{QStringLiteral("export"), QStringLiteral("46170")},
              QStringList{QStringLiteral("init")}}) {
            const Run r = cli(QStringList{QStringLiteral("--db"), path} + read, prefix);
            QVERIFY2(r.code == 0,
                     qPrintable(read.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
        QVERIFY(
            cli({QStringLiteral("--db"), path, QStringLiteral("accounts"), QStringLiteral("46170")},
                prefix)
                .out.contains(QLatin1String("ph46170x4665")));
        Run r = cli({QStringLiteral("--db"), path, QStringLiteral("account"),
                     QStringLiteral("block"), QStringLiteral("ph46170x4665")},
                    prefix);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("read-only")) &&
                     r.err.contains(QLatin1String("[database_readonly]")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("add"),
                 QStringLiteral("New"), QStringLiteral("--json")},
                prefix);
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("database_readonly"));
        QCOMPARE(
            cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")},
                prefix)
                .code,
            3);
        QVERIFY(stateOf(path) == before);
        QFile::setPermissions(folder, kDirWritable);
    }

    // A read-only file at an older schema version cannot be upgraded: refused, unchanged.
    void readOnlyOldSchema()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite only: a file");
        QTemporaryDir dir(QStringLiteral("/tmp/ad-ro-XXXXXX"));
        QStringList prefix;
        if (!asOrdinaryUser(dir, &prefix))
            QSKIP("running as root without runuser");
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            Status st;
            auto v3 = Database::openAtVersion(path, 3, &st);
            QVERIFY2(v3, qPrintable(st.message()));
        }
        QFile::setPermissions(dir.path(), kDirReadOnly);
        QFile::setPermissions(path, kFileReadOnly);
        const FileState before = stateOf(path);
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("products")}, prefix);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("[database_readonly]")), qPrintable(r.err));
        QVERIFY(stateOf(path) == before);
        QFile::setPermissions(dir.path(), kDirWritable);
    }

    // A 0-byte file opened for reading: a clear error, and the file is left exactly as it was
    // (size, time stamp, no file beside it). `init` creates the schema in it (decisions.md).
    void emptyFile()
    {
        if (currentEngine() != QLatin1String("sqlite"))
            QSKIP("SQLite only: a file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                  QFileDevice::FileModificationTime));
        }
        const FileState before = stateOf(path);
        for (const QStringList &read :
             {QStringList{QStringLiteral("customers")}, QStringList{QStringLiteral("products")},
              QStringList{QStringLiteral("history"), QStringLiteral("46170")}}) {
            const Run r = cli(QStringList{QStringLiteral("--db"), path} + read);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QLatin1String("empty file (0 bytes)")) &&
                         r.err.contains(QLatin1String("[schema_missing]")),
                     qPrintable(r.err));
            QVERIFY(stateOf(path) == before);
            QCOMPARE(QFileInfo(path).size(), 0);
        }
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("accounts"),
                           QStringLiteral("46170"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("schema_missing"));
        QVERIFY(stateOf(path) == before);
        // Asked to, init makes it a database.
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("customers")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TstReaders)
#include "tst_readers.moc"
