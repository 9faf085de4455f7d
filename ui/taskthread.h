#pragma once

#include "domain/problem.h"
#include "services/desk.h"

#include <QThread>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace ad {

// One long-lived worker thread with a database connection of its own, for the TaskRunner: it
// runs the tasks posted to it one after the other, in order. The connection is opened (and the
// schema checked) by the first task, kept for the next ones, and closed on this thread when the
// thread stops. A failed open is the task's Status; the next task tries again. After a task
// that failed with a database error the connection is dropped, so that a lost server costs one
// failed task, not every later one.
class TaskThread final : public QThread {
public:
    using Task = std::function<Status(Desk &)>;
    using Finished = std::function<void(const Status &)>; // called on this thread

    // opened counts the connections this thread opens (shared with the other workers).
    TaskThread(const QString &name, const QString &spec, std::atomic<int> *opened);
    ~TaskThread() override; // runs what is queued, closes the connection and joins

    void post(const Actor &actor, Task task, Finished finished);

protected:
    void run() override;

private:
    struct Job {
        Actor actor;
        Task task;
        Finished finished;
    };

    const QString m_spec;
    std::atomic<int> *m_opened;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

} // namespace ad
