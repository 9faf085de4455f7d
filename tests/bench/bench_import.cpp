// Import benchmark (issues #3, #16). Generates a realistic 100,000-row extension file and
// measures, in one run: read, plan and commit in-process; the whole `agreementdesk-cli import`
// process and its dry run, with peak memory; as references `sqlite3 .import` of the same file
// into an 8-column table keyed on the extension number (and, with --pg, `psql \copy`) and the
// schema floor (benchfloor.h) at the latest schema version and the one before its last change
// (SQLite 9, PostgreSQL 6); and readers paging the
// lists on a second connection during an import, with the import's time per phase. Prints the
// median and spread of --runs N (at least 3) and the ratios the targets are stated in.
// --memory (or --rows over 1,000,000): only the command line's peak memory, dry run and commit.
#include "benchfloor.h"
#include "benchreaders.h"
#include "benchutil.h"
#include "csvgen.h"
#include "import/csvreader.h"
#include "services/demodata.h"
#include "services/desk.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <cstdio>

using namespace ad;
using namespace ad::bench;

static double best(int runs, const std::function<double()> &f)
{
    double b = 1e9;
    for (int i = 0; i < runs; ++i)
        b = qMin(b, f());
    return b;
}

static void line(const char *what, double seconds, const QString &extra = {})
{
    std::printf("  %-44s %8.3f s  %s\n", what, seconds, qPrintable(extra));
}

// The update run's file: the generated rows with every name changed and the DIDs of the rows
// that have one moved on by one row (each row takes the DID the next one lets go of), for
// import --update-existing.
static QString writeUpdateFile(const csv::ReadResult &read, const QString &path)
{
    const int name = read.columnOf(csv::Field::Name);
    const int dids = read.columnOf(csv::Field::Dids);
    QList<int> withDid;
    for (int i = 0; i < read.records.size(); ++i)
        if (!read.records.at(i).fields.value(dids).isEmpty())
            withDid << i;
    QList<QStringList> rows;
    for (const csv::Record &r : read.records)
        rows << r.fields;
    for (QStringList &f : rows)
        f[name] = f.at(name) + QStringLiteral(" (moved)");
    for (int k = 0; k < withDid.size(); ++k)
        rows[withDid.at(k)][dids] =
            read.records.at(withDid.at((k + 1) % withDid.size())).fields.at(dids);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    auto quoted = [](const QStringList &fields) {
        QStringList q;
        for (QString f : fields)
            q << QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
        return (q.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
    };
    out.write(quoted(read.header));
    for (const QStringList &f : rows)
        out.write(quoted(f));
    return path;
}

// A demo database with the file's DIDs in customer 46170's pool, at the latest schema version or
// at `version` (the floor before and after a schema change, measured in the same run).
static QString prepareDemo(const QString &spec, const test::GeneratedFile &g, int version = 0)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(spec + QLatin1String(suffix));
    Status st;
    auto db = version > 0 ? Database::openAtVersion(spec, version, &st)
                          : Database::open(spec, Database::OpenMode::CreateIfMissing, &st);
    if (!db)
        qFatal("%s", qPrintable(st.message()));
    if (!DemoData::load(*db, QStringLiteral("bench")).ok())
        qFatal("demo data");
    Desk service(*db, Actor{QStringLiteral("bench"), false});
    st = service.dids.add(46170, g.didRanges, nullptr);
    if (!st.ok())
        qFatal("%s", qPrintable(st.message()));
    return spec;
}

