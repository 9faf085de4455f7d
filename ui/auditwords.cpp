#include "auditwords.h"

#include "domain/importsummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace ad::auditwords {

namespace {
struct Action {
    const char *code;
    const char *words;
};

// Every action the services write (grep "m_audit.write"); the words as the History tab shows
// them, translated in the context "ad::AuditWords".
constexpr Action kActions[] = {
    {"account.activate", QT_TRANSLATE_NOOP("ad::AuditWords", "Account activated")},
    {"account.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Account added")},
    {"account.block", QT_TRANSLATE_NOOP("ad::AuditWords", "Account blocked")},
    {"account.unblock", QT_TRANSLATE_NOOP("ad::AuditWords", "Account unblocked")},
    {"account.close", QT_TRANSLATE_NOOP("ad::AuditWords", "Account closed")},
    {"extension.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Extension added")},
    {"extension.update", QT_TRANSLATE_NOOP("ad::AuditWords", "Extension updated by an import")},
    {"auto_attendant.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Auto attendant added")},
    {"addon.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Add-on added")},
    {"addon.remove", QT_TRANSLATE_NOOP("ad::AuditWords", "Add-on removed")},
    {"agreement.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Product added to the agreement")},
    {"agreement.remove", QT_TRANSLATE_NOOP("ad::AuditWords", "Product removed from the agreement")},
    {"agreement.set", QT_TRANSLATE_NOOP("ad::AuditWords", "Quantity changed")},
    {"customer.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Customer created")},
    {"customer.rename", QT_TRANSLATE_NOOP("ad::AuditWords", "Customer renamed")},
    {"customer.timezone", QT_TRANSLATE_NOOP("ad::AuditWords", "Time zone changed")},
    {"customer.currency", QT_TRANSLATE_NOOP("ad::AuditWords", "Currency changed")},
    {"customer.self_care", QT_TRANSLATE_NOOP("ad::AuditWords", "Self-care activation changed")},
    {"did.add", QT_TRANSLATE_NOOP("ad::AuditWords", "DIDs added")},
    {"did.give", QT_TRANSLATE_NOOP("ad::AuditWords", "DIDs provided by the provider")},
    {"did.take", QT_TRANSLATE_NOOP("ad::AuditWords", "DIDs taken back by the provider")},
    {"did.assign", QT_TRANSLATE_NOOP("ad::AuditWords", "DID assigned")},
    {"did.release", QT_TRANSLATE_NOOP("ad::AuditWords", "DID released")},
    {"did.return", QT_TRANSLATE_NOOP("ad::AuditWords", "DID returned to the provider")},
    {"did.inventory.add", QT_TRANSLATE_NOOP("ad::AuditWords", "DIDs added to the inventory")},
    {"huntgroup.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Hunt group added")},
    {"huntgroup.update", QT_TRANSLATE_NOOP("ad::AuditWords", "Hunt group changed")},
    {"huntgroup.members", QT_TRANSLATE_NOOP("ad::AuditWords", "Hunt group members changed")},
    {"subscription.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Subscription added")},
    {"subscription.fee", QT_TRANSLATE_NOOP("ad::AuditWords", "Subscription fee changed")},
    {"subscription.remove", QT_TRANSLATE_NOOP("ad::AuditWords", "Subscription removed")},
    {"product.add", QT_TRANSLATE_NOOP("ad::AuditWords", "Product added")},
    {"product.rename", QT_TRANSLATE_NOOP("ad::AuditWords", "Product renamed")},
    {"product.fee", QT_TRANSLATE_NOOP("ad::AuditWords", "Product fee changed")},
    {"product.retire", QT_TRANSLATE_NOOP("ad::AuditWords", "Product retired")},
    {"product.delete", QT_TRANSLATE_NOOP("ad::AuditWords", "Product deleted")},
    {"import", QT_TRANSLATE_NOOP("ad::AuditWords", "Import from a file")},
    {"demo.load", QT_TRANSLATE_NOOP("ad::AuditWords", "Demo data loaded")},
};

