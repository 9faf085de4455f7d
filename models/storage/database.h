#pragma once

#include "domain/problem.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace ad {

// One open connection to an Agreement Desk database: an SQLite file or a PostgreSQL server.
// Each thread opens its own (QSqlDatabase connections are per thread).
class Database {
public:
    enum class Engine { SQLite, PostgreSQL };
    enum class OpenMode {
        ExistingSchema, // the database must exist and hold a schema (upgraded in place)
        CreateIfMissing // create the file / the schema when missing (init, first run)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // spec: a file path, or postgresql://user[:password]@host[:port]/dbname
    static std::unique_ptr<Database> open(const QString &spec, OpenMode mode, Status *status);
    // Like open(), but migrates only up to `version` (tests of the in-place upgrade).
    static std::unique_ptr<Database> openAtVersion(const QString &spec, int version,
                                                   Status *status);

    static int latestSchemaVersion();
    static bool isPostgresSpec(const QString &spec);
    // The per-user default: AGREEMENTDESK_DB, else <data location>/agreementdesk.sqlite.
    static QString defaultSpec();

    QSqlDatabase &db() { return m_db; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    QString spec() const { return m_spec; }
    QString describe() const; // "SQLite · demo.sqlite", "PostgreSQL · host:port/db"
    QString databaseUser() const;
    int schemaVersion() const { return m_version; }
    bool wasCreated() const { return m_created; }
    // SQLite: the file (or its folder) is not writable for this user, so it was opened for
    // reading only; beginWrite() refuses with database_readonly.
    bool isReadOnly() const { return m_readOnly; }

    // A write transaction: SQLite BEGIN IMMEDIATE (waits for the busy timeout), PostgreSQL BEGIN.
    // Refused with database_readonly on a read-only database.
    Status beginWrite();
    Status commit();
    void rollback();
    // Serialises writers per customer: PostgreSQL SELECT ... FOR UPDATE on the customer row.
    // (SQLite's BEGIN IMMEDIATE already serialises every writer of the file.)
    Status lockCustomer(qint64 iCustomer);
    bool inTransaction() const { return m_inTransaction; }

    // Turns a driver error into a Status: a lock timeout or a lost server is a database error
    // (exit 3); a constraint of the schema is a refusal with the rule's code (exit 1).
    Status statusFrom(const QSqlError &error, const QString &doing) const;
    // A full disk (database_full), a damaged file (database_corrupt) or a missing privilege
    // (database_permission_denied) as a database Status; ok for any other error.
    Status storageProblem(const QSqlError &error) const;

    // Runs a statement with positional bound values. On failure returns a Status from
    // statusFrom(); on success fills *query when given.
    Status exec(const QString &sql, const QVariantList &values = {},
                class QSqlQuery *query = nullptr);

    // Runs a query the windows run again and again (a page of a list) and hands each row to
    // `row`. On PostgreSQL it is prepared once per connection, kept by its text, so the server
    // plans it once instead of on every page (during a large import planning alone took 7–20 ms a
    // page). SQLite prepares in microseconds, and a kept statement could hold a read snapshot
    // open: there it is exec().
    Status eachRow(const QString &sql, const QVariantList &values,
                   const std::function<void(const class QSqlQuery &)> &row);

    static QString nowUtc();

    // PostgreSQL: gives `role` what a desk needs (read and write the data, add audit entries;
    // no DDL, no UPDATE or DELETE of the audit, no direct counter changes), or with readOnly
    // SELECT only (an auditor). Run by the schema owner. Refused on SQLite.
    Status grant(const QString &role, bool readOnly);

private:
    Database() = default;
    static std::unique_ptr<Database> openImpl(const QString &spec, OpenMode mode, int upToVersion,
                                              Status *status);
    Status migrate(int upToVersion, bool mayCreate);
    Status
    readSchemaVersion(int *version); // a plain read; -1 when there is no schema_version table
    Status applyMigration(int version);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_spec;
    Engine m_engine = Engine::SQLite;
    int m_version = 0;
    bool m_readOnly = false;
    int m_busyTimeoutMs = 5000;
    bool m_created = false;
    bool m_inTransaction = false;
    // insert()'s and execPrepared()'s statements, prepared once per connection (an import writes
    // thousands of audit entries with the same INSERT; a list pages with the same SELECT).
    // Cleared before the connection closes.
    std::unique_ptr<QHash<QString, class QSqlQuery>> m_prepared;
    Status runPrepared(const QString &sql, const QVariantList &values, class QSqlQuery **out);

public:
    // Runs an INSERT of one row (positional bound values) and gives the new row's key, the
    // column `keyColumn`: PostgreSQL returns it (RETURNING), SQLite gives the last row id.
    Status insert(const QString &sql, const QVariantList &values, const QString &keyColumn,
                  qint64 *id);
};

} // namespace ad
