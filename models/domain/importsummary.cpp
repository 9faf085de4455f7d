#include "importsummary.h"

#include <QRegularExpression>

namespace ad {

QString ImportSummary::auditText() const
{
    QString text = QStringLiteral("%1 %2 created from %3 rows")
                       .arg(added)
                       .arg(added == 1 ? QLatin1String("account") : QLatin1String("accounts"))
                       .arg(rows);
    if (updated)
        text += QStringLiteral("; %1 updated").arg(updated);
    if (closed)
        text += QStringLiteral("; %1 closed").arg(closed);
    if (unchanged)
        text += QStringLiteral("; %1 unchanged").arg(unchanged);
    if (skipped)
        text += QStringLiteral("; %1 %2 skipped as invalid")
                    .arg(skipped)
                    .arg(skipped == 1 ? QLatin1String("row") : QLatin1String("rows"));
    if (inactive)
        text += QStringLiteral("; created inactive");
    return text;
}

std::optional<ImportSummary> ImportSummary::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d+) accounts? created from (\\d+) rows(?:; (\\d+) updated)?(?:; (\\d+) closed)?"
        "(?:; (\\d+) unchanged)?(?:; (\\d+) rows? skipped as invalid)?(; created inactive)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = true;
    const auto number = [&m, &ok](int group) {
        if (m.capturedLength(group) == 0)
            return 0;
        bool fits = false;
        const int n = m.captured(group).toInt(&fits);
        ok = ok && fits;
        return n;
    };
    ImportSummary s;
    s.added = number(1);
    s.rows = number(2);
    s.updated = number(3);
    s.closed = number(4);
    s.unchanged = number(5);
    s.skipped = number(6);
    s.inactive = m.capturedLength(7) > 0;
    if (!ok)
        return std::nullopt;
    return s;
}

} // namespace ad
