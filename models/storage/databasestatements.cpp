// Database: write transactions, the customer lock, and running statements with bound values.
#include "storage/database.h"

#include "storage/databasedetail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace ad {

using databasedetail::sqlitePath;

Status Database::beginWrite()
{
    if (m_readOnly)
        return Status::database(
            QCoreApplication::translate(
                "ad::Database",
                "The database file %1 (or its folder) is read-only: it can be read, but "
                "not changed. Nothing was written; check the file's permissions, or "
                "copy it somewhere writable.")
                .arg(sqlitePath(m_spec)),
            QStringLiteral("database_readonly"));
    QSqlQuery q(m_db);
    const QString sql = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!q.exec(sql))
        return statusFrom(q.lastError(),
                          QCoreApplication::translate("ad::Database", "starting a transaction"));
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const Status st =
            statusFrom(q.lastError(), QCoreApplication::translate("ad::Database", "committing"));
        rollback();
        return st;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Status Database::lockCustomer(qint64 iCustomer)
{
    if (!isPostgres())
        return {};
    return exec(QStringLiteral("SELECT i_customer FROM customer WHERE i_customer = ? FOR UPDATE"),
                {iCustomer});
}

Status Database::exec(const QString &sql, const QVariantList &values, QSqlQuery *query)
{
    QSqlQuery local(m_db);
    QSqlQuery &q = query ? *query : local;
    if (query)
        q = QSqlQuery(m_db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind (PostgreSQL cannot PREPARE DDL such as CREATE TABLE).
        if (!q.exec(sql))
            return statusFrom(q.lastError(),
                              QCoreApplication::translate("ad::Database", "running a query"));
        return {};
    }
    if (!q.prepare(sql))
        return statusFrom(q.lastError(),
                          QCoreApplication::translate("ad::Database", "preparing a query"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return statusFrom(q.lastError(),
                          QCoreApplication::translate("ad::Database", "running a query"));
    return {};
}

Status Database::eachRow(const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &row)
{
    if (!isPostgres() || values.isEmpty()) {
        QSqlQuery q;
        const Status st = exec(sql, values, &q);
        if (!st.ok())
            return st;
        while (q.next())
            row(q);
        return {};
    }
    if (!m_prepared)
        m_prepared = std::make_unique<QHash<QString, QSqlQuery>>();
    auto it = m_prepared->find(sql);
    if (it == m_prepared->end()) {
        // The texts are the windows' queries (an account page's details have one per page size):
        // a bounded set, but never let it grow without limit.
        if (m_prepared->size() >= 512)
            m_prepared->clear();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return statusFrom(q.lastError(),
                              QCoreApplication::translate("ad::Database", "preparing a query"));
        it = m_prepared->insert(sql, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        const Status st = statusFrom(
            q.lastError(), QCoreApplication::translate("ad::Database", "running a query"));
        m_prepared->erase(it); // prepared again next time (the connection may have been reset)
        return st;
    }
    while (q.next())
        row(q);
    q.finish();
    return {};
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status Database::insert(const QString &sql, const QVariantList &values, const QString &keyColumn,
                        qint64 *id)
{
    const QString text = isPostgres() ? sql + QStringLiteral(" RETURNING ") + keyColumn : sql;
    if (!m_prepared)
        m_prepared = std::make_unique<QHash<QString, QSqlQuery>>();
    auto it = m_prepared->find(text);
    if (it == m_prepared->end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(text))
            return statusFrom(q.lastError(),
                              QCoreApplication::translate("ad::Database", "preparing a query"));
        it = m_prepared->insert(text, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        const Status st = statusFrom(
            q.lastError(), QCoreApplication::translate("ad::Database", "running a query"));
        m_prepared->erase(it); // prepared again next time (the connection may have been reset)
        return st;
    }
    if (id)
        *id =
            isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

} // namespace ad
