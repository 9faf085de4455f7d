// The WAL files are never removed under a live connection (issue #12): a file dialog of this
// process that lists the folder of the SQLite database must not open the database's files (Qt's
// default icon provider reads them to guess their type, and closing such a descriptor drops this
// process's POSIX locks on the file); then another process's connection -- the CLI -- would
// believe it is the last one and delete the -wal and -shm files under this connection, which
// from then on misses every new row. docs/decisions.md says more.
#include "filedialogs.h"
#include "storage/database.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace ad;
using namespace ad::test;

// This process's descriptors on a removed SQLite file ("/tmp/…/db1.sqlite-wal (deleted)").
static QStringList deletedDescriptors()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n = ::readlink(qPrintable(fds.filePath(fd)), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QString path = QString::fromLocal8Bit(target, int(n));
        if (path.contains(QLatin1String(".sqlite")) && path.endsWith(QLatin1String(" (deleted)")))
            deleted << path;
    }
    return deleted;
}

class TstWalFiles : public QObject {
    Q_OBJECT
private slots:
    void fileDialogThenCli()
    {
        QString spec;
        auto db = freshDatabase(QStringLiteral("sqlite"), true, &spec);
        QVERIFY(db);
        // This connection reads (it holds the WAL open, as the GUI's does).
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE id = ?"),
                        {QStringLiteral("ph46170x4799")}),
                 0);
        QVERIFY(QFile::exists(spec + QStringLiteral("-wal")));

        // The dialog of File > New SQLite file… on the database's folder, listed and cancelled.
        QFileDialog *dialog =
            filedialog::create(nullptr, QStringLiteral("New SQLite database"),
                               QFileInfo(spec).absolutePath(), QStringLiteral("All files (*)"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(1500); // the file system model lists the folder and asks for types, icons
        dialog->reject();
        delete dialog;

        // Any command of the CLI on the same file; here one that adds a row.
        QProcess cli;
        cli.start(QStringLiteral(AD_CLI),
                  {QStringLiteral("--db"), spec, QStringLiteral("extension"), QStringLiteral("add"),
                   QStringLiteral("46170"), QStringLiteral("4799"), QStringLiteral("--product"),
                   QStringLiteral("Cloud PBX")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        QVERIFY(QFile::exists(spec + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(spec + QStringLiteral("-shm")));
        QVERIFY2(deletedDescriptors().isEmpty(), qPrintable(deletedDescriptors().join(u' ')));
        // And this connection sees the CLI's row.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM account WHERE id = ?"),
                        {QStringLiteral("ph46170x4799")}),
                 1);
    }
};

QTEST_MAIN(TstWalFiles)
#include "tst_walfiles.moc"
