#pragma once

#include "domain/importplan.h"
#include "import/csvreader.h"

#include <QString>

namespace ad {

// What the import wizard's pages share: the customer, the file, the format overrides, the
// options, the file as read and the plan the user reviewed.
struct ImportSession {
    qint64 customer = 0;
    QString customerName;
    QString path;
    QString encoding; // empty = detect
    QChar delimiter;  // null = detect
    bool hasHeader = true;
    int headerRow = 0; // >0: the header is this row (the user's choice); 0 = find it
    QString sheet;     // a workbook's sheet; empty = the first
    std::optional<QList<csv::Field>> mapping; // set when the user changed the automatic mapping
    bool inactive = false;
    bool skipInvalid = false;
    bool updateExisting = false; // rows whose extension exists update it (CLI --update-existing)

    csv::ReadResult read;
    ImportPlan plan;
    bool planned = false;
    QString staleMessage; // set when a commit was refused because the customer changed
    QStringList created;  // account IDs created by the commit

    csv::ReadOptions readOptions() const
    {
        csv::ReadOptions o;
        o.encoding = encoding;
        o.delimiter = delimiter;
        o.hasHeader = hasHeader;
        o.headerRow = headerRow;
        o.sheet = sheet;
        o.mapping = mapping;
        o.updateExisting = updateExisting;
        return o;
    }
};

} // namespace ad
