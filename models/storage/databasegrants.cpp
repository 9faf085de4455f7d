// Database: the privileges of a desk role and of a read-only (auditor) role on a shared
// PostgreSQL database (init --grant ROLE [--read-only]; docs/shared-database.md).
#include "storage/database.h"

#include "domain/refusals.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ad {

Status Database::grant(const QString &role, bool readOnly)
{
    if (!isPostgres())
        return Status::refused({refusal::grantNeedsPostgres()});
    // A plain identifier, quoted anyway: the name goes into the statements' text (GRANT takes
    // no bound values).
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]{0,62}$"));
    if (!plain.match(role).hasMatch()) {
        const Problem p = refusal::grantRoleInvalid(role);
        return Status::usage(p.code, p.message, p.field);
    }
    const QString r = QLatin1Char('"') + role + QLatin1Char('"');
    QSqlQuery q;
    Status st = exec(
        QStringLiteral("SELECT quote_ident(current_schema()), quote_ident(current_database())"), {},
        &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return Status::database(QStringLiteral("no current schema"));
    const QString schema = q.value(0).toString();
    const QString database = q.value(1).toString();

    QStringList sql = {
        // Read: every table of the schema. No CREATE on the schema, no TRIGGER, REFERENCES or
        // TRUNCATE anywhere (DDL stays with the schema owner).
        QStringLiteral("GRANT USAGE ON SCHEMA {schema} TO {role}"),
        QStringLiteral("REVOKE CREATE ON SCHEMA {schema} FROM {role}"),
        // Nobody but the owner creates objects here: PostgreSQL 14 and older let every role
        // (PUBLIC) create in the public schema, and every role may create temporary tables,
        // with triggers of their own. A trigger fires its statements "from inside a trigger",
        // where the counter guard trusts the rule triggers.
        QStringLiteral("REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC"),
        QStringLiteral("REVOKE TEMPORARY ON DATABASE {database} FROM PUBLIC"),
        QStringLiteral("REVOKE TEMPORARY ON DATABASE {database} FROM {role}"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"),
    };
    if (!readOnly)
        sql += {
            // Write the data tables; the audit only gains entries (append-only), the schema
            // version is the owner's. agreement_line.in_use is written by the rule triggers,
            // which run with the desk's privileges; a direct change of it is refused by the
            // trigger agreement_line_counter.
            QStringLiteral(
                "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}"),
            QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version, audit FROM {role}"),
            QStringLiteral("GRANT INSERT ON audit TO {role}"),
            QStringLiteral("REVOKE UPDATE ON agreement_line FROM {role}"),
            QStringLiteral("GRANT UPDATE (quantity, in_use) ON agreement_line TO {role}"),
            // New keys (nextval), not setval.
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}"),
        };
    st = beginWrite();
    if (!st.ok())
        return st;
    for (const QString &s : sql) {
        st = exec(QString(s)
                      .replace(QLatin1String("{schema}"), schema)
                      .replace(QLatin1String("{database}"), database)
                      .replace(QLatin1String("{role}"), r));
        if (!st.ok()) {
            rollback();
            return st;
        }
    }
    return commit();
}

} // namespace ad
