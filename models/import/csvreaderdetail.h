#pragma once

// What csvreader.cpp and csvreadsequential.cpp share. Private to the import layer.
#include "import/csvreader.h"

class QFile;

namespace ad::csv::workbook {
struct SheetRows;
}

namespace ad::csv::detail {

inline constexpr qint64 kChunk = 1 << 20;
inline constexpr qint64 kMaxBytes = qint64(1) << 30; // 1 GiB: far above 1,000,000 rows of real data

Problem fileProblem(const QString &code, const QString &message);

// A pipe, a FIFO or standard input: read into memory first (up to kMaxBytes), then parsed.
ReadResult readSequential(QFile &file, const QString &name, const ReadOptions &options);

// A workbook sheet's rows read as the same rows in a CSV file would be (readrows.cpp).
ReadResult readRows(const workbook::SheetRows &rows, const QString &fileName,
                    const ReadOptions &options);

} // namespace ad::csv::detail
