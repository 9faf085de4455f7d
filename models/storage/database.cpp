// Database: opening a connection (an SQLite file or a PostgreSQL server) and describing it; the
// schema, the statements and the errors are in databaseschema.cpp, databasestatements.cpp and
// databaseerrors.cpp.
#include "storage/database.h"

#include "domain/refusals.h"
#include "storage/databasedetail.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ad {

using databasedetail::kLatestVersion;
using databasedetail::sqlitePath;

namespace {
QAtomicInteger<int> g_connectionCounter;

// The URL's query (?sslmode=verify-full&sslrootcert=...) as libpq connection options, for the
// options a desk may set there (TLS, timeouts, the application name); the program's defaults for
// connect_timeout and application_name unless given. A password never comes from the URL.
bool postgresOptions(const QUrl &url, QString *out, Status *status)
{
    static const QStringList allowed = {QStringLiteral("sslmode"),
                                        QStringLiteral("sslrootcert"),
                                        QStringLiteral("sslcert"),
                                        QStringLiteral("sslkey"),
                                        QStringLiteral("sslcrl"),
                                        QStringLiteral("sslcrldir"),
                                        QStringLiteral("sslsni"),
                                        QStringLiteral("sslcompression"),
                                        QStringLiteral("ssl_min_protocol_version"),
                                        QStringLiteral("ssl_max_protocol_version"),
                                        QStringLiteral("gssencmode"),
                                        QStringLiteral("channel_binding"),
                                        QStringLiteral("requirepeer"),
                                        QStringLiteral("krbsrvname"),
                                        QStringLiteral("target_session_attrs"),
                                        QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"),
                                        QStringLiteral("keepalives"),
                                        QStringLiteral("keepalives_idle"),
                                        QStringLiteral("keepalives_interval"),
                                        QStringLiteral("keepalives_count"),
                                        QStringLiteral("tcp_user_timeout"),
                                        QStringLiteral("passfile")};
    QStringList parts;
    bool timeout = false, name = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password")) {
            const Problem p = refusal::passwordInUrl();
            *status = Status::usage(p.code, p.message, p.field);
            return false;
        }
        if (!allowed.contains(key) || value.contains(QLatin1Char(';'))) {
            *status = Status::usage(
                QStringLiteral("database_url_invalid"),
                QCoreApplication::translate("ad::Database",
                                            "The PostgreSQL URL option \"%1\" is not one this "
                                            "program passes on (it takes: %2).")
                    .arg(key, allowed.join(QStringLiteral(", "))));
            return false;
        }
        timeout = timeout || key == QLatin1String("connect_timeout");
        name = name || key == QLatin1String("application_name");
        // libpq's conninfo quoting: 'value' with \ and \' escaped (Qt joins the options with
        // spaces, turning each ';' into one).
        QString v = value;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        parts << QStringLiteral("%1='%2'").arg(key, v);
    }
    if (!timeout)
        parts << QStringLiteral("connect_timeout=5");
    if (!name)
        parts << QStringLiteral("application_name=agreementdesk");
    *out = parts.join(QLatin1Char(';'));
    return true;
}
} // namespace

Database::~Database()
{
    m_prepared.reset();
    if (m_db.isValid()) {
        if (m_inTransaction)
            rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgresSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) ||
           spec.startsWith(QLatin1String("postgres://"));
}

QString Database::defaultSpec()
{
    const QString env = qEnvironmentVariable("AGREEMENTDESK_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/agreementdesk/agreementdesk.sqlite");
}

std::unique_ptr<Database> Database::open(const QString &spec, OpenMode mode, Status *status)
{
    return openImpl(spec, mode, kLatestVersion, status);
}

std::unique_ptr<Database> Database::openAtVersion(const QString &spec, int version, Status *status)
{
    return openImpl(spec, OpenMode::CreateIfMissing, version, status);
}

