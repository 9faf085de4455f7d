#include "taskrunner.h"

#include "taskthread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

namespace ad {

TaskRunner::TaskRunner(const QString &spec, const Actor &actor, QObject *parent)
    : QObject(parent), m_spec(spec), m_actor(actor)
{
}

TaskRunner::~TaskRunner()
{
    waitForIdle();
    m_writer.reset();
    m_reader.reset();
}

bool TaskRunner::run(const QString &description, Task task, Done done)
{
    if (m_busy)
        return false;
    m_busy = true;
    emit started(description);
    const Actor actor = m_actor;
    connectReaderThen([this, actor, task, done, description] {
        if (!m_writer)
            m_writer = std::make_unique<TaskThread>(QStringLiteral("ad-writer"), m_spec, &m_opened);
        m_writer->post(actor, task, [this, done, description](const Status &st) {
            QMetaObject::invokeMethod(
                this,
                [this, st, done, description] {
                    m_busy = false;
                    if (done)
                        done(st);
                    emit finished(description, st);
                },
                Qt::QueuedConnection);
        });
    });
    return true;
}

void TaskRunner::connectReaderThen(const std::function<void()> &next)
{
    if (m_readerTried) {
        next();
        return;
    }
    // The reader's connection first (behind any read already asked), then the change.
    ++m_reads;
    reader().post(
        m_actor, [](Desk &) { return Status(); },
        [this, next](const Status &) {
            QMetaObject::invokeMethod(
                this,
                [this, next] {
                    --m_reads;
                    m_readerTried = true;
                    next();
                },
                Qt::QueuedConnection);
        });
}

TaskThread &TaskRunner::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<TaskThread>(QStringLiteral("ad-reader"), m_spec, &m_opened);
    return *m_reader;
}

void TaskRunner::read(QObject *context, Task task, Done done)
{
    QPointer<QObject> guard(context);
    ++m_reads;
    reader().post(m_actor, std::move(task), [this, done, guard](const Status &st) {
        QMetaObject::invokeMethod(
            this,
            [this, st, done, guard] {
                --m_reads;
                m_readerTried = true;
                if (guard && done)
                    done(st);
            },
            Qt::QueuedConnection);
    });
}

void TaskRunner::waitForIdle()
{
    // Each task's report is an event posted to this thread: wait for them, handling them.
    while (m_busy || m_reads > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace ad
