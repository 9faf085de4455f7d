#include "taskrunner.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>

namespace ad {

TaskRunner::TaskRunner(const QString &spec, const Actor &actor, QObject *parent)
    : QObject(parent), m_spec(spec), m_actor(actor)
{
}

TaskRunner::~TaskRunner() { waitForIdle(); }

bool TaskRunner::run(const QString &description, Task task, Done done)
{
    if (m_busy)
        return false;
    m_busy = true;
    emit started(description);
    const QString spec = m_spec;
    const Actor actor = m_actor;
    m_thread = QThread::create([this, spec, actor, task, done, description]() {
        Status st;
        {
            auto db = Database::open(spec, Database::OpenMode::ExistingSchema, &st);
            if (db) {
                Desk service(*db, actor);
                st = task(service);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, st, done, description]() {
                if (m_thread) {
                    m_thread->wait();
                    m_thread->deleteLater();
                    m_thread = nullptr;
                }
                m_busy = false;
                if (done)
                    done(st);
                emit finished(description, st);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void TaskRunner::read(QObject *context, Task task, Done done)
{
    const QString spec = m_spec;
    const Actor actor = m_actor;
    QPointer<QObject> guard(context);
    ++m_reads;
    QThread *thread = QThread::create([this, spec, actor, task, done, guard]() {
        Status st;
        {
            auto db = Database::open(spec, Database::OpenMode::ExistingSchema, &st);
            if (db) {
                Desk service(*db, actor);
                st = task(service);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, st, done, guard]() {
                --m_reads;
                if (guard && done)
                    done(st);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void TaskRunner::waitForIdle()
{
    while (m_busy || m_reads > 0) {
        if (m_thread)
            m_thread->wait(50);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace ad
