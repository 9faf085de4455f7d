// The task runner, on SQLite and PostgreSQL: changes and reads run on two long-lived worker
// connections instead of a new connection (and schema check) per task; reads run while a
// long change holds its transaction; a failed open is the task's Status and the next task
// tries again; a lost connection is replaced by the next task; opening another database from
// the window replaces the runner with its threads and connections.
#include "mainwindow.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ad;
using namespace ad::test;

namespace {
const Actor kTester{QStringLiteral("tester"), false};

// Which connection a task runs on: its name, and on PostgreSQL the server process serving it.
QString connectionOf(Desk &s)
{
    Database &db = s.database();
    QString id = db.db().connectionName();
    if (db.isPostgres())
        id += QStringLiteral(" pid %1").arg(scalar(db, QStringLiteral("SELECT pg_backend_pid()")));
    return id;
}
} // namespace

#define AD_SKIP_WITHOUT_ENGINE(engine)                                                             \
    do {                                                                                           \
        if ((engine) == QLatin1String("postgresql") && !postgresConfigured())                      \
            QSKIP("AGREEMENTDESK_TEST_PG is not set: no PostgreSQL server configured");            \
    } while (0)

class TstTaskRunner : public QObject {
    Q_OBJECT

    static QString demoSpec(const QString &engine)
    {
        QString spec;
        return freshDatabase(engine, true, &spec) ? spec : QString();
    }

private slots:
    void oneConnectionPerWorker_data() { addEngineRows(); }
    void oneConnectionPerWorker()
    {
        QFETCH(QString, engine);
        AD_SKIP_WITHOUT_ENGINE(engine);
        const QString spec = demoSpec(engine);
        QVERIFY(!spec.isEmpty());
        // What the tasks record (declared before the runner, which outlives no task).
        QStringList writers, readers;
        QSet<QThread *> threads;
        QList<Status> results;
        TaskRunner tasks(spec, kTester);
        QCOMPARE(tasks.connectionsOpened(), 0); // nothing is opened before it is needed
        // Ten clicks: a change, then a read, five times; each waits for the one before.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(tasks.run(
                QStringLiteral("block or unblock"),
                [&, i](Desk &s) {
                    writers << connectionOf(s);
                    threads << QThread::currentThread();
                    return i % 2 ? s.accountState.unblock(QStringLiteral("ph46170x4665"))
                                 : s.accountState.block(QStringLiteral("ph46170x4665"));
                },
                [&](const Status &st) { results << st; }));
            tasks.waitForIdle();
            tasks.read(
                this,
                [&](Desk &s) {
                    readers << connectionOf(s);
                    threads << QThread::currentThread();
                    CustomerInfo info;
                    return s.customers.get(46170, &info);
                },
                [&](const Status &st) { results << st; });
            tasks.waitForIdle();
        }
        QCOMPARE(results.size(), 10);
        for (const Status &st : results)
            QVERIFY2(st.ok(), qPrintable(st.message()));
        QCOMPARE(writers.size(), 5);
        QCOMPARE(readers.size(), 5);
        QCOMPARE(QSet<QString>(writers.cbegin(), writers.cend()).size(),
                 1); // one writer connection
        QCOMPARE(QSet<QString>(readers.cbegin(), readers.cend()).size(),
                 1); // one reader connection
        QVERIFY2(writers.first() != readers.first(), qPrintable(writers.first()));
        QCOMPARE(threads.size(), 2); // the same two threads every time, neither of them this one
        QVERIFY(!threads.contains(QThread::currentThread()));
        QCOMPARE(tasks.connectionsOpened(), 2);
    }

    void readsRunDuringALongChange_data() { addEngineRows(); }
    void readsRunDuringALongChange()
    {
        QFETCH(QString, engine);
        AD_SKIP_WITHOUT_ENGINE(engine);
        const QString spec = demoSpec(engine);
        QVERIFY(!spec.isEmpty());
        std::atomic<bool> inside{false}, release{false};
        Status change = Status::database(QStringLiteral("not finished"));
        int readsDone = 0;
        QList<qint64> charges(3, -1);
        TaskRunner tasks(spec, kTester);
        const auto letGo = qScopeGuard([&] { release = true; }); // also when a check fails
        // A change that holds its write transaction open, as a long import does, until released.
        QVERIFY(tasks.run(
            QStringLiteral("long change"),
            [&](Desk &s) -> Status {
                if (Status st = s.database().beginWrite(); !st.ok())
                    return st;
                inside = true;
                QElapsedTimer clock;
                clock.start();
                while (!release && clock.elapsed() < 30000)
                    QThread::msleep(5);
                s.database().rollback();
                return release ? Status() : Status::database(QStringLiteral("never released"));
            },
            [&](const Status &st) { change = st; }));
        QTRY_VERIFY(inside);
        // Meanwhile: changes are refused as before (one at a time), reads run and report.
        QVERIFY(!tasks.run(QStringLiteral("second change"), [](Desk &) { return Status(); }));
        for (int i = 0; i < 3; ++i)
            tasks.read(
                this,
                [&charges, i](Desk &s) { return s.customers.monthlyCharges(46170, &charges[i]); },
                [&](const Status &st) {
                    QVERIFY2(st.ok(), qPrintable(st.message()));
                    ++readsDone;
                });
        QTRY_COMPARE(readsDone, 3);
        QVERIFY(tasks.isBusy()); // the change still holds its transaction
        for (qint64 c : charges)
            QVERIFY(c > 0);
        release = true;
        QTRY_VERIFY(!tasks.isBusy());
        QVERIFY2(change.ok(), qPrintable(change.message()));
        QCOMPARE(tasks.connectionsOpened(), 2);
    }

    void failedOpenIsTheTasksStatus()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("missing.sqlite"));
        std::atomic<int> ran{0};
        Status change, read;
        TaskRunner tasks(spec, kTester);
        QVERIFY(tasks.run(
            QStringLiteral("change"),
            [&](Desk &) {
                ++ran;
                return Status();
            },
            [&](const Status &st) { change = st; }));
        tasks.read(
            this,
            [&](Desk &) {
                ++ran;
                return Status();
            },
            [&](const Status &st) { read = st; });
        tasks.waitForIdle();
        QCOMPARE(ran.load(), 0);
        QCOMPARE(change.kind(), Status::Kind::Database);
        QVERIFY(!change.message().isEmpty());
        QCOMPARE(read.kind(), Status::Kind::Database);
        QVERIFY(!tasks.isBusy());
        QCOMPARE(tasks.connectionsOpened(), 0);
        // Once the database is there, the next task opens it.
        QVERIFY(openSpec(spec));
        QVERIFY(tasks.run(
            QStringLiteral("change"),
            [&](Desk &) {
                ++ran;
                return Status();
            },
            [&](const Status &st) { change = st; }));
        tasks.waitForIdle();
        QCOMPARE(ran.load(), 1);
        QVERIFY_OK(change);
        QCOMPARE(tasks.connectionsOpened(), 1);
    }

    void lostConnectionReplaced_data() { addEngineRows(); }
    void lostConnectionReplaced()
    {
        QFETCH(QString, engine);
        AD_SKIP_WITHOUT_ENGINE(engine);
        const QString spec = demoSpec(engine);
        QVERIFY(!spec.isEmpty());
        QStringList seen;
        QList<Status> results;
        TaskRunner tasks(spec, kTester);
        // The connection breaks during a change (as when the server restarts)…
        QVERIFY(tasks.run(
            QStringLiteral("change"),
            [&](Desk &s) {
                seen << connectionOf(s);
                s.database().db().close();
                CustomerInfo info;
                return s.customers.get(46170, &info);
            },
            [&](const Status &st) { results << st; }));
        tasks.waitForIdle();
        // …and the next change runs on a new one.
        QVERIFY(tasks.run(
            QStringLiteral("change"),
            [&](Desk &s) {
                seen << connectionOf(s);
                return s.accountState.block(QStringLiteral("ph46170x4665"));
            },
            [&](const Status &st) { results << st; }));
        tasks.waitForIdle();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).kind(), Status::Kind::Database);
        QVERIFY2(results.at(1).ok(), qPrintable(results.at(1).message()));
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.at(0) != seen.at(1));
        QCOMPARE(tasks.connectionsOpened(), 3); // the reader's, the writer's, the writer's new one
    }

    void databaseSwitchReplacesTheRunner()
    {
        const QString first = demoSpec(QStringLiteral("sqlite"));
        const QString second = demoSpec(QStringLiteral("sqlite"));
        QString used;
        MainWindow::rememberDatabase(second); // offered under File > Recent databases
        MainWindow window(openSpec(first), QString());
        window.show();
        QPointer<TaskRunner> before = window.tasks();
        auto whichDatabase = [&used](Desk &s) {
            used = s.database().spec();
            return Status();
        };
        QVERIFY(before->run(QStringLiteral("which database"), whichDatabase));
        before->waitForIdle();
        QCOMPARE(used, first);
        QAction *open = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *item : menu->menu()->actions())
                if (item->menu())
                    for (QAction *recent : item->menu()->actions())
                        if (recent->text() == second)
                            open = recent;
        QVERIFY(open);
        open->trigger();
        QVERIFY(before.isNull()); // gone, with its threads and connections
        QVERIFY(window.tasks());
        QVERIFY(window.tasks()->run(QStringLiteral("which database"), whichDatabase));
        window.tasks()->waitForIdle();
        QCOMPARE(used, second);
    }
};

QTEST_MAIN(TstTaskRunner)
#include "tst_taskrunner.moc"
