#include "services/changewatcher.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace ad {

QString ChangeWatcher::channel()
{
    return QStringLiteral("agreementdesk_changed");
}

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (m_db.isPostgres()) {
        QSqlDriver *driver = m_db.db().driver();
        m_listening = driver && driver->subscribeToNotification(channel());
        if (m_listening)
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name) { onNotification(name); });
    }
    m_version = dataVersion();
    m_timer = new QTimer(this);
    // PostgreSQL is told at once; its poll only catches a notification that arrived while this
    // connection was running a query (libpq then keeps it until the socket is read again).
    m_timer->setInterval(m_db.isPostgres() ? 2000 : 1000);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    m_timer->start();
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_listening) {
        if (QSqlDriver *driver = m_db.db().driver()) {
            disconnect(driver, nullptr, this, nullptr);
            if (m_db.db().isOpen())
                driver->unsubscribeFromNotification(channel());
        }
        m_listening = false;
    }
}

void ChangeWatcher::setPollInterval(int ms)
{
    if (m_timer)
        m_timer->setInterval(ms);
}

// SQLite: the data version, which moves when another connection commits. PostgreSQL: the newest
// audit entry (every change of the services writes one; the primary key's index answers).
qint64 ChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(m_db.isPostgres() ? QStringLiteral("SELECT coalesce(max(i_audit), 0) FROM audit")
                                  : QStringLiteral("PRAGMA data_version")) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ChangeWatcher::checkNow()
{
    if (!m_timer || !m_timer->isActive())
        return false;
    // Not while the connection is writing: this connection's own commits do not move the
    // counter, and the GUI thread's connection only reads.
    if (m_db.inTransaction())
        return false;
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    m_version = now;
    emit changed();
    return true;
}

void ChangeWatcher::onNotification(const QString &name)
{
    if (name != channel())
        return;
    m_version = dataVersion(); // told: the poll need not tell it again
    emit changed();
}

Status announceChange(Database &db, qint64 iCustomer)
{
    if (!db.isPostgres())
        return {};
    // pg_notify() takes bound values (NOTIFY itself takes only literals).
    return db.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                   {ChangeWatcher::channel(), QString::number(qMax<qint64>(0, iCustomer))});
}

} // namespace ad