// --memory: only the command line's runs, for their peak memory (and, with more rows than the
// limit, how soon and how lean the file is refused): the dry run, with --errors-csv (the rows
// spooled to a temporary file) and with --json (the accounts spooled), the commit, and then, on
// the database the commit filled, --update-existing (a file changing every name and DID).
static void memoryRuns(const QString &engine, const QString &spec, const QString &file,
                       const QString &updates, bool overLimit)
{
    const QString cli = QStringLiteral(AD_CLI);
    std::printf("\n%s\n", qPrintable(engine));
    const QString problems = file + QStringLiteral(".problems.csv");
    struct Run {
        const char *label;
        QStringList options;
        bool update = false;
    };
    QList<Run> runs{
        {"import --dry-run --errors-csv (rows spooled)",
         {QStringLiteral("--dry-run"), QStringLiteral("--errors-csv"), problems}},
        {"agreementdesk-cli import --dry-run", {QStringLiteral("--dry-run")}},
        {"agreementdesk-cli import --dry-run --json",
         {QStringLiteral("--dry-run"), QStringLiteral("--json")}},
        {"agreementdesk-cli import", {}},
        {"import --update-existing --dry-run --json",
         {QStringLiteral("--update-existing"), QStringLiteral("--dry-run"),
          QStringLiteral("--json")},
         true},
        {"import --update-existing", {QStringLiteral("--update-existing")}, true},
    };
    if (overLimit) // refused: the dry run and the commit only
        runs = {runs.at(1), runs.at(3)};
    for (const Run &run : runs) {
        const Timed t =
            runTimed(QStringList{cli, QStringLiteral("--db"), spec, QStringLiteral("import"),
                                 QStringLiteral("46170"), run.update ? updates : file} +
                     run.options);
        if ((t.status == 0) == overLimit)
            qFatal("agreementdesk-cli %s exited %d", run.label, t.status);
        line(run.label, t.seconds,
             QStringLiteral("peak %1 MB (target <= 512 MB)%2")
                 .arg(t.maxRssKb / 1024)
                 .arg(overLimit ? QStringLiteral(", refused (exit %1)").arg(t.status) : QString()));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    int runs = 3;
    bool memoryOnly = false;
    bool pgOnly = false;
    bool readersOnly = false; // --readers-only: PostgreSQL's import with readers, nothing else
    QString keep;
    QString pg = qEnvironmentVariable("AGREEMENTDESK_TEST_PG");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--pg") && i + 1 < args.size())
            pg = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-pg"))
            pg.clear();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(3, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--pg-only"))
            pgOnly = true;
        else if (args.at(i) == QLatin1String("--readers-only"))
            readersOnly = true;
        else if (args.at(i) == QLatin1String("--memory"))
            memoryOnly = true;
    }
    // --keep DIR leaves the generated file and databases in DIR, to profile one step by hand.
    QTemporaryDir tmp;
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    struct {
        QString base;
        QString filePath(const QString &name) const { return base + QLatin1Char('/') + name; }
    } dir{keep.isEmpty() ? tmp.path() : keep};
    const test::GeneratedFile g =
        test::generateExtensionsCsv(dir.filePath(QStringLiteral("bench.csv")), rows);
    std::printf("Agreement Desk import benchmark — %d rows (%d with DIDs), %.1f MB, %s, %d cores\n",
                g.rows, g.withDids, g.bytes / 1048576.0, qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount());

    if (!keep.isEmpty())
        prepareDemo(dir.filePath(QStringLiteral("pristine.sqlite")), g);
    if (memoryOnly || rows > 1000000) {
        const bool overLimit = rows > 1000000;
        const QString updates = overLimit
                                    ? QString()
                                    : writeUpdateFile(csv::CsvReader::readFile(g.path),
                                                      dir.filePath(QStringLiteral("update.csv")));
        memoryRuns(QStringLiteral("SQLite"),
                   prepareDemo(dir.filePath(QStringLiteral("memory.sqlite")), g), g.path, updates,
                   overLimit);
        if (!pg.isEmpty())
            memoryRuns(QStringLiteral("PostgreSQL"),
                       prepareDemo(freshPg(pg, QStringLiteral("adbench_memory")), g), g.path,
                       updates, overLimit);
        return 0;
    }

    const QString cli = QStringLiteral(AD_CLI);
    // --pg-only: the PostgreSQL figures alone (their ratios are taken within the run).
    if (readersOnly && !pg.isEmpty()) {
        printReaders(
            importWithReaders(cli, prepareDemo(freshPg(pg, QStringLiteral("adbench_readers")), g),
                              g.path, dir.filePath(QStringLiteral("phases-pg.log"))));
        return 0;
    }
    if (!pgOnly) {
        // ---- in-process figures (SQLite)
        const QString spec = prepareDemo(dir.filePath(QStringLiteral("inproc.sqlite")), g);
        csv::ReadResult read;
        const double tRead = best(3, [&] {
            QElapsedTimer t;
            t.start();
            read = csv::CsvReader::readFile(g.path);
            return t.nsecsElapsed() / 1e9;
        });
        Status st;
        auto db = Database::open(spec, Database::OpenMode::ExistingSchema, &st);
        ImportService importer(*db, Actor{QStringLiteral("bench"), false});
        ImportPlan plan;
        const double tPlan = best(3, [&] {
            QElapsedTimer t;
            t.start();
            if (const Status planned = importer.plan(46170, read, {}, &plan); !planned.ok())
                qFatal("planning failed: %s", qPrintable(planned.message()));
            return t.nsecsElapsed() / 1e9;
        });
        if (plan.hasErrors())
            qFatal("the generated file has errors: %s", qPrintable(plan.errors.first().message));
        QElapsedTimer t;
        t.start();
        CommitResult result;
        st = importer.commit(46170, read, &plan, {}, &result);
        const double tCommit = t.nsecsElapsed() / 1e9;
        if (!st.ok())
            qFatal("commit: %s", qPrintable(st.message()));
        db.reset();

        std::printf("\nSQLite\n");
        line("read (decode, RFC 4180, header)", tRead,
             QStringLiteral("%1 rows/s").arg(qint64(rows / tRead)));
        line("plan (snapshot + every rule)", tPlan,
             QStringLiteral("%1 rows/s").arg(qint64(rows / tPlan)));
        line("commit (one transaction, re-check included)", tCommit,
             QStringLiteral("%1 rows/s").arg(qint64(rows / tCommit)));

        // ---- whole processes: `runs` of each, interleaved, so that the noise of a shared machine
        // falls on all of them alike; the spread is printed with the median.

        Runs dry, whole, ref, floor9, floor7, floorAll;
        for (int i = 0; i < runs; ++i) {
            const QString s = prepareDemo(dir.filePath(QStringLiteral("cli%1.sqlite").arg(i)), g);
            dry.add(runTimed({cli, QStringLiteral("--db"), s, QStringLiteral("import"),
                              QStringLiteral("46170"), g.path, QStringLiteral("--dry-run")}));
            whole.add(runTimed({cli, QStringLiteral("--db"), s, QStringLiteral("import"),
                                QStringLiteral("46170"), g.path}));
            if (!dry.ok() || !whole.ok())
                qFatal("agreementdesk-cli failed (dry run %d, import %d)", dry.all.last().status,
                       whole.all.last().status);
            const QString refDb = dir.filePath(QStringLiteral("ref%1.sqlite").arg(i));
            QFile::remove(refDb);
            runTimed({QStringLiteral("sqlite3"), refDb,
                      QStringLiteral("CREATE TABLE t (ext TEXT PRIMARY KEY, name TEXT, did TEXT, "
                                     "published TEXT, email TEXT, tz TEXT,"
                                     " product TEXT, huntgroup TEXT)")});
            ref.add(runTimed({QStringLiteral("sqlite3"), refDb, QStringLiteral(".mode csv"),
                              QStringLiteral(".import --skip 1 %1 t").arg(g.path)}));
            if (!ref.ok())
                qFatal("sqlite3 .import failed");
        }
        // The schema floor at version 9 (before migration 010 made the account-ID rule a key) and
        // at the latest version, alternated.
        const QString stage = dir.filePath(QStringLiteral("floor-stage.sqlite"));
        stageSqliteFloor(dir.filePath(QStringLiteral("cli0.sqlite")), stage);
        for (int i = 0; i < runs; ++i) {
            floor9.add(sqliteFloorCopy(
                stage, prepareDemo(dir.filePath(QStringLiteral("floor9-%1.sqlite").arg(i)), g, 9)));
            floor7.add(sqliteFloorCopy(
                stage, prepareDemo(dir.filePath(QStringLiteral("floor%1.sqlite").arg(i)), g)));
            floorAll.add(sqliteFloorCopy(
                stage, prepareDemo(dir.filePath(QStringLiteral("floorall%1.sqlite").arg(i)), g),
                FloorRows::WithLinks));
        }
        const Readers sqliteReaders =
            importWithReaders(cli, prepareDemo(dir.filePath(QStringLiteral("readers.sqlite")), g),
                              g.path, dir.filePath(QStringLiteral("phases-sqlite.log")));
        // The update run: the same 100,000 extensions, every name changed and every DID moved to
        // another row, imported with --update-existing into the databases the adding import filled.
        const QString updates = writeUpdateFile(read, dir.filePath(QStringLiteral("update.csv")));
        // Their median against the adding import's (the best of three flattered it), as many
        // runs as the adding import's.
        Runs update;
        for (int i = 0; i < runs; ++i) { // into each database an adding run filled
            const Timed u = runTimed({cli, QStringLiteral("--db"),
                                      dir.filePath(QStringLiteral("cli%1.sqlite").arg(i)),
                                      QStringLiteral("import"), QStringLiteral("46170"), updates,
                                      QStringLiteral("--update-existing")});
            if (u.status != 0)
                qFatal("the update import failed (exit %d)", u.status);
            update.add(u);
        }
        line("sqlite3 .import (reference)", ref.median(), ref.spread());
        line("schema floor at version 9 (before 010)", floor9.median(),
             QStringLiteral("%1x of .import; %2")
                 .arg(floor9.median() / ref.median(), 0, 'f', 2)
                 .arg(floor9.spread()));
        line("schema floor: rows copied table to table", floor7.median(),
             QStringLiteral("%1x of .import, %2x of the floor at version 9; %3")
                 .arg(floor7.median() / ref.median(), 0, 'f', 2)
                 .arg(floor7.median() / floor9.median(), 0, 'f', 2)
                 .arg(floor7.spread()));
        line("schema floor with members and DIDs", floorAll.median(),
             QStringLiteral("%1x of .import, %2x of the floor; %3")
                 .arg(floorAll.median() / ref.median(), 0, 'f', 2)
                 .arg(floorAll.median() / floor7.median(), 0, 'f', 2)
                 .arg(floorAll.spread()));
        line("agreementdesk-cli import --dry-run", dry.median(),
             QStringLiteral("%1x of .import (target <= 1.5x), peak %2 MB; %3")
                 .arg(dry.median() / ref.median(), 0, 'f', 2)
                 .arg(dry.peakKb() / 1024)
                 .arg(dry.spread()));
        line("agreementdesk-cli import", whole.median(),
             QStringLiteral("%1x of the schema floor (target <= 1.3x; runs %2–%3x), %4x of .import,"
                            " peak %5 MB; %6")
                 .arg(whole.median() / floor7.median(), 0, 'f', 2)
                 .arg(whole.best() / floor7.median(), 0, 'f', 2)
                 .arg(whole.worst() / floor7.median(), 0, 'f', 2)
                 .arg(whole.median() / ref.median(), 0, 'f', 2)
                 .arg(whole.peakKb() / 1024)
                 .arg(whole.spread()));
        std::printf("      %.2fx of the floor with the file's members and DIDs (runs %.2f–%.2fx)\n",
                    whole.median() / floorAll.median(), whole.best() / floorAll.median(),
                    whole.worst() / floorAll.median());
        // Against the floor of the schema before the account-ID key: the key made the floor's
        // extensions dearer (the import's check moved into them), so this is the import's speed
        // measured against the old floor, for comparison with earlier runs.
        std::printf("      %.2fx of the floor at version 9, before the account-ID key (runs "
                    "%.2f–%.2fx)\n",
                    whole.median() / floor9.median(), whole.best() / floor9.median(),
                    whole.worst() / floor9.median());
        printReaders(sqliteReaders);

        line("agreementdesk-cli import --update-existing", update.median(),
             QStringLiteral("%1x of .import, %2x of the adding import (target <= 1x; runs "
                            "%3–%4x), peak %5 MB; %6")
                 .arg(update.median() / ref.median(), 0, 'f', 2)
                 .arg(update.median() / whole.median(), 0, 'f', 2)
                 .arg(update.best() / whole.median(), 0, 'f', 2)
                 .arg(update.worst() / whole.median(), 0, 'f', 2)
                 .arg(update.peakKb() / 1024)
                 .arg(update.spread()));
    }
    // ---- PostgreSQL
    if (!pg.isEmpty()) {
        std::printf("\nPostgreSQL (%s)\n", qPrintable(QUrl(pg).host()));
        Runs pwhole, pdry, pref, pfloor6, pfloor7, pfloorAll;
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        if (psql.isEmpty())
            qFatal("psql not found");
        // The server's CPU time per import and per floor copy (robust to the load of other
        // programs on the machine, which inflates wall times), when the server is local.
        struct {
            QList<double> import, floor, floorAll;
        } serverCpu, backendCpu;
        // The floor on PostgreSQL, at version 6 and at the latest version: the accounts and
        // extensions the first import created, exported, loaded into plain tables of a fresh demo
        // database, then copied table to table by psql (foreign keys stay) and rolled back. Each
        // run copies the floors right after its import, so that the machine's load changes
        // between runs weigh on both alike.
        QUrl u(pg);
        u.setPath(QStringLiteral("/adbench_0"));
        QString f6, f7;
        for (int i = 0; i < runs; ++i) {
            const QString s = prepareDemo(freshPg(pg, QStringLiteral("adbench_%1").arg(i)), g);
            pdry.add(runTimed({cli, QStringLiteral("--db"), s, QStringLiteral("import"),
                               QStringLiteral("46170"), g.path, QStringLiteral("--dry-run")}));
            const double cpu0 = pgServerCpuSeconds(psql, pg);
            BackendCpu importBackend(psql, pg, QStringLiteral("adbench_%1").arg(i));
            pwhole.add(runTimed({cli, QStringLiteral("--db"), s, QStringLiteral("import"),
                                 QStringLiteral("46170"), g.path}));
            backendCpu.import << importBackend.stop();
            serverCpu.import << pgServerCpuSeconds(psql, pg) - cpu0;
            if (!pdry.ok() || !pwhole.ok())
                qFatal("agreementdesk-cli on PostgreSQL failed (dry run %d, import %d)",
                       pdry.all.last().status, pwhole.all.last().status);
            if (i == 0) {
                f6 = prepareDemo(freshPg(pg, QStringLiteral("adbench_floor6")), g, 6);
                f7 = prepareDemo(freshPg(pg, QStringLiteral("adbench_floor")), g);
                stagePgFloor(psql, u.toString(), f6, dir.base);
                stagePgFloor(psql, u.toString(), f7, dir.base);
            }
            // Each copy into a fresh copy of the staged database: a rolled-back copy leaves its
            // rows dead in the tables and their unique indexes, which the next copy of the same
            // keys would walk.
            pfloor6.add(pgFloorCopy(
                psql, freshPg(pg, QStringLiteral("adbench_f6"), QStringLiteral("adbench_floor6"))));
            const QString f7copy =
                freshPg(pg, QStringLiteral("adbench_f7"), QStringLiteral("adbench_floor"));
            const double cpu1 = pgServerCpuSeconds(psql, pg);
            BackendCpu floorBackend(psql, pg, QStringLiteral("adbench_f7"));
            pfloor7.add(pgFloorCopy(psql, f7copy));
            backendCpu.floor << floorBackend.stop();
            serverCpu.floor << pgServerCpuSeconds(psql, pg) - cpu1;
            const QString allCopy =
                freshPg(pg, QStringLiteral("adbench_fa"), QStringLiteral("adbench_floor"));
            BackendCpu allBackend(psql, pg, QStringLiteral("adbench_fa"));
            pfloorAll.add(pgFloorCopy(psql, allCopy, FloorRows::WithLinks));
            backendCpu.floorAll << allBackend.stop();
            runTimed(
                {psql, s, QStringLiteral("-q"), QStringLiteral("-c"),
                 QStringLiteral(
                     "DROP TABLE IF EXISTS t; CREATE TABLE t (ext TEXT PRIMARY KEY, name TEXT, "
                     "did TEXT,"
                     " published TEXT, email TEXT, tz TEXT, product TEXT, huntgroup TEXT)")});
            pref.add(runTimed(
                {psql, s, QStringLiteral("-q"), QStringLiteral("-c"),
                 QStringLiteral("\\copy t FROM '%1' WITH (FORMAT csv, HEADER true)").arg(g.path)}));
        }
        const Readers pgReaders =
            importWithReaders(cli, prepareDemo(freshPg(pg, QStringLiteral("adbench_readers")), g),
                              g.path, dir.filePath(QStringLiteral("phases-pg.log")));
        line("psql \\copy (reference)", pref.median(), pref.spread());
        line("schema floor at version 6 (before 007)", pfloor6.median(),
             QStringLiteral("%1x of \\copy; %2")
                 .arg(pfloor6.median() / pref.median(), 0, 'f', 2)
                 .arg(pfloor6.spread()));
        line("schema floor: rows copied table to table", pfloor7.median(),
             QStringLiteral("%1x of \\copy, %2x of the floor at version 6; %3")
                 .arg(pfloor7.median() / pref.median(), 0, 'f', 2)
                 .arg(pfloor7.median() / pfloor6.median(), 0, 'f', 2)
                 .arg(pfloor7.spread()));
        line("schema floor with members and DIDs", pfloorAll.median(),
             QStringLiteral("%1x of \\copy, %2x of the floor; %3")
                 .arg(pfloorAll.median() / pref.median(), 0, 'f', 2)
                 .arg(pfloorAll.median() / pfloor7.median(), 0, 'f', 2)
                 .arg(pfloorAll.spread()));
        line("agreementdesk-cli import --dry-run", pdry.median(),
             QStringLiteral("peak %1 MB; %2").arg(pdry.peakKb() / 1024).arg(pdry.spread()));
        line("agreementdesk-cli import", pwhole.median(),
             QStringLiteral("%1x of the schema floor (target <= 1.3x; runs %2–%3x), %4x of \\copy,"
                            " peak %5 MB; %6")
                 .arg(pwhole.median() / pfloor7.median(), 0, 'f', 2)
                 .arg(pwhole.best() / pfloor7.median(), 0, 'f', 2)
                 .arg(pwhole.worst() / pfloor7.median(), 0, 'f', 2)
                 .arg(pwhole.median() / pref.median(), 0, 'f', 2)
                 .arg(pwhole.peakKb() / 1024)
                 .arg(pwhole.spread()));
        std::printf("      %.2fx of the floor with the file's members and DIDs (runs %.2f–%.2fx)\n",
                    pwhole.median() / pfloorAll.median(), pwhole.best() / pfloorAll.median(),
                    pwhole.worst() / pfloorAll.median());
        printReaders(pgReaders);
        std::sort(serverCpu.import.begin(), serverCpu.import.end());
        std::sort(serverCpu.floor.begin(), serverCpu.floor.end());
        std::sort(backendCpu.import.begin(), backendCpu.import.end());
        std::sort(backendCpu.floor.begin(), backendCpu.floor.end());
        std::sort(backendCpu.floorAll.begin(), backendCpu.floorAll.end());
        QList<double> clientCpu;
        for (const Timed &t : pwhole.all)
            clientCpu << t.cpuSeconds;
        std::sort(clientCpu.begin(), clientCpu.end());
        if (pgServerCpuSeconds(psql, pg) >= 0)
            std::printf(
                "  CPU time (median of %d): server %.2f s for the import against %.2f s for "
                "the floor copy = %.2fx (runs %.2f–%.2f s / %.2f–%.2f s); the import's "
                "client %.2f s user+sys\n",
                runs, serverCpu.import.at(runs / 2), serverCpu.floor.at(runs / 2),
                serverCpu.import.at(runs / 2) / serverCpu.floor.at(runs / 2),
                serverCpu.import.first(), serverCpu.import.last(), serverCpu.floor.first(),
                serverCpu.floor.last(), clientCpu.at(runs / 2));
        if (backendCpu.import.first() >= 0)
            std::printf(
                "  CPU time of the sessions alone (median of %d): import %.2f s against the floor "
                "copy %.2f s = %.2fx (runs %.2f–%.2f s / %.2f–%.2f s)\n",
                runs, backendCpu.import.at(runs / 2), backendCpu.floor.at(runs / 2),
                backendCpu.import.at(runs / 2) / backendCpu.floor.at(runs / 2),
                backendCpu.import.first(), backendCpu.import.last(), backendCpu.floor.first(),
                backendCpu.floor.last());
        if (backendCpu.floorAll.first() >= 0)
            std::printf("  … against the floor with the file's members and DIDs %.2f s = %.2fx "
                        "(runs %.2f–%.2f s)\n",
                        backendCpu.floorAll.at(runs / 2),
                        backendCpu.import.at(runs / 2) / backendCpu.floorAll.at(runs / 2),
                        backendCpu.floorAll.first(), backendCpu.floorAll.last());
    }
    return 0;
}
