#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ad {
struct ImportSummary;
}

namespace ad::auditwords {

// What an audit entry's action code ("account.block") means, in words and translated ("Account
// blocked", "Konto gesperrt"); a code it does not know (a newer desk's) is shown as it is.
QString actionText(const QString &code);
// A value before or after an action, in words where the audit keeps a code: an account's block
// ("no", "by_admin", "by_customer") and status ("active", "inactive", "closed"), and an import's
// summary (kept in fixed English, ImportSummary) in the language shown. Anything else (numbers,
// names, a summary an older version wrote in German) is shown as it is.
QString valueText(const QString &action, const QString &value);
// An import's summary in the language shown ("12 Konten aus 12 Zeilen angelegt; 3 geändert").
QString importText(const ImportSummary &summary);
// The codes whose words contain `text` (case-insensitive, in the language shown), so that the
// History filter finds what the clerk reads; none for under 3 characters.
QStringList actionsMatching(const QString &text);
// The value codes ("by_admin", "inactive") whose words contain `text` likewise ("blocked by",
// "inaktiv"); none for under 3 characters.
QStringList valuesMatching(const QString &text);
// The audit's UTC time ("2026-12-01T15:49:17.123Z") as a time of this computer's time zone;
// invalid when it is not a time.
QDateTime localTime(const QString &utc);
// A time as the History tab shows it: the date and the time of day in the locale's short
// formats ("12/1/26 7:49 AM", "01.12.26 16:49"); the seconds are in the UTC tooltip.
QString shownTime(const QDateTime &local);
// This computer's time zone as the History tab names it ("Europe/Berlin", "UTC").
QString localZoneName();

} // namespace ad::auditwords
