#pragma once

// What bench_import measures with: a program run with its wall time and peak memory, the spread
// of several runs, and readers paging the GUI's lists on a second connection during an import.
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <thread>

namespace ad::bench {

struct Timed {
    double seconds = 0;
    long maxRssKb = 0;
    int status = -1;
    double cpuSeconds = 0; // the child's user + system time (and its waited-for children's)
};

// Runs a program, waits, and returns wall time and the child's peak resident memory.
Timed runTimed(const QStringList &argv, const QString &stdoutFile = QStringLiteral("/dev/null"),
               const QString &stderrFile = QStringLiteral("/dev/null"));

// Several runs of one thing: the best, the median and the worst (seconds), and peak memory.
struct Runs {
    QList<Timed> all;
    void add(const Timed &t) { all << t; }
    double best() const;
    double median() const;
    double worst() const;
    long peakKb() const; // the highest peak of the runs
    bool ok() const;     // every run exited 0
    // "0.812 s (0.80–0.85 over 3)"
    QString spread() const;
};

// Pages the customer list and one customer's accounts through ListingService on a connection
// and thread of its own, as the GUI does, until stopped; records each query's time.
class ListReaders {
public:
    ListReaders(const QString &spec, qint64 iCustomer);
    ~ListReaders();
    void start();
    void stop();
    int queries() const { return int(m_ms[0].size() + m_ms[1].size()); }
    // Of all queries, or of one kind: 0 the customer list, 1 the customer's accounts.
    double slowestMs(int kind = -1) const;
    double p99Ms(int kind = -1) const;
    QString failure() const { return m_failure; }

private:
    QString m_spec;
    qint64 m_customer;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    QList<double> m_ms[2];
    QList<double> times(int kind) const;
    QString m_failure;
};

// CPU time (user + system, seconds) the PostgreSQL server at `url` has used so far: the
// postmaster's reaped children plus its live ones, read from /proc. Robust to the load of other
// programs on the machine, unlike wall time; counts every backend of that server, so use it on a
// server nothing else uses. -1 when the server is not local or `SHOW data_directory` is refused.
double pgServerCpuSeconds(const QString &psql, const QString &url);

// The CPU time of the server's sessions on one database (its backends, not autovacuum or the
// server's own writers), from construction to stop(): what a program run meanwhile cost the
// server, which neither the machine's load nor the other databases' autovacuum inflate as they do
// pgServerCpuSeconds(). Polls /proc every 20 ms; a session's last 20 ms may be missed. -1 when the
// server is not local.
class BackendCpu {
public:
    BackendCpu(const QString &psql, const QString &url, const QString &database);
    ~BackendCpu();
    double stop();

private:
    qint64 m_postmaster = 0;
    QByteArray m_database;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_ticks{0};
    std::thread m_thread;
};

} // namespace ad::bench
