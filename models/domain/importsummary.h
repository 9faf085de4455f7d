#pragma once

#include <QString>

#include <optional>

namespace ad {

// What an import did, as one audit entry's value. The audit keeps it in fixed English
// ("12 accounts created from 12 rows; 3 updated"), whatever the language of the desk that
// imported, so that every desk, the CLI's history and an auditor's SQL read the same text; the
// window shows it in its own language by reading it back (parse()).
struct ImportSummary {
    int added = 0;
    int rows = 0;
    int updated = 0;
    int closed = 0;
    int unchanged = 0;
    int skipped = 0; // rows skipped as invalid (--skip-invalid)
    bool inactive = false;

    QString auditText() const;
    // The summary of an audit text auditText() wrote; nullopt for any other text (an entry an
    // older version wrote in another language is shown as it is).
    static std::optional<ImportSummary> parse(const QString &text);

    bool operator==(const ImportSummary &o) const
    {
        return added == o.added && rows == o.rows && updated == o.updated && closed == o.closed &&
               unchanged == o.unchanged && skipped == o.skipped && inactive == o.inactive;
    }
};

} // namespace ad
