#include "benchutil.h"

#include "services/listingservice.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QThread>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace ad::bench {

Timed runTimed(const QStringList &argvIn, const QString &stdoutFile, const QString &stderrFile)
{
    // A child spawned from this process starts with this process's resident set as its peak
    // (Linux keeps the high-water mark across exec), so the bench's own memory would show as the
    // child's. /usr/bin/time, itself small, runs the program and reports that child's own peak.
    static const bool haveTime = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable();
    QTemporaryFile peakFile;
    QStringList argv = argvIn;
    if (haveTime && peakFile.open()) {
        argv = QStringList{QStringLiteral("/usr/bin/time"), QStringLiteral("-f"),
                           QStringLiteral("%M"), QStringLiteral("-o"), peakFile.fileName()} +
               argvIn;
    }
    std::vector<QByteArray> store;
    std::vector<char *> args;
    for (const QString &a : argv)
        store.push_back(a.toLocal8Bit());
    for (auto &s : store)
        args.push_back(s.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    const QByteArray out = stdoutFile.toLocal8Bit();
    const QByteArray err = stderrFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&fa, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    Timed r;
    if (posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return r;
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    r.seconds = t.nsecsElapsed() / 1e9;
    r.maxRssKb = ru.ru_maxrss;
    r.cpuSeconds =
        ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (haveTime) {
        // The last line is the peak in KB ("Command exited with non-zero status N" may precede).
        peakFile.seek(0);
        const QList<QByteArray> lines = peakFile.readAll().trimmed().split('\n');
        bool ok = false;
        const long kb = lines.last().trimmed().toLong(&ok);
        if (ok)
            r.maxRssKb = kb;
    }
    posix_spawn_file_actions_destroy(&fa);
    return r;
}

static QList<double> sortedSeconds(const QList<Timed> &all)
{
    QList<double> s;
    for (const Timed &t : all)
        s << t.seconds;
    std::sort(s.begin(), s.end());
    return s;
}

double Runs::best() const
{
    const auto s = sortedSeconds(all);
    return s.isEmpty() ? 0 : s.first();
}

double Runs::median() const
{
    const auto s = sortedSeconds(all);
    if (s.isEmpty())
        return 0;
    const int n = int(s.size());
    return n % 2 ? s.at(n / 2) : (s.at(n / 2 - 1) + s.at(n / 2)) / 2;
}

double Runs::worst() const
{
    const auto s = sortedSeconds(all);
    return s.isEmpty() ? 0 : s.last();
}

long Runs::peakKb() const
{
    long p = 0;
    for (const Timed &t : all)
        p = std::max(p, t.maxRssKb);
    return p;
}

bool Runs::ok() const
{
    return !all.isEmpty() &&
           std::all_of(all.cbegin(), all.cend(), [](const Timed &t) { return t.status == 0; });
}

QString Runs::spread() const
{
    return QStringLiteral("median of %1: %2–%3 s")
        .arg(all.size())
        .arg(best(), 0, 'f', 3)
        .arg(worst(), 0, 'f', 3);
}

ListReaders::ListReaders(const QString &spec, qint64 iCustomer)
    : m_spec(spec), m_customer(iCustomer)
{
}

ListReaders::~ListReaders()
{
    stop();
}

void ListReaders::start()
{
    m_stop = false;
    m_thread = std::thread([this] {
        Status st;
        auto db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
        if (!db) {
            m_failure = st.message();
            return;
        }
        ListingService listing(*db);
        // Page as a user scrolls: the customer list, then the importing customer's accounts
        // page by page, from the top again after 50 pages.
        for (int page = 0; !m_stop; page = (page + 1) % 50) {
            QElapsedTimer t;
            t.start();
            QList<CustomerInfo> customers;
            st = listing.customersPage(QString(), CustomerOrder::Name, true, 0, 100, &customers);
            m_ms[0] << t.nsecsElapsed() / 1e6;
            if (!st.ok()) {
                m_failure = st.message();
                return;
            }
            t.restart();
            QList<AccountInfo> accounts;
            st = listing.accountsPage(m_customer, QString(), page * 100, 100, &accounts);
            m_ms[1] << t.nsecsElapsed() / 1e6;
            if (!st.ok()) {
                m_failure = st.message();
                return;
            }
            QThread::msleep(5);
        }
    });
}

void ListReaders::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QList<double> ListReaders::times(int kind) const
{
    QList<double> s = kind < 0 ? m_ms[0] + m_ms[1] : m_ms[kind];
    std::sort(s.begin(), s.end());
    return s;
}

double ListReaders::slowestMs(int kind) const
{
    const QList<double> s = times(kind);
    return s.isEmpty() ? 0 : s.last();
}

double ListReaders::p99Ms(int kind) const
{
    const QList<double> s = times(kind);
    if (s.isEmpty())
        return 0;
    return s.at(qMin<qsizetype>(s.size() - 1, qsizetype(s.size() * 0.99)));
}

// Fields 14-17 of /proc/PID/stat: utime, stime, cutime, cstime in clock ticks (the command name,
// field 2, may hold spaces: count from the closing parenthesis).
static qint64 procTicks(qint64 pid, bool withChildren)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    // fields[0] is field 3 (state): utime is fields[11], stime [12], cutime [13], cstime [14].
    qint64 t = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    if (withChildren)
        t += fields.at(13).toLongLong() + fields.at(14).toLongLong();
    return t;
}

// The postmaster's process ID of the server at `url`, from its data directory; 0 when the server
// is not local or `SHOW data_directory` is refused.
static qint64 pgPostmaster(const QString &psql, const QString &url)
{
    static QString dataDir;
    if (dataDir.isEmpty()) {
        QTemporaryFile out;
        if (!out.open())
            return 0;
        if (runTimed({psql, url, QStringLiteral("-Atc"), QStringLiteral("SHOW data_directory")},
                     out.fileName())
                .status != 0)
            return 0;
        dataDir = QString::fromLocal8Bit(out.readAll()).trimmed();
    }
    QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    if (postmaster <= 0 || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(postmaster)))
        return 0;
    return postmaster;
}

