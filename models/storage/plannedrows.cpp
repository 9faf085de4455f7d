// The SQLite virtual table ad_planned (plannedrows.h): the rows [from, to] of a plan, read in
// place by the bulk writer's INSERT ... SELECT statements, their text as one UTF-8 buffer.
#include "storage/plannedrows.h"

#include <QStringEncoder>
#include <cstring>
#include <new>

namespace ad::plannedrows {

void Utf8Slice::fill(const QList<PlannedAccount> &rows, int from, int to)
{
    qsizetype chars = 0;
    for (int i = from; i < to; ++i) {
        const PlannedAccount &a = rows.at(i);
        chars += a.accountId.size() + a.extension.size() + a.name.size() + a.email.size() +
                 a.timeZone.size() + TextFieldCount;
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(chars));
    offsets.assign(size_t(to - from) * (TextFieldCount + 1), 0);
    char *const begin = buffer.data();
    char *out = begin;
    int *offset = offsets.data();
    for (int i = from; i < to; ++i) {
        const PlannedAccount &a = rows.at(i);
        for (const QString *text : {&a.accountId, &a.extension, &a.name, &a.email, &a.timeZone}) {
            *offset++ = int(out - begin);
            char *const start = out;
            out = encoder.appendToBuffer(out, *text);
            if (memchr(start, 0, size_t(out - start)))
                embeddedNul = true;
            *out++ = '\0';
        }
        *offset++ = int(out - begin);
    }
}

namespace {
enum PlannedColumn {
    ColSeq,
    ColId,
    ColProduct,
    ColStatus,
    ColNumber,
    ColName,
    ColPublished,
    ColEmail,
    ColZone,
    ColGroup,
    ColPosition,
    ColSource
};

struct PlannedCursor {
    sqlite3_vtab_cursor base;
    const PlannedSource *source = nullptr;
    int i = 0;
    int end = 0;
};

int plannedConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(seq INTEGER, id TEXT, i_product INTEGER, status TEXT,"
            " number TEXT, name TEXT, published INTEGER, email TEXT, tz TEXT,"
            " hg INTEGER, pos INTEGER, source HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!vtab)
        return SQLITE_NOMEM;
    memset(vtab, 0, sizeof(*vtab));
    *out = vtab;
    return SQLITE_OK;
}
int plannedDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}
int plannedBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    // The source pointer is mandatory: without it the table is empty.
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == ColSource && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1000;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0;
    info->estimatedCost = 1e12;
    return SQLITE_OK;
}
int plannedOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *cursor = new (std::nothrow) PlannedCursor();
    if (!cursor)
        return SQLITE_NOMEM;
    *out = &cursor->base;
    return SQLITE_OK;
}
int plannedClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<PlannedCursor *>(cursor);
    return SQLITE_OK;
}
int plannedFilter(sqlite3_vtab_cursor *base, int idxNum, const char *, int argc,
                  sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    cursor->source = idxNum == 1 && argc == 1
                         ? static_cast<const PlannedSource *>(
                               sqlite3_value_pointer(argv[0], kPlannedPointerType))
                         : nullptr;
    if (!cursor->source || !cursor->source->rows || !cursor->source->utf8) {
        cursor->i = cursor->end = 0;
        return SQLITE_OK;
    }
    cursor->i = qMax(0, cursor->source->from);
    cursor->end = qMin(int(cursor->source->rows->size()), cursor->source->to + 1);
    return SQLITE_OK;
}
int plannedNext(sqlite3_vtab_cursor *base)
{
    ++reinterpret_cast<PlannedCursor *>(base)->i;
    return SQLITE_OK;
}
int plannedEof(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    return cursor->i >= cursor->end;
}
void resultText(sqlite3_context *ctx, const PlannedCursor &cursor, TextField field)
{
    // Static: the slice's buffer outlives the statement step that reads it. A length of -1 tells
    // SQLite the value is NUL-terminated.
    const Utf8Slice &utf8 = *cursor.source->utf8;
    const int *row =
        utf8.offsets.data() + size_t(cursor.i - cursor.source->from) * (TextFieldCount + 1);
    const int length = row[field + 1] - row[field] - 1;
    sqlite3_result_text(ctx, utf8.buffer.constData() + row[field], utf8.embeddedNul ? length : -1,
                        SQLITE_STATIC);
}

int plannedColumn(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column)
{
    auto *cursor = reinterpret_cast<PlannedCursor *>(base);
    const PlannedAccount &a = cursor->source->rows->at(cursor->i);
    switch (column) {
    case ColSeq:
        sqlite3_result_int64(ctx, cursor->i);
        break;
    case ColId:
        resultText(ctx, *cursor, TextId);
        break;
    case ColProduct:
        sqlite3_result_int64(ctx, a.productId);
        break;
    case ColStatus:
        sqlite3_result_text(ctx, a.active ? "active" : "inactive", -1, SQLITE_STATIC);
        break;
    case ColNumber:
        resultText(ctx, *cursor, TextNumber);
        break;
    case ColName:
        resultText(ctx, *cursor, TextName);
        break;
    case ColPublished:
        sqlite3_result_int(ctx, a.published ? 1 : 0);
        break;
    case ColEmail:
        resultText(ctx, *cursor, TextEmail);
        break;
    case ColZone:
        resultText(ctx, *cursor, TextZone);
        break;
    case ColGroup:
        if (a.huntGroupId)
            sqlite3_result_int64(ctx, a.huntGroupId);
        else
            sqlite3_result_null(ctx);
        break;
    case ColPosition:
        if (a.huntGroupId)
            sqlite3_result_int(ctx, a.huntGroupPosition);
        else
            sqlite3_result_null(ctx);
        break;
    default:
        sqlite3_result_null(ctx);
        break;
    }
    return SQLITE_OK;
}
int plannedRowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<PlannedCursor *>(base)->i;
    return SQLITE_OK;
}
} // namespace

const sqlite3_module kPlannedModule = {
    /* iVersion */ 0,
    /* xCreate */ nullptr, // eponymous only: usable as ad_planned(?) without CREATE VIRTUAL TABLE
    /* xConnect */ plannedConnect,
    /* xBestIndex */ plannedBestIndex,
    /* xDisconnect */ plannedDisconnect,
    /* xDestroy */ nullptr,
    /* xOpen */ plannedOpen,
    /* xClose */ plannedClose,
    /* xFilter */ plannedFilter,
    /* xNext */ plannedNext,
    /* xEof */ plannedEof,
    /* xColumn */ plannedColumn,
    /* xRowid */ plannedRowid,
    /* xUpdate */ nullptr,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

} // namespace ad::plannedrows
