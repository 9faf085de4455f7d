#pragma once

// Rows of values handed to one set-based SQLite statement at once (PreparedStatements::runRows):
// the eponymous virtual table ad_values(pointer) reads them in place, so an update run writes its
// names, DIDs and audit entries in one statement each instead of one statement a row (each of
// which cost SQLite ~2,500 instructions to start and end, plus the binding).
#include <QByteArray>
#include <QStringView>
#include <vector>

namespace ad {

class ValueRows {
public:
    static constexpr int kTexts = 4;
    // Appends a row: two integers (i1, i2) and up to four texts (t1..t4; missing ones are '').
    void add(qint64 i1, qint64 i2, std::initializer_list<QStringView> texts);
    // The same with the texts given as UTF-8 (copied as they are; a null text is '').
    void addUtf8(qint64 i1, qint64 i2, std::initializer_list<QByteArrayView> texts);
    int size() const { return int(m_ints.size() / 2); }
    bool isEmpty() const { return m_ints.empty(); }

    qint64 integer(int row, int column) const { return m_ints[size_t(row) * 2 + size_t(column)]; }
    // Text column `column` (0..3) of `row` as NUL-terminated UTF-8, and its length in bytes.
    const char *text(int row, int column, int *length) const;
    bool hasEmbeddedNul() const { return m_embeddedNul; }

private:
    std::vector<char> m_buffer;
    std::vector<qint64> m_ints; // 2 per row
    std::vector<int> m_offsets; // kTexts + 1 per row: where each text starts, then the end
    bool m_embeddedNul = false; // a text holds U+0000: lengths must be given, not found by strlen
};

} // namespace ad
