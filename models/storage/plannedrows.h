#pragma once

// The planned rows as SQLite reads them during a bulk write (AccountWriter on SQLite): the
// eponymous virtual table ad_planned and the UTF-8 text of a slice of rows that it hands out.
// Internal to the storage layer.
#include "domain/importplan.h"

#include <QByteArray>
#include <QList>
#include <sqlite3.h>
#include <vector>

namespace ad::plannedrows {

// The text columns of the rows [from, to), converted to UTF-8 (the database's encoding) once per
// slice into one buffer, each value followed by a NUL: SQLite then takes them as they are,
// without translating UTF-16 and without copying a value to terminate it for the CHECK
// constraints and the index on lower(name) that read it as C text.
enum TextField { TextId, TextNumber, TextName, TextEmail, TextZone, TextFieldCount };
struct Utf8Slice {
    QByteArray buffer;
    std::vector<int> offsets; // TextFieldCount + 1 per row: where each value starts, then the end
    bool embeddedNul = false; // a value holds U+0000: lengths must be given, not found by strlen
    // What was filled: the rows [from, to) of the list whose data starts at `rows`.
    const PlannedAccount *filledRows = nullptr;
    int filledFrom = 0;
    int filledTo = 0;

    void fill(const QList<PlannedAccount> &rows, int from, int to);
};

struct PlannedSource {
    const QList<PlannedAccount> *rows = nullptr;
    int from = 0;
    int to = -1; // inclusive
    const Utf8Slice *utf8 = nullptr;
};
inline constexpr const char *kPlannedPointerType = "ad_planned_rows";

// The planned rows as a read-only, eponymous SQLite virtual table, ad_planned(pointer): the
// set-based INSERT ... SELECT statements read the rows [from, to] straight from the plan, so no
// staging table is written and read back. The pointer is bound with sqlite3_bind_pointer, so
// SQL text cannot forge it.
extern const sqlite3_module kPlannedModule;

} // namespace ad::plannedrows
