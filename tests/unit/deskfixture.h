#pragma once

// What the widget tests share: a fresh SQLite demo database with the service, the task runner
// and the DeskContext the panes take; and shot(), which saves a widget as a PNG when
// AD_SCREENSHOT_DIR is set (the README's pictures).
#include "deskcontext.h"
#include "services/desk.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace ad::test {

struct DeskFixture {
    QString spec;
    std::unique_ptr<Database> db;
    std::unique_ptr<Desk> service;
    std::unique_ptr<TaskRunner> tasks;
    DeskContext ctx;

    bool setUp()
    {
        db = freshDatabase(QStringLiteral("sqlite"), true, &spec);
        if (!db)
            return false;
        const Actor actor{QStringLiteral("tester"), false};
        service = std::make_unique<Desk>(*db, actor);
        tasks = std::make_unique<TaskRunner>(spec, actor);
        ctx = DeskContext{db.get(), service.get(), tasks.get(), spec, actor};
        return true;
    }
    // Makes every read of the GUI thread fail from now on, as a lost server would: the GUI
    // thread's connection is closed (the task runner's connections are not touched).
    void loseGuiConnection() { db->db().close(); }
    void tearDown()
    {
        tasks->waitForIdle();
        tasks.reset();
        service.reset();
        db.reset();
    }
};

// Closes any modal dialog that opens while it lives (a test that expects none must not hang).
struct ModalGuard {
    QTimer timer;
    int closed = 0;
    ModalGuard()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++closed;
                modal->close();
            }
        });
        timer.start(50);
    }
};

inline void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs `inDialog` on the modal dialog that `open` opens, then closes it if still open.
inline void withDialog(QObject *context, const std::function<void()> &open,
                       const std::function<void(QDialog *)> &inDialog)
{
    bool ran = false;
    QTimer::singleShot(0, context, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        ran = true;
        inDialog(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(ran);
}

} // namespace ad::test
