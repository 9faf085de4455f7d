#include "testdb.h"

#include "services/demodata.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace ad::test {

namespace {
QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
QAtomicInteger<int> g_counter;
} // namespace

bool postgresConfigured()
{
    return !qEnvironmentVariableIsEmpty("AGREEMENTDESK_TEST_PG");
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString currentEngine()
{
    const QString *e =
        static_cast<const QString *>(QTest::qGlobalData("engine", qMetaTypeId<QString>()));
    return e ? *e : QStringLiteral("sqlite");
}

QString freshSpec(const QString &engine)
{
    const int n = ++g_counter;
    if (engine == QLatin1String("sqlite"))
        return tempDir().filePath(QStringLiteral("db%1.sqlite").arg(n));
    const QString admin = qEnvironmentVariable("AGREEMENTDESK_TEST_PG");
    const QString name = QStringLiteral("adt_%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
    {
        const QUrl url(admin);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin-%1").arg(n));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // The name is generated above (pid and counter), never user input.
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin-%1").arg(n));
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

std::unique_ptr<Database> openSpec(const QString &spec)
{
    Status st;
    auto db = Database::open(spec, Database::OpenMode::CreateIfMissing, &st);
    if (!db)
        qWarning("open %s failed: %s", qPrintable(spec), qPrintable(st.message()));
    return db;
}

std::unique_ptr<Database> freshDatabase(const QString &engine, bool demo, QString *specOut)
{
    const QString spec = freshSpec(engine);
    if (specOut)
        *specOut = spec;
    auto db = openSpec(spec);
    if (db && demo) {
        const Status st = DemoData::load(*db, QStringLiteral("test"));
        if (!st.ok()) {
            qWarning("demo data failed: %s", qPrintable(st.message()));
            return nullptr;
        }
    }
    return db;
}

QString rawExec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.db());
    if (!q.prepare(sql))
        return q.lastError().text();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
    return {};
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("scalar failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace ad::test

namespace ad::test {

QString text(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no row: %1)").arg(q.lastError().text());
    return q.value(0).toString();
}

} // namespace ad::test
