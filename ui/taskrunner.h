#pragma once

#include "domain/problem.h"
#include "services/desk.h"

#include <QObject>
#include <functional>

namespace ad {

// Runs a change off the GUI thread, on a connection of its own, and reports back on the GUI
// thread. One task at a time; the window shows that it is busy.
class TaskRunner final : public QObject {
    Q_OBJECT
public:
    using Task = std::function<Status(Desk &)>;
    using Done = std::function<void(const Status &)>;

    TaskRunner(const QString &spec, const Actor &actor, QObject *parent = nullptr);
    ~TaskRunner() override;

    bool run(const QString &description, Task task, Done done = {});
    // A read that may be slow (whole-customer sums): on its own thread and connection, any
    // number at a time; `done` runs on the GUI thread unless `context` is gone by then.
    void read(QObject *context, Task task, Done done);
    bool isBusy() const { return m_busy; }
    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }
    void waitForIdle(); // tests and shutdown

signals:
    void started(const QString &description);
    void finished(const QString &description, const ad::Status &status);

private:
    QString m_spec;
    Actor m_actor;
    bool m_busy = false;
    int m_reads = 0;
    class QThread *m_thread = nullptr;
};

} // namespace ad
