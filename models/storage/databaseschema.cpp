// Database: the schema version and its upgrades, the scripts of resources/sql/<engine>/ applied
// in order under the write lock.
#include "storage/database.h"

#include "storage/databasedetail.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

namespace ad {

using databasedetail::kLatestVersion;

namespace {
QStringList migrationStatements(Database::Engine engine, int version)
{
    static const char *names[] = {"",
                                  "001_tables.sql",
                                  "002_rules.sql",
                                  "003_bulk.sql",
                                  "004_checks.sql",
                                  "005_setup.sql",
                                  "006_trust.sql",
                                  "007_extension_owner.sql",
                                  "008_plans.sql",
                                  "009_batch_customer.sql",
                                  "010_account_id_key.sql"};
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
} // namespace

int Database::latestSchemaVersion()
{
    return kLatestVersion;
}

Status Database::readSchemaVersion(int *version)
{
    *version = -1;
    // Whether the table exists, asked with a query whose failure is reported: QSqlDatabase::
    // tables() answers an empty list when the connection has just been lost, which read as
    // "no schema yet" and told a desk whose server went away to run init.
    {
        QSqlQuery tq(m_db);
        const Status st =
            exec(isPostgres()
                     ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = "
                                      "'schema_version' AND schemaname = current_schema()")
                     : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                      "name = 'schema_version'"),
                 {}, &tq);
        if (!st.ok())
            return st;
        if (!tq.next() || tq.value(0).toInt() == 0)
            return {};
    }
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

} // namespace ad
