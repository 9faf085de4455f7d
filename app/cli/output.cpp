// Output: the streams, failures and usage errors, and the answers of the commands that change
// something (a message for people, {"ok": true, ...} for scripts). The listings are in
// outputlists.cpp, the import's report in outputimport.cpp.
#include "output.h"

#include "domain/money.h"
#include "jsonout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace ad::cli {

Output::Output(bool json) : m_json(json), m_out(stdout), m_err(stderr) {}

Output::~Output()
{
    delete m_rawOut; // flushes what writeOut() left
}

void Output::print(const QString &text)
{
    m_out << text << '\n';
}

void Output::printHelp(const QString &text, bool toStderr)
{
    (toStderr ? m_err : m_out) << text;
}

void Output::progress(const QString &line)
{
    m_err << line;
    m_err << '\n';
    m_err.flush();
}

void Output::raw(const QByteArray &bytes)
{
    m_out.flush();
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(bytes);
}

void Output::writeOut(const QByteArray &bytes)
{
    m_out.flush();
    if (!m_rawOut) {
        m_rawOut = new QFile;
        m_rawOut->open(stdout, QIODevice::WriteOnly);
    }
    m_rawOut->write(bytes);
}

void Output::flushOut()
{
    m_out.flush();
    if (m_rawOut)
        m_rawOut->flush();
}

void Output::printJson(const QJsonObject &o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::okJson(QJsonObject o)
{
    o.insert(QStringLiteral("ok"), true);
    printJson(o);
    return 0;
}

int Output::fail(const Status &st)
{
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("errors"), problemsJson(st.problems(), false));
        printJson(o);
    } else {
        for (const Problem &p : st.problems())
            m_err << QCoreApplication::translate("agreementdesk-cli", "error: ") << p.message
                  << " [" << p.code << "]" << '\n';
    }
    m_out.flush();
    m_err.flush();
    return st.exitCode();
}

int Output::usage(const QString &message)
{
    return fail(Status::usage(
        QStringLiteral("usage"),
        message + QLatin1Char('\n') +
            QCoreApplication::translate("agreementdesk-cli",
                                        "Run agreementdesk-cli --help for the commands.")));
}

int Output::doneWith(const Status &st, const QString &message, const QJsonObject &extra)
{
    if (!st.ok())
        return fail(st);
    if (m_json)
        return okJson(extra);
    print(message);
    return 0;
}

int Output::done(const Status &st, const QString &message)
{
    return doneWith(st, message, {});
}

QString Output::quantityText(std::optional<int> q)
{
    return q ? QString::number(*q) : QCoreApplication::translate("agreementdesk-cli", "Unlimited");
}

QString Output::money(qint64 minor, const QString &currency)
{
    return money::plain(minor) + QLatin1Char(' ') + currency;
}

int Output::initialised(const QString &database, int schemaVersion, bool demo,
                        const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("schema_version"), schemaVersion);
    if (demo)
        o.insert(QStringLiteral("demo"), true);
    return doneWith(Status(), message, o);
}

int Output::granted(const Status &st, const QString &role, bool readOnly, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("read_only"), readOnly);
    return doneWith(st, message, o);
}

int Output::customerAdded(const Status &st, qint64 iCustomer, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("i_customer"), iCustomer);
    return doneWith(st, message, o);
}

int Output::agreementChanged(const Status &st, const QString &product, bool withQuantity,
                             std::optional<int> quantity, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("product"), product);
    if (withQuantity)
        o.insert(QStringLiteral("quantity"), quantityJson(quantity));
    return doneWith(st, message, o);
}

int Output::created(const CreatedAccount &a, const QString &currency)
{
    if (m_json)
        return okJson(createdJson(a, currency));
    print(QCoreApplication::translate("agreementdesk-cli",
                                      "Created %1 (%2, %3). Monthly charges %4 → %5.")
              .arg(a.accountId, a.product, a.status, money(a.chargesBefore, currency),
                   money(a.chargesAfter, currency)));
    return 0;
}

int Output::accountChanged(const Status &st, const AccountInfo *account, const QString &message)
{
    QJsonObject o;
    if (account)
        o.insert(QStringLiteral("account"), accountJson(*account));
    return doneWith(st, message, o);
}

int Output::addonChanged(const Status &st, const QString &accountId, const QString &addon,
                         const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("account_id"), accountId);
    o.insert(QStringLiteral("addon"), addon);
    return doneWith(st, message, o);
}

int Output::didsGiven(const Status &st, const QStringList &added, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("dids"), QJsonArray::fromStringList(added));
    return doneWith(st, message, o);
}

int Output::exported(const Status &st, const QString &file, int extensions, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("extensions"), extensions);
    return doneWith(st, message, o);
}

} // namespace ad::cli
