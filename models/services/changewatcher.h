#pragma once

#include "domain/problem.h"

#include <QObject>
#include <QString>

class QTimer;

namespace ad {

class Database;

// Tells the GUI when another connection has committed a change to the database: another desk,
// the CLI, or this program's own worker connections (domain.md "A shared PostgreSQL database":
// every desk sees the others' changes within about two seconds).
//
// PostgreSQL: LISTEN on kChannel through the Qt driver's notifications; every write transaction
// of the services sends a NOTIFY on it (announceChange(), from Transaction::run), delivered by
// the server when the transaction commits. SQLite: `PRAGMA data_version` on the watched
// connection, polled once a second (a cheap read of a counter, no file access when nothing
// changed); it moves whenever any other connection commits to the file. PostgreSQL also looks at
// the newest audit entry every two seconds, for a notification libpq received during one of this
// connection's queries (Qt's driver reads notifications only when the socket becomes readable).
//
// changed() is emitted once per check that saw a change (a burst of commits in one poll interval
// is one signal); the watched connection must be the GUI thread's, and the watcher lives there.
class ChangeWatcher final : public QObject {
    Q_OBJECT
public:
    static QString channel(); // "agreementdesk_changed"

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // The poll interval (SQLite 1000 ms, PostgreSQL's safety net 2000 ms).
    void setPollInterval(int ms);
    // True once PostgreSQL accepted the LISTEN (false on SQLite, and when the driver refused).
    bool isListening() const { return m_listening; }
    // Checks now instead of at the next tick; returns true when a change was seen.
    bool checkNow();
    // Stops watching (before the connection closes).
    void stop();

signals:
    void changed();

private:
    qint64 dataVersion() const; // -1 when it cannot be read
    void onNotification(const QString &name);

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
    bool m_listening = false;
};

// Called inside each write transaction of the services (Transaction::run): on PostgreSQL a
// NOTIFY on ChangeWatcher::channel() with the customer as payload, sent at COMMIT and dropped on
// ROLLBACK; nothing on SQLite (the data version moves by itself).
Status announceChange(Database &db, qint64 iCustomer);

} // namespace ad
