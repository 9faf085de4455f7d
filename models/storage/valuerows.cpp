// ValueRows (valuerows.h) and the SQLite virtual table ad_values that reads them.
#include "storage/valuerows.h"

#include "storage/pointertable.h"
#include "storage/valuerowsmodule.h"

#include <QStringEncoder>
#include <cstring>

namespace ad {

void ValueRows::add(qint64 i1, qint64 i2, std::initializer_list<QStringView> texts)
{
    m_ints.push_back(i1);
    m_ints.push_back(i2);
    qsizetype chars = kTexts;
    for (QStringView t : texts)
        chars += t.size();
    const size_t used = m_buffer.size();
    m_buffer.resize(used + size_t(chars) * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *const begin = m_buffer.data();
    char *out = begin + used;
    int n = 0;
    for (QStringView t : texts) {
        if (n++ == kTexts)
            break;
        m_offsets.push_back(int(out - begin));
        char *const start = out;
        out = encoder.appendToBuffer(out, t);
        if (memchr(start, 0, size_t(out - start)))
            m_embeddedNul = true;
        *out++ = '\0';
    }
    for (; n < kTexts; ++n) {
        m_offsets.push_back(int(out - begin));
        *out++ = '\0';
    }
    m_offsets.push_back(int(out - begin));
    m_buffer.resize(size_t(out - begin));
}

void ValueRows::addUtf8(qint64 i1, qint64 i2, std::initializer_list<QByteArrayView> texts)
{
    m_ints.push_back(i1);
    m_ints.push_back(i2);
    size_t bytes = kTexts;
    for (QByteArrayView t : texts)
        bytes += size_t(t.size());
    const size_t used = m_buffer.size();
    m_buffer.resize(used + bytes);
    char *const begin = m_buffer.data();
    char *out = begin + used;
    int n = 0;
    for (QByteArrayView t : texts) {
        if (n++ == kTexts)
            break;
        m_offsets.push_back(int(out - begin));
        if (!t.isEmpty()) {
            std::memcpy(out, t.data(), size_t(t.size()));
            if (memchr(out, 0, size_t(t.size())))
                m_embeddedNul = true;
            out += t.size();
        }
        *out++ = '\0';
    }
    for (; n < kTexts; ++n) {
        m_offsets.push_back(int(out - begin));
        *out++ = '\0';
    }
    m_offsets.push_back(int(out - begin));
    m_buffer.resize(size_t(out - begin));
}

const char *ValueRows::text(int row, int column, int *length) const
{
    const int *at = m_offsets.data() + size_t(row) * (kTexts + 1) + column;
    *length = at[1] - at[0] - 1;
    return m_buffer.data() + at[0];
}

namespace valuerows {
namespace {
enum Column { ColI1, ColI2, ColT1, ColT2, ColT3, ColT4, ColSource };

// ad_values(pointer): the rows of a ValueRows, read in order, so that the statements that read
// them see them in the order they were added.
struct ValueTable {
    static constexpr const char *kSchema = "CREATE TABLE x(i1 INTEGER, i2 INTEGER, t1 TEXT,"
                                           " t2 TEXT, t3 TEXT, t4 TEXT, source HIDDEN)";
    static constexpr int kSourceColumn = ColSource;
    struct Cursor {
        pointertable::CursorBase at;
        const ValueRows *rows = nullptr;
    };
    static int filter(sqlite3_vtab_cursor *base, int idxNum, const char *, int argc,
                      sqlite3_value **argv)
    {
        auto *cursor = reinterpret_cast<Cursor *>(base);
        cursor->rows =
            idxNum == 1 && argc == 1
                ? static_cast<const ValueRows *>(sqlite3_value_pointer(argv[0], kPointerType))
                : nullptr;
        cursor->at.i = 0;
        cursor->at.end = cursor->rows ? cursor->rows->size() : 0;
        return SQLITE_OK;
    }
    static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int col)
    {
        auto *cursor = reinterpret_cast<Cursor *>(base);
        const ValueRows &rows = *cursor->rows;
        const int i = cursor->at.i;
        switch (col) {
        case ColI1:
        case ColI2:
            sqlite3_result_int64(ctx, rows.integer(i, col - ColI1));
            break;
        case ColT1:
        case ColT2:
        case ColT3:
        case ColT4: {
            // Static: the rows outlive the statement that reads them. A length of -1 tells
            // SQLite the value is NUL-terminated.
            int length = 0;
            const char *text = rows.text(i, col - ColT1, &length);
            sqlite3_result_text(ctx, text, rows.hasEmbeddedNul() ? length : -1, SQLITE_STATIC);
            break;
        }
        default:
            sqlite3_result_null(ctx);
            break;
        }
        return SQLITE_OK;
    }
};
} // namespace

const sqlite3_module kModule = pointertable::module<ValueTable>();

int ensureRegistered(sqlite3 *db)
{
    // Registered once per connection: registering again would drop the eponymous table under
    // statements prepared on it. A connection that has it prepares a read of it.
    sqlite3_stmt *probe = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM ad_values", -1, &probe, nullptr) == SQLITE_OK) {
        sqlite3_finalize(probe);
        return SQLITE_OK;
    }
    sqlite3_finalize(probe);
    return sqlite3_create_module_v2(db, "ad_values", &kModule, nullptr, nullptr);
}

} // namespace valuerows
} // namespace ad
