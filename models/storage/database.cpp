#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace ad {

namespace {
constexpr int kLatestVersion = 4;
QAtomicInteger<int> g_connectionCounter;

// The file of an SQLite spec ("sqlite:" prefix optional).
QString sqlitePath(const QString &spec)
{
    return spec.startsWith(QLatin1String("sqlite:")) ? spec.mid(7) : spec;
}

QStringList migrationStatements(Database::Engine engine, int version)
{
    static const char *names[] = {"", "001_tables.sql", "002_rules.sql", "003_bulk.sql",
                                  "004_checks.sql"};
    const QString path =
        QStringLiteral(":/agreementdesk/sql/%1/%2")
            .arg(engine == Database::Engine::PostgreSQL ? QStringLiteral("postgresql")
                                                        : QStringLiteral("sqlite"))
            .arg(QLatin1String(names[version]));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QStringList out;
    QString current;
    const auto lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed() == QLatin1String("-- @@")) {
            if (!current.trimmed().isEmpty())
                out << current;
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

// Rule codes the schema raises (RAISE(ABORT, 'code') in SQLite, RAISE EXCEPTION 'code: ...' in
// PostgreSQL, or a named constraint) and the message shown for them.
struct ConstraintRule {
    const char *needle;
    const char *code;
    const char *message;
};
const ConstraintRule kConstraintRules[] = {
    {"agreement_line_quota", "quantity_exceeded",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The agreement's quantity for this product would be exceeded.")},
    {"product_not_in_agreement", "product_not_in_agreement",
     QT_TRANSLATE_NOOP("ad::Database", "The product is not in the customer's agreement.")},
    {"product_not_main", "product_not_main",
     QT_TRANSLATE_NOOP("ad::Database", "Only a main product can be an account's product.")},
    {"product_not_addon", "product_not_addon",
     QT_TRANSLATE_NOOP("ad::Database", "Only an add-on product can be added as an add-on.")},
    {"product_in_use", "product_in_use",
     QT_TRANSLATE_NOOP("ad::Database",
                       "Accounts use this product; it cannot be removed from the agreement.")},
    {"extension_exists", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The customer already has an extension or hunt group with this number.")},
    {"account_id_invalid", "account_id_invalid",
     QT_TRANSLATE_NOOP("ad::Database", "The account ID does not follow the rules.")},
    {"did_not_owned", "did_not_owned",
     QT_TRANSLATE_NOOP(
         "ad::Database",
         "A DID can only be assigned to an account of the customer it was provided to.")},
    {"account.id", "account_exists",
     QT_TRANSLATE_NOOP("ad::Database", "An account with this ID already exists.")},
    {"account_id_key", "account_exists",
     QT_TRANSLATE_NOOP("ad::Database", "An account with this ID already exists.")},
    {"extension.i_customer, extension.number", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has an extension with this number.")},
    {"extension_i_customer_number_key", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has an extension with this number.")},
    {"did.number", "did_exists",
     QT_TRANSLATE_NOOP("ad::Database", "This DID number already exists.")},
    {"did_pkey", "did_exists",
     QT_TRANSLATE_NOOP("ad::Database", "This DID number already exists.")},
    {"hunt_group.i_customer, hunt_group.name_key", "huntgroup_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this name.")},
    {"hunt_group_i_customer_name_key_key", "huntgroup_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this name.")},
    {"hunt_group.i_customer, hunt_group.number", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this number.")},
    {"hunt_group_i_customer_number_key", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this number.")},
    {"customer.name", "customer_exists",
     QT_TRANSLATE_NOOP("ad::Database", "A customer with this name already exists.")},
    {"customer_name_key", "customer_exists",
     QT_TRANSLATE_NOOP("ad::Database", "A customer with this name already exists.")},
};
} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return kLatestVersion;
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
        if (!url.password().isEmpty())
            d->m_db.setPassword(url.password());
        d->m_db.setConnectOptions(
            QStringLiteral("connect_timeout=5;application_name=agreementdesk"));
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

Status Database::readSchemaVersion(int *version)
{
    *version = -1;
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return {};
    QSqlQuery vq(m_db);
    const Status st = exec(QStringLiteral("SELECT version FROM schema_version"), {}, &vq);
    if (!st.ok() || !vq.next())
        return st.ok() ? Status::database(
                             QCoreApplication::translate("ad::Database",
                                                         "The schema version of %1 cannot be read.")
                                 .arg(describe()))
                       : st;
    *version = vq.value(0).toInt();
    return {};
}

Status Database::migrate(int upToVersion, bool mayCreate)
{
    // A plain read first: at the version wanted (every open but the first after an upgrade) the
    // database is not locked at all, so opening never waits for a writer (an import committing)
    // and a read-only database opens. Only creating or upgrading takes the write lock.
    const auto tooNew = [this](int version) {
        return Status::database(
            QCoreApplication::translate(
                "ad::Database",
                "%1 was made by a newer Agreement Desk (schema version %2; this program "
                "knows up to %3). Use the newer program, or ask for an upgrade.")
                .arg(describe())
                .arg(version)
                .arg(kLatestVersion),
            QStringLiteral("schema_too_new"));
    };
    int version = -1;
    Status st = readSchemaVersion(&version);
    if (!st.ok())
        return st;
    if (version < 0) {
        const QStringList tables = m_db.tables();
        if (!tables.isEmpty() && tables.contains(QStringLiteral("customer")))
            return Status::database(
                QCoreApplication::translate(
                    "ad::Database",
                    "%1 holds tables but no Agreement Desk schema version; it is not an "
                    "Agreement Desk database.")
                    .arg(describe()),
                QStringLiteral("schema_unknown"));
        if (!mayCreate)
            return Status::database(
                QCoreApplication::translate("ad::Database",
                                            "%1 has no Agreement Desk schema yet. Create it with: "
                                            "agreementdesk-cli --db %2 init")
                    .arg(describe(), m_spec),
                QStringLiteral("schema_missing"));
    } else if (version > kLatestVersion) {
        return tooNew(version);
    } else if (version >= upToVersion) {
        m_version = version;
        // Our databases use WAL (readers and a writer at once): switch one that does not (a copy
        // made by another tool). For every other open, a read.
        QSqlQuery q(m_db);
        if (!isPostgres() && !m_readOnly && q.exec(QStringLiteral("PRAGMA journal_mode")) &&
            q.next() && q.value(0).toString() != QLatin1String("wal"))
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        return {};
    }

    // Creating or upgrading: take the write lock, then read the version again, as another desk
    // may have created or upgraded the schema meanwhile.
    if (!isPostgres() && !m_readOnly)
        QSqlQuery(m_db).exec(
            QStringLiteral("PRAGMA journal_mode = WAL")); // outside a transaction; persistent
    st = beginWrite();
    if (!st.ok())
        return st;
    if (isPostgres()) {
        st = exec(QStringLiteral("SELECT pg_advisory_xact_lock(461700001)"));
        if (!st.ok()) {
            rollback();
            return st;
        }
    }
    if (!m_db.tables().contains(QStringLiteral("schema_version"))) {
        st = exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        if (st.ok())
            st = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
        if (!st.ok()) {
            rollback();
            return st;
        }
        m_created = true;
    }
    st = readSchemaVersion(&m_version);
    if (!st.ok()) {
        rollback();
        return st;
    }
    if (m_version > kLatestVersion) {
        rollback();
        return tooNew(m_version);
    }
    while (m_version < upToVersion) {
        st = applyMigration(m_version + 1);
        if (!st.ok()) {
            rollback();
            return st;
        }
        ++m_version;
    }
    return commit();
}

Status Database::applyMigration(int version)
{
    const QStringList statements = migrationStatements(m_engine, version);
    if (statements.isEmpty())
        return Status::database(
            QCoreApplication::translate(
                "ad::Database", "The schema script for version %1 is missing from this build.")
                .arg(version));
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return Status::database(
                QCoreApplication::translate("ad::Database",
                                            "Upgrading the schema to version %1 failed: %2")
                    .arg(version)
                    .arg(q.lastError().text()),
                QStringLiteral("schema_upgrade_failed"));
    }
    return exec(QStringLiteral("UPDATE schema_version SET version = ?"), {version});
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

Status Database::statusFrom(const QSqlError &error, const QString &doing) const
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString native = error.nativeErrorCode();
    if (text.contains(QLatin1String("database is locked")) || native == QLatin1String("5") ||
        native == QLatin1String("55P03") || text.contains(QLatin1String("lock timeout"))) {
        return Status::database(
            QCoreApplication::translate(
                "ad::Database",
                "The database %1 is busy: another desk is writing to it and did not "
                "finish within %2 s. Nothing was written; try again in a moment.")
                .arg(describe())
                .arg(m_busyTimeoutMs / 1000.0),
            QStringLiteral("database_locked"));
    }
    if (text.contains(QLatin1String("readonly database")) ||
        text.contains(QLatin1String("read-only")))
        return Status::database(
            QCoreApplication::translate("ad::Database",
                                        "The database %1 is read-only; nothing was written.")
                .arg(describe()),
            QStringLiteral("database_readonly"));
    for (const auto &rule : kConstraintRules) {
        if (text.contains(QLatin1String(rule.needle)))
            return Status::refused(QString::fromLatin1(rule.code),
                                   QCoreApplication::translate("ad::Database", rule.message));
    }
    const bool constraint = native == QLatin1String("19") ||
                            native.startsWith(QLatin1String("23")) ||
                            text.contains(QLatin1String("constraint"));
    if (constraint)
        return Status::refused(QStringLiteral("constraint_violated"),
                               QCoreApplication::translate(
                                   "ad::Database", "The database refused the change while %1: %2")
                                   .arg(doing, text.trimmed()));
    if (!m_db.isOpen() || error.type() == QSqlError::ConnectionError ||
        text.contains(QLatin1String("server closed")) ||
        text.contains(QLatin1String("no connection")))
        return Status::database(QCoreApplication::translate(
                                    "ad::Database", "The connection to %1 was lost while %2: %3")
                                    .arg(describe(), doing, text.trimmed()),
                                QStringLiteral("database_unreachable"));
    return Status::database(
        QCoreApplication::translate("ad::Database", "Database error while %1: %2")
            .arg(doing, text.trimmed()));
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

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status Database::insert(const QString &sql, const QVariantList &values, const QString &keyColumn,
                        qint64 *id)
{
    QSqlQuery q;
    const Status st =
        exec(isPostgres() ? sql + QStringLiteral(" RETURNING ") + keyColumn : sql, values, &q);
    if (st.ok() && id)
        *id =
            isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    return st;
}

} // namespace ad