std::unique_ptr<Database> Database::openImpl(const QString &spec, OpenMode mode, int upToVersion,
                                             Status *status)
{
    std::unique_ptr<Database> d(new Database);
    d->m_spec = spec;
    d->m_connectionName = QStringLiteral("agreementdesk-%1").arg(++g_connectionCounter);
    bool ok = false;
    const int busy = qEnvironmentVariableIntValue("AGREEMENTDESK_BUSY_TIMEOUT_MS", &ok);
    d->m_busyTimeoutMs = ok && busy >= 0 ? busy : 5000;

    if (isPostgresSpec(spec)) {
        d->m_engine = Engine::PostgreSQL;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *status = Status::database(
                QCoreApplication::translate(
                    "ad::Database",
                    "The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed."),
                QStringLiteral("driver_missing"));
            return nullptr;
        }
        const QUrl url(spec);
        if (!url.isValid() || url.host().isEmpty()) {
            *status = Status::usage(
                QStringLiteral("database_url_invalid"),
                QCoreApplication::translate(
                    "ad::Database",
                    "Not a PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname).")
                    .arg(spec));
            return nullptr;
        }
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->m_connectionName);
        d->m_db.setHostName(url.host());
        d->m_db.setPort(url.port(5432));
        QString dbName = url.path();
        if (dbName.startsWith(QLatin1Char('/')))
            dbName.remove(0, 1);
        d->m_db.setDatabaseName(dbName.isEmpty() ? url.userName() : dbName);
        if (!url.userName().isEmpty())
            d->m_db.setUserName(url.userName());
        // Only the GUI's connection dialog puts a password here (typed in, never saved, inside
        // this process); the command line refuses one in --db (Context::openDb), where it would
        // show in `ps`. Otherwise libpq reads PGPASSWORD or ~/.pgpass.
        if (!url.password().isEmpty())
            d->m_db.setPassword(url.password());
        QString options;
        if (!postgresOptions(url, &options, status))
            return nullptr;
        d->m_db.setConnectOptions(options);
        if (!d->m_db.open()) {
            *status =
                Status::database(QCoreApplication::translate(
                                     "ad::Database", "Cannot connect to PostgreSQL at %1:%2: %3")
                                     .arg(url.host())
                                     .arg(url.port(5432))
                                     .arg(d->m_db.lastError().text().trimmed()),
                                 QStringLiteral("database_unreachable"));
            return nullptr;
        }
        QSqlQuery q(d->m_db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("SET lock_timeout = '%1ms'").arg(qMax(1, d->m_busyTimeoutMs)));
        // A desk that dies mid-import (killed, network gone) must not leave its server process
        // writing, holding the customer's lock and the CPU, until the statement ends: PostgreSQL
        // 14+ checks the client every second during long statements and aborts them.
        q.exec(QStringLiteral("SET client_connection_check_interval = 1000"));
    } else {
        d->m_engine = Engine::SQLite;
        const QString path = sqlitePath(spec);
        QFileInfo fi(path);
        if (fi.exists() && fi.isDir()) {
            *status = Status::database(
                QCoreApplication::translate("ad::Database", "%1 is a folder, not a database file.")
                    .arg(path),
                QStringLiteral("database_unreadable"));
            return nullptr;
        }
        if (!fi.exists()) {
            if (mode != OpenMode::CreateIfMissing) {
                *status = Status::database(
                    QCoreApplication::translate("ad::Database",
                                                "There is no database at %1. Create one with: "
                                                "agreementdesk-cli --db %1 init --demo")
                        .arg(path),
                    QStringLiteral("database_missing"));
                return nullptr;
            }
            if (!QDir().mkpath(fi.absolutePath())) {
                *status = Status::database(
                    QCoreApplication::translate("ad::Database", "Cannot create the folder %1.")
                        .arg(fi.absolutePath()),
                    QStringLiteral("database_unwritable"));
                return nullptr;
            }
            d->m_created = true;
        } else {
            if (!fi.isReadable()) {
                *status = Status::database(
                    QCoreApplication::translate(
                        "ad::Database", "The database file %1 cannot be read (permissions).")
                        .arg(path),
                    QStringLiteral("database_unreadable"));
                return nullptr;
            }
            // An empty file (a placeholder, a failed copy) is not opened at all unless asked to
            // create the schema in it: opening it for reading leaves it exactly as it was.
            if (fi.size() == 0 && mode != OpenMode::CreateIfMissing) {
                *status = Status::database(
                    QCoreApplication::translate(
                        "ad::Database",
                        "%1 is an empty file (0 bytes), not an Agreement Desk database; it was "
                        "left as it is. "
                        "To create the schema in it: agreementdesk-cli --db %1 init")
                        .arg(path),
                    QStringLiteral("schema_missing"));
                return nullptr;
            }
            // A file this user may not write, or one in a folder where SQLite cannot create its
            // -wal and -shm files, is opened for reading: it lists, and a write is refused.
            d->m_readOnly = !fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable();
        }
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->m_busyTimeoutMs);
        if (d->m_readOnly) {
            // Read-only as a URI. Without a -shm file no writer has the database open (a writer
            // keeps one), and a read-only connection could neither create one nor read a WAL
            // database without it: it is read as immutable, which creates no file beside it.
            QUrl uri = QUrl::fromLocalFile(fi.absoluteFilePath());
            uri.setQuery(QFileInfo::exists(path + QStringLiteral("-shm"))
                             ? QStringLiteral("mode=ro")
                             : QStringLiteral("mode=ro&immutable=1"));
            d->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            d->m_db.setDatabaseName(path);
        }
        d->m_db.setConnectOptions(options);
        if (!d->m_db.open()) {
            *status = Status::database(
                QCoreApplication::translate("ad::Database", "Cannot open the database file %1: %2")
                    .arg(path, d->m_db.lastError().text()),
                QStringLiteral("database_unreadable"));
            return nullptr;
        }
        QSqlQuery q(d->m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            // A full disk or a damaged SQLite file says so; anything else is not SQLite at all.
            if (const Status full = d->storageProblem(q.lastError());
                !full.ok() && full.firstCode() != QLatin1String("database_corrupt")) {
                *status = full;
                return nullptr;
            }
            if (q.lastError().text().contains(QLatin1String("malformed"))) {
                *status = d->storageProblem(q.lastError());
                return nullptr;
            }
            *status = Status::database(
                QCoreApplication::translate("ad::Database", "%1 is not an SQLite database (%2).")
                    .arg(path, q.lastError().text()),
                QStringLiteral("database_unreadable"));
            return nullptr;
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral(
            "PRAGMA cache_size = -65536")); // 64 MiB: a 100,000-row import stays in memory
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }

    Status st = d->migrate(upToVersion, mode == OpenMode::CreateIfMissing);
    if (!st.ok()) {
        *status = st;
        return nullptr;
    }
    *status = Status();
    return d;
}

QString Database::describe() const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("PostgreSQL · %1:%2/%3")
            .arg(m_db.hostName())
            .arg(m_db.port())
            .arg(m_db.databaseName());
    return QStringLiteral("SQLite · %1").arg(QFileInfo(sqlitePath(m_spec)).fileName());
}

QString Database::databaseUser() const
{
    return m_db.userName();
}

} // namespace ad
