// bench_import's PostgreSQL databases and its readers: an import with a second connection
// paging the lists beside it (issue #16).
#include "benchreaders.h"

#include "benchutil.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <cstdio>

namespace ad::bench {

static void line(const char *what, double seconds, const QString &extra)
{
    std::printf("  %-44s %8.3f s  %s\n", what, seconds, qPrintable(extra));
}

// A new, empty database `name` (dropped first), or a copy of `templateName`.
QString freshPg(const QString &admin, const QString &name, const QString &templateName)
{
    const QUrl url(admin);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)); // fixed names, not input
        // A copy waits for the template's other sessions (autovacuum) to go.
        for (int attempt = 0; attempt < 30; ++attempt) {
            if (q.exec(QStringLiteral("CREATE DATABASE %1").arg(name) +
                       (templateName.isEmpty() ? QString()
                                               : QStringLiteral(" TEMPLATE ") + templateName)))
                break;
            QThread::msleep(500);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl u(admin);
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

Readers importWithReaders(const QString &cli, const QString &spec, const QString &file,
                          const QString &log)
{
    Readers r;
    ListReaders readers(spec, 46170);
    qputenv("QT_LOGGING_RULES", "agreementdesk.import.info=true\nagreementdesk.storage.info=true");
    readers.start();
    const Timed w = runTimed({cli, QStringLiteral("--db"), spec, QStringLiteral("import"),
                              QStringLiteral("46170"), file},
                             QStringLiteral("/dev/null"), log);
    readers.stop();
    qunsetenv("QT_LOGGING_RULES");
    if (w.status != 0)
        qFatal("the import with readers failed (exit %d)", w.status);
    r.importSeconds = w.seconds;
    r.queries = readers.queries();
    r.slowestMs = readers.slowestMs();
    r.p99Ms = readers.p99Ms();
    r.p99CustomersMs = readers.p99Ms(0);
    r.p99AccountsMs = readers.p99Ms(1);
    r.slowestCustomersMs = readers.slowestMs(0);
    r.slowestAccountsMs = readers.slowestMs(1);
    r.failure = readers.failure();
    QFile f(log);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &l : f.readAll().split('\n'))
            if (l.contains("pipeline:") || l.contains("writer:"))
                r.phases << QString::fromUtf8(l.mid(l.indexOf(':') + 2).trimmed());
    return r;
}

void printReaders(const Readers &r)
{
    line("import with readers paging the lists", r.importSeconds,
         r.failure.isEmpty()
             ? QStringLiteral("%1 list queries: p99 %2 ms, slowest %3 ms (target p99 < 50 ms); "
                              "customer list p99 %4 / slowest %5 ms, accounts p99 %6 / %7 ms")
                   .arg(r.queries)
                   .arg(r.p99Ms, 0, 'f', 1)
                   .arg(r.slowestMs, 0, 'f', 1)
                   .arg(r.p99CustomersMs, 0, 'f', 1)
                   .arg(r.slowestCustomersMs, 0, 'f', 1)
                   .arg(r.p99AccountsMs, 0, 'f', 1)
                   .arg(r.slowestAccountsMs, 0, 'f', 1)
             : QStringLiteral("the readers failed: %1").arg(r.failure));
    for (const QString &p : r.phases)
        std::printf("      %s\n", qPrintable(p));
}

} // namespace ad::bench
