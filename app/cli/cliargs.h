#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ad::cli {

// The command line as agreementdesk-cli reads it: options anywhere, as `--name value` or
// `--name=value`; `--` ends the options; every other word is positional (the command, its
// sub-command and their arguments). Only the options of kValueOptions/kFlags (cliargs.cpp)
// exist; which of them a command accepts is checked by the command (firstNotAllowed()).
struct Args {
    QStringList positional;
    QHash<QString, QString> values;       // the (last) value of each option
    QHash<QString, QStringList> repeated; // every value, in order (--map may repeat)
    QSet<QString> flags;
    QString error; // the usage error met while parsing (unknown option, missing value ...)

    bool has(const QString &o) const { return flags.contains(o) || values.contains(o); }
    QString value(const QString &o, const QString &def = {}) const { return values.value(o, def); }
    QStringList all(const QString &o) const { return repeated.value(o); }
    std::optional<QString> opt(const QString &o) const
    {
        if (values.contains(o))
            return values.value(o);
        return std::nullopt;
    }
    // The first option given that is neither global (--db, --as, --user, --json) nor in
    // `allowed`; empty when every option given applies.
    QString firstNotAllowed(const QStringList &allowed) const;
};

Args parseArgs(const QStringList &arguments);

} // namespace ad::cli
