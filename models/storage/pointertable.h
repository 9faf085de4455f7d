#pragma once

// What the read-only SQLite virtual tables over rows in memory (ad_planned, ad_values) share:
// eponymous (used as name(?) without CREATE VIRTUAL TABLE), their rows passed as a pointer
// (sqlite3_bind_pointer, which SQL text cannot forge) in a hidden last column, read in order.
// Internal to the storage layer.
#include <new>
#include <sqlite3.h>

namespace ad::pointertable {

// The first member of every cursor: the row read and the end of the rows.
struct CursorBase {
    sqlite3_vtab_cursor base;
    int i = 0;
    int end = 0;
};

int connect(sqlite3 *db, const char *schema, sqlite3_vtab **out);
int disconnect(sqlite3_vtab *vtab);
// The pointer in `sourceColumn` is mandatory: without it the table is empty (and costly).
int bestIndex(sqlite3_index_info *info, int sourceColumn);
int next(sqlite3_vtab_cursor *cursor);
int eof(sqlite3_vtab_cursor *cursor);
int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out);

// The module of a table: Table::kSchema (the CREATE TABLE of its columns, the pointer last),
// Table::kSourceColumn, Table::Cursor (CursorBase first), Table::filter and Table::column.
template <class Table> sqlite3_module module()
{
    using Cursor = typename Table::Cursor;
    sqlite3_module m{};
    m.xConnect = [](sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **) {
        return connect(db, Table::kSchema, out);
    };
    m.xBestIndex = [](sqlite3_vtab *, sqlite3_index_info *info) {
        return bestIndex(info, Table::kSourceColumn);
    };
    m.xDisconnect = disconnect;
    m.xOpen = [](sqlite3_vtab *, sqlite3_vtab_cursor **out) -> int {
        auto *cursor = new (std::nothrow) Cursor();
        if (!cursor)
            return SQLITE_NOMEM;
        *out = &cursor->at.base;
        return SQLITE_OK;
    };
    m.xClose = [](sqlite3_vtab_cursor *cursor) -> int {
        delete reinterpret_cast<Cursor *>(cursor);
        return SQLITE_OK;
    };
    m.xFilter = Table::filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = Table::column;
    m.xRowid = rowid;
    return m;
}

} // namespace ad::pointertable
