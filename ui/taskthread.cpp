#include "taskthread.h"

#include "storage/database.h"

#include <memory>

namespace ad {

TaskThread::TaskThread(const QString &name, const QString &spec, std::atomic<int> *opened)
    : m_spec(spec), m_opened(opened)
{
    setObjectName(name); // the thread's name in a debugger or top -H
}

TaskThread::~TaskThread()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    wait();
}

void TaskThread::post(const Actor &actor, Task task, Finished finished)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(Job{actor, std::move(task), std::move(finished)});
    }
    m_wake.notify_one();
    if (!isRunning())
        start(); // the thread, like its connection, starts with the first task
}

void TaskThread::run()
{
    std::unique_ptr<Database> db;
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break; // stopping, and nothing left to run
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        Status st;
        if (!db) {
            db = Database::open(m_spec, Database::OpenMode::ExistingSchema, &st);
            if (db)
                ++*m_opened;
        }
        if (db) {
            Desk service(*db, job.actor);
            st = job.task(service);
            if (db->inTransaction())
                db->rollback(); // a task never leaves its transaction to the next one
            if (st.kind() == Status::Kind::Database)
                db.reset(); // the connection may be broken: the next task opens a new one
        }
        job.finished(st);
    }
    db.reset(); // QSqlDatabase connections are closed on the thread that opened them
}

} // namespace ad
