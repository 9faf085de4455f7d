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
             "CREATE TABLE se AS SELECT e.* FROM t.extension e JOIN sa USING (i_account)"),
         // What else the file wrote: its hunt group members and the DIDs its rows took.
         QStringLiteral("CREATE TABLE sm AS SELECT m.* FROM t.hunt_group_member m"
                        " JOIN se USING (i_extension)"),
         QStringLiteral("CREATE TABLE sd AS SELECT d.number, d.i_account FROM t.did d"
                        " JOIN sa USING (i_account)")});
    if (r.status != 0)
        qFatal("staging the sqlite3 floor failed");
}

Timed sqliteFloorCopy(const QString &stage, const QString &target, FloorRows rows)
{
    QStringList links;
    if (rows == FloorRows::WithLinks)
        links = {QStringLiteral("INSERT INTO hunt_group_member SELECT * FROM s.sm"),
                 QStringLiteral("UPDATE did SET i_account = sd.i_account FROM s.sd"
                                " WHERE did.number = sd.number")};
    const Timed r = runTimed(
        QStringList{QStringLiteral("sqlite3"), target, QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral("PRAGMA journal_mode = WAL"),
                    QStringLiteral("PRAGMA synchronous = NORMAL"),
                    QStringLiteral("PRAGMA cache_size = -65536"),
                    QStringLiteral("ATTACH '%1' AS s").arg(stage), QStringLiteral("BEGIN"),
                    QStringLiteral("DROP TRIGGER account_insert"),
                    QStringLiteral("DROP TRIGGER extension_insert"),
                    QStringLiteral("INSERT INTO audit SELECT * FROM s.sau"),
                    QStringLiteral("INSERT INTO account SELECT * FROM s.sa"),
                    // Named columns: since version 10 extension also has account_id, a
                    // generated column (computed from these, never written).
                    QStringLiteral("INSERT INTO extension (i_extension, i_customer, kind, number,"
                                   " aa_seq, name, published, email, time_zone, i_account)"
                                   " SELECT i_extension, i_customer, kind, number, aa_seq, name,"
                                   " published, email, time_zone, i_account FROM s.se")} +
        links + QStringList{QStringLiteral("COMMIT")});
    if (r.status != 0)
        qFatal("the sqlite3 floor copy failed");
    return r;
}

void stagePgFloor(const QString &psql, const QString &imported, const QString &target,
                  const QString &dir)
{
    const QString fa = dir + QStringLiteral("/floor-account.csv");
    const QString fe = dir + QStringLiteral("/floor-extension.csv");
    const QString fm = dir + QStringLiteral("/floor-member.csv");
    const QString fd = dir + QStringLiteral("/floor-did.csv");
    runTimed({psql, imported, QStringLiteral("-q"), QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT * FROM account WHERE i_audit = (SELECT "
                             "max(i_audit) FROM account)) TO '%1' CSV")
                  .arg(fa),
              QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT e.* FROM extension e JOIN account a USING (i_account)"
                             " WHERE a.i_audit = (SELECT max(i_audit) FROM account)) TO '%1' CSV")
                  .arg(fe),
              QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT m.* FROM hunt_group_member m JOIN extension e USING"
                             " (i_extension) JOIN account a USING (i_account)"
                             " WHERE a.i_audit = (SELECT max(i_audit) FROM account)) TO '%1' CSV")
                  .arg(fm),
              QStringLiteral("-c"),
              QStringLiteral("\\copy (SELECT d.number, d.i_account FROM did d JOIN account a USING"
                             " (i_account) WHERE a.i_audit = (SELECT max(i_audit) FROM account))"
                             " TO '%1' CSV")
                  .arg(fd)});
    const Timed r = runTimed(
        {psql, target, QStringLiteral("-q"), QStringLiteral("-v"),
         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
         QStringLiteral("CREATE TABLE fa (LIKE account); CREATE TABLE fe (LIKE extension);"
                        " CREATE TABLE fm (LIKE hunt_group_member);"
                        " CREATE TABLE fd (number text, i_account bigint)"),
         QStringLiteral("-c"), QStringLiteral("\\copy fa FROM '%1' CSV").arg(fa),
         QStringLiteral("-c"), QStringLiteral("\\copy fe FROM '%1' CSV").arg(fe),
         QStringLiteral("-c"), QStringLiteral("\\copy fm FROM '%1' CSV").arg(fm),
         QStringLiteral("-c"), QStringLiteral("\\copy fd FROM '%1' CSV").arg(fd),
         QStringLiteral("-c"),
         QStringLiteral(
             "UPDATE fa SET i_audit = (SELECT max(i_audit) FROM audit); ANALYZE fa, fe, fm, fd")});
    if (r.status != 0)
        qFatal("staging the PostgreSQL floor failed");
}

Timed pgFloorCopy(const QString &psql, const QString &target, FloorRows rows)
{
    const QString links = rows == FloorRows::WithLinks
                              ? QStringLiteral(" INSERT INTO hunt_group_member SELECT * FROM fm;"
                                               " UPDATE did SET i_account = fd.i_account FROM fd"
                                               " WHERE did.number = fd.number;")
                              : QString();
    const Timed r =
        runTimed({psql, target, QStringLiteral("-q"), QStringLiteral("-v"),
                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                  QStringLiteral("BEGIN; ALTER TABLE account DISABLE TRIGGER account_insert;"
                                 " ALTER TABLE extension DISABLE TRIGGER extension_insert;"
                                 " INSERT INTO account SELECT * FROM fa; INSERT INTO extension "
                                 "SELECT * FROM fe;") +
                      links + QStringLiteral(" ROLLBACK;")});
    if (r.status != 0)
        qFatal("the psql floor copy failed");
    return r;
}

} // namespace ad::bench
