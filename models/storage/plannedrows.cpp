// The SQLite virtual table ad_planned (plannedrows.h): the rows [from, to] of a plan, read in
// place by the bulk writer's INSERT ... SELECT statements, their text as one UTF-8 buffer.
#include "storage/plannedrows.h"
#include "storage/pointertable.h"

#include <QStringEncoder>
#include <cstring>

namespace ad::plannedrows {

void Utf8Slice::fill(const QList<PlannedAccount> &rows, int from, int to)
{
    filledRows = rows.constData();
    filledFrom = from;
    filledTo = to;
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

// ad_planned(pointer): the rows [from, to] of a plan.
struct PlannedTable {
    static constexpr const char *kSchema =
        "CREATE TABLE x(seq INTEGER, id TEXT, i_product INTEGER, status TEXT,"
        " number TEXT, name TEXT, published INTEGER, email TEXT, tz TEXT,"
        " hg INTEGER, pos INTEGER, source HIDDEN)";
    static constexpr int kSourceColumn = ColSource;
    struct Cursor {
        pointertable::CursorBase at;
        const PlannedSource *source = nullptr;
    };
    static int filter(sqlite3_vtab_cursor *base, int idxNum, const char *, int argc,
                      sqlite3_value **argv);
    static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column);
};

int PlannedTable::filter(sqlite3_vtab_cursor *base, int idxNum, const char *, int argc,
                         sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    cursor->source = idxNum == 1 && argc == 1
                         ? static_cast<const PlannedSource *>(
                               sqlite3_value_pointer(argv[0], kPlannedPointerType))
                         : nullptr;
    if (!cursor->source || !cursor->source->rows || !cursor->source->utf8) {
        cursor->at.i = cursor->at.end = 0;
        return SQLITE_OK;
    }
    cursor->at.i = qMax(0, cursor->source->from);
    cursor->at.end = qMin(int(cursor->source->rows->size()), cursor->source->to + 1);
    return SQLITE_OK;
}

void resultText(sqlite3_context *ctx, const PlannedTable::Cursor &cursor, TextField field)
{
    // Static: the slice's buffer outlives the statement step that reads it. A length of -1 tells
    // SQLite the value is NUL-terminated.
    const Utf8Slice &utf8 = *cursor.source->utf8;
    const int *row =
        utf8.offsets.data() + size_t(cursor.at.i - cursor.source->from) * (TextFieldCount + 1);
    const int length = row[field + 1] - row[field] - 1;
    sqlite3_result_text(ctx, utf8.buffer.constData() + row[field], utf8.embeddedNul ? length : -1,
                        SQLITE_STATIC);
}

int PlannedTable::column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    const PlannedAccount &a = cursor->source->rows->at(cursor->at.i);
    switch (column) {
    case ColSeq:
        sqlite3_result_int64(ctx, cursor->at.i);
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
} // namespace

const sqlite3_module kPlannedModule = pointertable::module<PlannedTable>();

} // namespace ad::plannedrows
