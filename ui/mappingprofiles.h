#pragma once

#include "domain/csvcolumns.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ad {

// The wizard's choices for one layout of file, remembered per header signature (as KMyMoney's
// CSV importer keeps profiles): the header row, the sheet and the column mapping. Kept in
// QSettings (group "importProfiles"), never in the database: they are this desk's habits.
struct MappingProfile {
    enum HeaderMode { Detected, Row, NoHeader };
    HeaderMode headerMode = Detected;
    int headerRow = 0;                        // Row: the spreadsheet row of the header
    QString sheet;                            // a workbook's sheet; empty = the first
    std::optional<QList<csv::Field>> mapping; // by position; unset = the automatic mapping
    QDateTime savedAt;

    // Nothing differs from what the wizard does by itself.
    bool isAutomatic() const
    {
        return headerMode == Detected && sheet.isEmpty() && !mapping.has_value();
    }
};

namespace mappingprofiles {

// The signature of a file's header as read automatically: its cells normalised as header names
// are compared (csv::normalizedHeader), so "Display Name" and "display_name" are the same
// layout. Empty for a file without cells.
QString signature(const QStringList &header);
std::optional<MappingProfile> load(const QString &signature);
void save(const QString &signature, const MappingProfile &profile); // sets savedAt
void remove(const QString &signature);

} // namespace mappingprofiles
} // namespace ad
