#include "context.h"

#include "domain/refusals.h"

#include <QCoreApplication>
#include <QUrl>

namespace ad::cli {

Context::Context(Args args) : m_args(std::move(args)), m_out(m_args.has(QStringLiteral("--json")))
{
}

bool Context::allowOnly(const QStringList &allowed)
{
    m_badOption = m_args.firstNotAllowed(allowed);
    return m_badOption.isEmpty();
}

int Context::badOption()
{
    return usage(QCoreApplication::translate("agreementdesk-cli",
                                             "The option %1 does not apply to this command.")
                     .arg(m_badOption));
}

int Context::openDb(Database::OpenMode mode)
{
    Status st;
    const QString spec = m_args.value(QStringLiteral("--db"), Database::defaultSpec());
    // A password written inside the URL would show in `ps` to every user of the machine.
    if (Database::isPostgresSpec(spec) && !QUrl(spec).password().isEmpty()) {
        const Problem p = refusal::passwordInUrl();
        return m_out.fail(Status::usage(p.code, p.message, p.field));
    }
    m_db = Database::open(spec, mode, &st);
    if (!m_db)
        return m_out.fail(st);
    Actor actor;
    actor.user = m_args.value(QStringLiteral("--user"));
    if (actor.user.isEmpty() && m_db->isPostgres() && qEnvironmentVariableIsEmpty("USER"))
        actor.user = m_db->databaseUser();
    actor.asCustomer = m_args.value(QStringLiteral("--as")) == QLatin1String("customer");
    m_actor = actor;
    m_service = std::make_unique<Desk>(*m_db, actor);
    return 0;
}

int Context::customerArg(const QString &spec, CustomerInfo *c)
{
    Desk &service = *m_service;
    const Status st = service.customers.find(spec, c);
    return st.ok() ? 0 : m_out.fail(st);
}

} // namespace ad::cli
