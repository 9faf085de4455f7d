#include "benchfloor.h"

#include <QFile>

namespace ad::bench {

void stageSqliteFloor(const QString &imported, const QString &stage)
{
    QFile::remove(stage);
    const Timed r = runTimed(
        {QStringLiteral("sqlite3"), stage, QStringLiteral("ATTACH '%1' AS t").arg(imported),
         QStringLiteral("CREATE TABLE sau AS SELECT * FROM t.audit WHERE i_audit = (SELECT "
                        "max(i_audit) FROM t.account)"),
         QStringLiteral("CREATE TABLE sa AS SELECT * FROM t.account WHERE i_audit = (SELECT "
                        "i_audit FROM sau)"),
         QStringLiteral(
             "CREATE TABLE se AS SELECT e.* FROM t.extension e JOIN sa USING (i_account)")});
    if (r.status != 0)
        qFatal("staging the sqlite3 floor failed");
}

Timed sqliteFloorCopy(const QString &stage, const QString &target)
{
    const Timed r = runTimed(
        {QStringLiteral("sqlite3"), target, QStringLiteral("PRAGMA foreign_keys = ON"),
         QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
         QStringLiteral("PRAGMA cache_size = -65536"),
         QStringLiteral("ATTACH '%1' AS s").arg(stage), QStringLiteral("BEGIN"),
         QStringLiteral("DROP TRIGGER account_insert"),
         QStringLiteral("DROP TRIGGER extension_insert"),
         QStringLiteral("INSERT INTO audit SELECT * FROM s.sau"),
         QStringLiteral("INSERT INTO account SELECT * FROM s.sa"),
         QStringLiteral("INSERT INTO extension SELECT * FROM s.se"), QStringLiteral("COMMIT")});
    if (r.status != 0)
        qFatal("the sqlite3 floor copy failed");
    return r;
}

void stagePgFloor(const QString &psql, const QString &imported, const QString &target,
                  const QString &dir)
{
    const QString fa = dir + QStringLiteral("/floor-account.csv");
    const QString fe = dir + QStringLiteral("/floor-extension.csv");
    runTimed({psql, imported, QStringLiteral("-q"), QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT * FROM account WHERE i_audit = (SELECT "
                             "max(i_audit) FROM account)) TO '%1' CSV")
                  .arg(fa),
              QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT e.* FROM extension e JOIN account a USING (i_account)"
                             " WHERE a.i_audit = (SELECT max(i_audit) FROM account)) TO '%1' CSV")
                  .arg(fe)});
    const Timed r = runTimed(
        {psql, target, QStringLiteral("-q"), QStringLiteral("-v"),
         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
         QStringLiteral("CREATE TABLE fa (LIKE account); CREATE TABLE fe (LIKE extension)"),
         QStringLiteral("-c"), QStringLiteral("\\copy fa FROM '%1' CSV").arg(fa),
         QStringLiteral("-c"), QStringLiteral("\\copy fe FROM '%1' CSV").arg(fe),
         QStringLiteral("-c"),
         QStringLiteral(
             "UPDATE fa SET i_audit = (SELECT max(i_audit) FROM audit); ANALYZE fa, fe")});
    if (r.status != 0)
        qFatal("staging the PostgreSQL floor failed");
}

Timed pgFloorCopy(const QString &psql, const QString &target)
{
    const Timed r =
        runTimed({psql, target, QStringLiteral("-q"), QStringLiteral("-v"),
                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                  QStringLiteral("BEGIN; ALTER TABLE account DISABLE TRIGGER account_insert;"
                                 " ALTER TABLE extension DISABLE TRIGGER extension_insert;"
                                 " INSERT INTO account SELECT * FROM fa; INSERT INTO extension "
                                 "SELECT * FROM fe;"
                                 " ROLLBACK;")});
    if (r.status != 0)
        qFatal("the psql floor copy failed");
    return r;
}

} // namespace ad::bench
