#pragma once

#include "domain/problem.h"
#include "services/desk.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace ad {

class TaskThread;

// Runs work off the GUI thread and reports back on the GUI thread, on two long-lived workers
// with a connection each (opened on first use, closed when the runner is destroyed; a database
// switch replaces the runner): the writer runs the changes, one at a time, while the window
// shows that it is busy; the reader runs the slow reads in the order asked, meanwhile, so that
// a long change never holds them up. The reader connects before the first change starts:
// opening a connection checks the schema under the write lock, which on SQLite a long change
// would hold.
class TaskRunner final : public QObject {
    Q_OBJECT
public:
    using Task = std::function<Status(Desk &)>;
    using Done = std::function<void(const Status &)>;

    TaskRunner(const QString &spec, const Actor &actor, QObject *parent = nullptr);
    ~TaskRunner() override; // waits for what was asked, then closes the connections

    // A change, on the writer's connection; false (and nothing runs) while another one runs.
    bool run(const QString &description, Task task, Done done = {});
    // A read that may be slow (whole-customer sums, reading and planning an import, exports):
    // on the reader's connection, after the reads asked before it; `done` runs on the GUI
    // thread unless `context` is gone by then.
    void read(QObject *context, Task task, Done done);
    bool isBusy() const { return m_busy; }
    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }
    void waitForIdle(); // tests and shutdown
    // The connections the workers have opened so far: one each, not one per task (tests).
    int connectionsOpened() const { return m_opened.load(); }

signals:
    void started(const QString &description);
    void finished(const QString &description, const ad::Status &status);

private:
    void connectReaderThen(const std::function<void()> &next);
    TaskThread &reader();

    QString m_spec;
    Actor m_actor;
    bool m_busy = false;
    int m_reads = 0;
    bool m_readerTried = false;   // the reader has run a task: its connection is open (or failed)
    std::atomic<int> m_opened{0}; // declared before the workers, which count into it
    std::unique_ptr<TaskThread> m_writer;
    std::unique_ptr<TaskThread> m_reader;
};

} // namespace ad
