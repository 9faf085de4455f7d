#include "storage/preparedstatements.h"

#include "storage/database.h"
#include "storage/valuerows.h"
#include "storage/valuerowsmodule.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace ad {

PreparedStatements::PreparedStatements(Database &db) : m_db(db)
{
    if (m_db.isPostgres())
        return;
    const QVariant handle = m_db.db().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

PreparedStatements::~PreparedStatements()
{
    for (sqlite3_stmt *s : std::as_const(m_native))
        sqlite3_finalize(s);
}

Status PreparedStatements::sqliteFailure(int rc, const QString &doing)
{
    // As Qt's driver reports it (the primary result code as the native code), so that
    // Database::statusFrom maps rule and constraint refusals the same way.
    return m_db.statusFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_sqlite)),
                                     QSqlError::StatementError, QString::number(rc & 0xff)),
                           doing);
}

namespace {
// Binds one value as Qt's QSQLITE driver would: null (including a null string) as NULL,
// integers and booleans as integers, floating point as real, anything else as text.
int bindOne(sqlite3_stmt *st, int i, const QVariant &v)
{
    const int type = v.typeId();
    if (v.isNull() || (type == QMetaType::QString && v.toString().isNull()) ||
        (type == QMetaType::QByteArray && v.toByteArray().isNull()))
        return sqlite3_bind_null(st, i);
    switch (type) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return sqlite3_bind_int64(st, i, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(st, i, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        return sqlite3_bind_blob(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    default: {
        // As UTF-8, the database's encoding: sqlite3_bind_text16 translated every value itself,
        // at several times the cost of Qt's conversion.
        const QByteArray s = v.toString().toUtf8();
        return sqlite3_bind_text(st, i, s.constData(), int(s.size()), SQLITE_TRANSIENT);
    }
    }
}
} // namespace

Status PreparedStatements::prepared(const QByteArray &key, const QString &sql,
                                    const QVariantList &values, sqlite3_stmt **out, int firstValue)
{
    sqlite3_stmt *st = m_native.value(key, nullptr);
    if (!st) {
        const QByteArray text = sql.toUtf8();
        const int rc =
            sqlite3_prepare_v2(m_sqlite, text.constData(), int(text.size()), &st, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(st);
            return sqliteFailure(rc,
                                 QCoreApplication::translate("ad::Database", "preparing a query"));
        }
        m_native.insert(key, st);
    }
    int rc = SQLITE_OK;
    for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
        rc = bindOne(st, i + firstValue, values.at(i));
    if (rc != SQLITE_OK) {
        const Status failed =
            sqliteFailure(rc, QCoreApplication::translate("ad::Database", "running a query"));
        sqlite3_clear_bindings(st);
        return failed;
    }
    *out = st;
    return {};
}

qint64 PreparedStatements::Row::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
}

QString PreparedStatements::Row::text(int column) const
{
    if (!m_stmt)
        return m_query->value(column).toString();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray PreparedStatements::Row::utf8(int column) const
{
    if (!m_stmt)
        return m_query->value(column).toString().toUtf8();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray::fromRawData(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool PreparedStatements::Row::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL
                  : m_query->value(column).isNull();
}

Status PreparedStatements::select(const QByteArray &key, const QString &sql,
                                  const QVariantList &values,
                                  const std::function<void(const Row &)> &each)
{
    Row row;
    if (!m_sqlite) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return m_db.statusFrom(
                q.lastError(), QCoreApplication::translate("ad::Database", "preparing a query"));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return m_db.statusFrom(q.lastError(),
                                   QCoreApplication::translate("ad::Database", "running a query"));
        row.m_query = &q;
        while (q.next())
            each(row);
        return {};
    }
    sqlite3_stmt *st = nullptr;
    if (Status p = prepared(key, sql, values, &st); !p.ok())
        return p;
    row.m_stmt = st;
    int rc = sqlite3_step(st);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(st))
        each(row);
    if (rc != SQLITE_DONE) {
        const Status failed =
            sqliteFailure(rc, QCoreApplication::translate("ad::Database", "running a query"));
        sqlite3_reset(st);
        return failed;
    }
    sqlite3_reset(st);
    return {};
}

Status PreparedStatements::run(const QByteArray &key, const QString &sql,
                               const QVariantList &values, int *affected)
{
    if (!m_sqlite) {
        auto it = m_queries.find(key);
        if (it == m_queries.end()) {
            QSqlQuery q(m_db.db());
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                return m_db.statusFrom(q.lastError(), QCoreApplication::translate(
                                                          "ad::Database", "preparing a query"));
            it = m_queries.insert(key, q);
        }
        QSqlQuery &q = *it;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return m_db.statusFrom(q.lastError(),
                                   QCoreApplication::translate("ad::Database", "running a query"));
        if (affected)
            *affected = q.numRowsAffected();
        return {};
    }
    sqlite3_stmt *st = nullptr;
    if (Status p = prepared(key, sql, values, &st); !p.ok())
        return p;
    return step(st, affected);
}

Status PreparedStatements::step(sqlite3_stmt *st, int *affected)
{
    int rc = sqlite3_step(st);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        const Status failed =
            sqliteFailure(rc, QCoreApplication::translate("ad::Database", "running a query"));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return failed;
    }
    if (affected)
        *affected = sqlite3_changes(m_sqlite);
    sqlite3_reset(st);
    return {};
}

Status PreparedStatements::runRows(const QByteArray &key, const QString &sql, const ValueRows &rows,
                                   const QVariantList &values, int *affected)
{
    Q_ASSERT(m_sqlite);
    if (!m_valuesModule) {
        if (const int rc = valuerows::ensureRegistered(m_sqlite); rc != SQLITE_OK)
            return sqliteFailure(rc,
                                 QCoreApplication::translate("ad::Database", "preparing a query"));
        m_valuesModule = true;
    }
    sqlite3_stmt *st = nullptr;
    if (Status p = prepared(key, sql, values, &st, 2); !p.ok())
        return p;
    // The pointer is bound with sqlite3_bind_pointer, so SQL text cannot forge it; it is only
    // read during this step.
    if (const int rc = sqlite3_bind_pointer(st, 1, const_cast<ValueRows *>(&rows),
                                            valuerows::kPointerType, nullptr);
        rc != SQLITE_OK)
        return sqliteFailure(rc, QCoreApplication::translate("ad::Database", "running a query"));
    const Status st2 = step(st, affected);
    sqlite3_bind_null(st, 1); // the rows go away after this call
    return st2;
}

} // namespace ad