QString translated(const Action &a)
{
    return QCoreApplication::translate("ad::AuditWords", a.words);
}
} // namespace

QString actionText(const QString &code)
{
    for (const Action &a : kActions)
        if (code == QLatin1String(a.code))
            return translated(a);
    return code;
}

QString importText(const ImportSummary &s)
{
    const auto words = [](const char *text, int n) {
        return QCoreApplication::translate("ad::AuditWords", text, nullptr, n);
    };
    QString text =
        words(QT_TRANSLATE_N_NOOP("ad::AuditWords", "%n account(s) created from %1 rows"), s.added)
            .arg(s.rows);
    if (s.updated)
        text += words(QT_TRANSLATE_N_NOOP("ad::AuditWords", "; %n updated"), s.updated);
    if (s.closed)
        text += words(QT_TRANSLATE_N_NOOP("ad::AuditWords", "; %n closed"), s.closed);
    if (s.unchanged)
        text += words(QT_TRANSLATE_N_NOOP("ad::AuditWords", "; %n unchanged"), s.unchanged);
    if (s.skipped)
        text += words(QT_TRANSLATE_N_NOOP("ad::AuditWords", "; %n row(s) skipped as invalid"),
                      s.skipped);
    if (s.inactive)
        text += words(QT_TRANSLATE_NOOP("ad::AuditWords", "; created inactive"), -1);
    return text;
}

QString valueText(const QString &action, const QString &value)
{
    const auto words = [](const char *text) {
        return QCoreApplication::translate("ad::AuditWords", text);
    };
    if (action == QLatin1String("account.block") || action == QLatin1String("account.unblock")) {
        if (value == QLatin1String("no"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "not blocked"));
        if (value == QLatin1String("by_admin"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "blocked by the administrator"));
        if (value == QLatin1String("by_customer"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "blocked by the customer"));
    }
    if (action == QLatin1String("import")) {
        if (const std::optional<ImportSummary> s = ImportSummary::parse(value))
            return importText(*s);
    }
    if (action.startsWith(QLatin1String("account."))) {
        if (value == QLatin1String("active"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "active"));
        if (value == QLatin1String("inactive"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "inactive"));
        if (value == QLatin1String("closed"))
            return words(QT_TRANSLATE_NOOP("ad::AuditWords", "closed"));
    }
    return value;
}

QStringList valuesMatching(const QString &textIn)
{
    const QString text = textIn.trimmed();
    QStringList codes;
    if (text.size() < 3)
        return codes;
    const QString block = QStringLiteral("account.block"), status = QStringLiteral("account.close");
    for (const char *code : {"no", "by_admin", "by_customer", "active", "inactive", "closed"}) {
        const QString c = QLatin1String(code);
        if ((valueText(block, c) != c && valueText(block, c).contains(text, Qt::CaseInsensitive)) ||
            (valueText(status, c) != c && valueText(status, c).contains(text, Qt::CaseInsensitive)))
            codes << c;
    }
    return codes;
}

QStringList actionsMatching(const QString &textIn)
{
    const QString text = textIn.trimmed();
    QStringList codes;
    if (text.size() < 3)
        return codes;
    for (const Action &a : kActions)
        if (translated(a).contains(text, Qt::CaseInsensitive))
            codes << QLatin1String(a.code);
    return codes;
}

QDateTime localTime(const QString &utc)
{
    QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(utc, Qt::ISODate);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC); // written by Database::nowUtc(); an old entry may lack the Z
    return t.toLocalTime();
}

QString shownTime(const QDateTime &local)
{
    const QLocale locale;
    // Date and time of day to the minute: the seconds (and the UTC time) are in the cell's
    // tooltip, and on a small screen the column's width is After's room.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[.:]ss?|\\s*\\bt+\\b")));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), format.trimmed());
}

QString localZoneName()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(id);
}

} // namespace ad::auditwords