// The parent's process ID (field 4 of /proc/PID/stat), or 0.
static qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

double pgServerCpuSeconds(const QString &psql, const QString &url)
{
    const qint64 postmaster = pgPostmaster(psql, url);
    if (postmaster <= 0)
        return -1;
    qint64 ticks = procTicks(postmaster, true);
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &p : procs) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        if (ok && parentOf(pid) == postmaster)
            ticks += procTicks(pid, true);
    }
    return double(ticks) / sysconf(_SC_CLK_TCK);
}

BackendCpu::BackendCpu(const QString &psql, const QString &url, const QString &database)
    : m_postmaster(pgPostmaster(psql, url)), m_database(database.toUtf8())
{
    if (m_postmaster <= 0)
        return;
    m_thread = std::thread([this] {
        // Every 20 ms: the sessions (not autovacuum) on the database, by their process title
        // ("postgres: user database host(port) state"); a session's last figure counts.
        QHash<qint64, qint64> seen;
        const QByteArray needle = ' ' + m_database + ' ';
        while (!m_stop) {
            const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &p : procs) {
                bool ok = false;
                const qint64 pid = p.toLongLong(&ok);
                if (!ok || parentOf(pid) != m_postmaster)
                    continue;
                QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (!cmd.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray title = cmd.readAll() + ' ';
                if (title.contains(needle) && !title.contains("autovacuum"))
                    if (const qint64 t = procTicks(pid, false); t > 0)
                        seen[pid] = t;
            }
            qint64 sum = 0;
            for (qint64 t : std::as_const(seen))
                sum += t;
            m_ticks = sum;
            QThread::msleep(20);
        }
    });
}

double BackendCpu::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    return m_postmaster > 0 ? double(m_ticks) / sysconf(_SC_CLK_TCK) : -1;
}

BackendCpu::~BackendCpu()
{
    stop();
}

} // namespace ad::bench
