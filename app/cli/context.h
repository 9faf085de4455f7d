#pragma once

#include "cliargs.h"
#include "output.h"

#include "domain/records.h"
#include "services/desk.h"
#include "storage/database.h"

#include <memory>

namespace ad::cli {

// What every command shares: the parsed command line, the output, and (once openDb() has
// succeeded) the database, the acting desk user and the service.
class Context {
public:
    explicit Context(Args args);

    Args &args() { return m_args; }
    QStringList &words() { return m_args.positional; } // the positional words after the command
    Output &out() { return m_out; }

    // Usage errors (exit 2).
    int usage(const QString &message) { return m_out.usage(message); }
    // True when every option given is global or in `allowed`; else badOption() reports the first.
    bool allowOnly(const QStringList &allowed);
    int badOption();

    // Opens --db (or the default database); 0, or the exit status after reporting the failure.
    int openDb(Database::OpenMode mode = Database::OpenMode::ExistingSchema);
    Database &db() { return *m_db; }
    Desk &service() { return *m_service; }
    const Actor &actor() const { return m_actor; }
    // Finds CUSTOMER (i_customer or exact name); 0, or the exit status after reporting it.
    int customerArg(const QString &spec, CustomerInfo *c);

private:
    Args m_args;
    Output m_out;
    QString m_badOption;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Desk> m_service;
    Actor m_actor;
};

} // namespace ad::cli
