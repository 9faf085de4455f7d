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

// A statement prepared once per connection and kept by its text (the windows' queries and the
// inserts: a bounded set, but never let it grow without limit), bound and run; *out is the run
// query. A statement that fails is dropped, to be prepared again next time (the connection may
// have been reset).
Status Database::runPrepared(const QString &sql, const QVariantList &values, QSqlQuery **out)
{
    if (!m_prepared)
        m_prepared = std::make_unique<QHash<QString, QSqlQuery>>();
    auto it = m_prepared->find(sql);
    if (it == m_prepared->end()) {
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
        m_prepared->erase(it);
        return st;
    }
    *out = &q;
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
    QSqlQuery *q = nullptr;
    if (const Status st = runPrepared(sql, values, &q); !st.ok())
        return st;
    while (q->next())
        row(*q);
    q->finish();
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
    QSqlQuery *prepared = nullptr;
    if (const Status st = runPrepared(text, values, &prepared); !st.ok())
        return st;
    QSqlQuery &q = *prepared;
    if (id)
        *id =
            isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    return {};
}

} // namespace ad
