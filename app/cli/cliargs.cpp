#include "cliargs.h"

#include <QCoreApplication>

namespace ad::cli {

namespace {

const QSet<QString> kValueOptions = {
    QStringLiteral("--db"),         QStringLiteral("--as"),
    QStringLiteral("--user"),       QStringLiteral("--quantity"),
    QStringLiteral("--encoding"),   QStringLiteral("--delimiter"),
    QStringLiteral("--product"),    QStringLiteral("--name"),
    QStringLiteral("--did"),        QStringLiteral("--published"),
    QStringLiteral("--email"),      QStringLiteral("--timezone"),
    QStringLiteral("--huntgroup"),  QStringLiteral("--number"),
    QStringLiteral("--sequence"),   QStringLiteral("--currency"),
    QStringLiteral("--members"),    QStringLiteral("--filter"),
    QStringLiteral("--errors-csv"), QStringLiteral("--rename"),
    QStringLiteral("--header-row"), QStringLiteral("--map"),
    QStringLiteral("--sheet"),      QStringLiteral("--kind"),
    QStringLiteral("--fee"),        QStringLiteral("--self-care-accounts"),
    QStringLiteral("--grant")};
// Value options that may be given more than once (each value kept, in order).
const QSet<QString> kRepeatable = {QStringLiteral("--map")};
const QSet<QString> kFlags = {QStringLiteral("--json"),
                              QStringLiteral("--progress"),
                              QStringLiteral("--demo"),
                              QStringLiteral("--dry-run"),
                              QStringLiteral("--inactive"),
                              QStringLiteral("--skip-invalid"),
                              QStringLiteral("--to-inventory"),
                              QStringLiteral("--help"),
                              QStringLiteral("--version"),
                              QStringLiteral("--no-header"),
                              QStringLiteral("--update-existing"),
                              QStringLiteral("--read-only")};
const QSet<QString> kGlobal = {QStringLiteral("--db"), QStringLiteral("--as"),
                               QStringLiteral("--user"), QStringLiteral("--json")};

} // namespace

QString Args::firstNotAllowed(const QStringList &allowed) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!kGlobal.contains(it.key()) && !allowed.contains(it.key()))
            return it.key();
    for (const QString &f : flags)
        if (!kGlobal.contains(f) && !allowed.contains(f))
            return f;
    return {};
}

Args parseArgs(const QStringList &in)
{
    Args a;
    for (int i = 0; i < in.size(); ++i) {
        QString arg = in.at(i);
        if (arg == QLatin1String("--")) {
            a.positional += in.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            a.positional << arg;
            continue;
        }
        QString value;
        bool inlineValue = false;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            inlineValue = true;
        }
        if (kFlags.contains(arg)) {
            if (inlineValue) {
                a.error = QCoreApplication::translate("agreementdesk-cli",
                                                      "The option %1 takes no value.")
                              .arg(arg);
                return a;
            }
            a.flags.insert(arg);
        } else if (kValueOptions.contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= in.size()) {
                    a.error = QCoreApplication::translate("agreementdesk-cli",
                                                          "The option %1 needs a value.")
                                  .arg(arg);
                    return a;
                }
                value = in.at(++i);
            }
            if (a.values.contains(arg) && !kRepeatable.contains(arg)) {
                a.error = QCoreApplication::translate("agreementdesk-cli",
                                                      "The option %1 is given twice; give it once.")
                              .arg(arg);
                return a;
            }
            a.values.insert(arg, value);
            a.repeated[arg] << value;
        } else {
            a.error =
                QCoreApplication::translate("agreementdesk-cli", "Unknown option %1.").arg(arg);
            return a;
        }
    }
    return a;
}

} // namespace ad::cli
