#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace ad {

// What a row of a file does to an existing extension (domain.md, "Files from other systems").
enum class RowAction { Add, Update, Close, Unchanged };
QString rowActionName(RowAction action); // "add", "update", "close", "unchanged"

// One field an update changes, as the user sees it: the template's column name, old and new.
struct FieldChange {
    QString field;
    QString before;
    QString after;
};

// A row that updates, closes or leaves unchanged an existing, open extension. Only what the
// file's columns say is set (std::optional: the file has no such column, or the value stays).
struct PlannedChange {
    int row = 0;
    RowAction action = RowAction::Update;
    qint64 iAccount = 0;
    qint64 iExtension = 0;
    QString accountId;
    QString extension;
    std::optional<QString> name;
    std::optional<qint64> productId; // a main product of the agreement
    QString product;                 // its name (the current one when unchanged)
    std::optional<bool> active;
    std::optional<bool> published;
    std::optional<QString> email;
    std::optional<QString> timeZone;
    QStringList releasedDids; // go back to the customer's pool
    QStringList addedDids;    // assigned to this account
    QList<qint64> leftHuntGroups;
    QList<qint64> joinedHuntGroups;
    QList<FieldChange> changes; // for the review, the JSON and the audit
};

// The plan's changes, one a row in row order, packed (issue #16): a 40-byte record a row and its
// texts and lists as UTF-8 and varints in one buffer — ~200 bytes a row where a QList of
// PlannedChange held ~0.9 KB. Read as PlannedChange (at(), iteration: each built when read);
// the hot paths that need one value of every row read it without building the rest.
class ChangeList {
public:
    ChangeList() = default;
    ChangeList(std::initializer_list<PlannedChange> changes)
    {
        for (const PlannedChange &c : changes)
            append(c);
    }
    void append(const PlannedChange &change);
    void clear();
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    PlannedChange at(qsizetype i) const;
    PlannedChange value(qsizetype i) const
    {
        return i >= 0 && i < size() ? at(i) : PlannedChange();
    }

    // One value of row i, without building the rest.
    int row(qsizetype i) const { return m_rows.at(i).row; }
    RowAction action(qsizetype i) const { return RowAction(m_rows.at(i).action); }
    qint64 iAccount(qsizetype i) const { return m_rows.at(i).iAccount; }
    qint64 iExtension(qsizetype i) const { return m_rows.at(i).iExtension; }
    std::optional<qint64> productId(qsizetype i) const;
    std::optional<bool> active(qsizetype i) const;
    QStringList releasedDids(qsizetype i) const;
    QStringList addedDids(qsizetype i) const;
    std::optional<QString> name(qsizetype i) const;
    // The same as UTF-8, a view into the list (null: the row does not set its name).
    QByteArrayView nameUtf8(qsizetype i) const;
    // Row i's audit entry texts, made from the packed texts without building the row: an update's
    // "Field: before; ..." and "Field: after; ...", a close's first before and "closed[; DIDs
    // released: ...]" (what ImportService wrote from the built row; tst_packedlists compares).
    struct AuditTexts {
        QString accountId, before, after;
    };
    AuditTexts auditTexts(qsizetype i) const;
    // The same texts as UTF-8 (what an SQLite writer binds): the account ID a view into the list
    // (valid while it lives and is not changed), null texts null.
    struct AuditUtf8 {
        QByteArrayView accountId;
        QByteArray before, after;
    };
    AuditUtf8 auditUtf8(qsizetype i) const;
    // Whether row i sets its product, status, published, e-mail or time zone.
    bool setsOtherFields(qsizetype i) const
    {
        return m_rows.at(i).has & (ProductId | Active | Published | Email | TimeZone);
    }
    // Whether row i lets DIDs go, takes DIDs, leaves or joins hunt groups (without building it).
    enum class Part : quint16 {
        ReleasedDids = 256,
        AddedDids = 512,
        LeftHuntGroups = 1024,
        JoinedHuntGroups = 2048
    };
    bool has(qsizetype i, Part part) const { return m_rows.at(i).has & quint16(part); }

    // Drops the rows for which refused(row number) is true, keeping the order of the others.
    template <typename Refused> void removeRows(Refused refused)
    {
        qsizetype to = 0;
        for (qsizetype from = 0; from < m_rows.size(); ++from)
            if (!refused(m_rows.at(from).row))
                m_rows[to++] = m_rows.at(from);
        m_rows.resize(to); // the texts of the rows dropped stay in the buffer, unread
    }

    class const_iterator {
    public:
        using value_type = PlannedChange;
        const_iterator(const ChangeList *list, qsizetype i) : m_list(list), m_i(i) {}
        PlannedChange operator*() const { return m_list->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const ChangeList *m_list;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    enum Has : quint16 {
        Name = 1,
        ProductId = 2,
        Active = 4,
        ActiveValue = 8,
        Published = 16,
        PublishedValue = 32,
        Email = 64,
        TimeZone = 128,
    };
    struct Row {
        int row = 0;
        quint8 action = 0;
        quint16 has = 0;
        qint64 iAccount = 0;
        qint64 iExtension = 0;
        qint64 productId = 0;
        qint64 data = 0; // offset of its texts and lists in m_data
    };
    // Row i's released DIDs (which = 0) or added DIDs (which = 1), read past the texts before
    // them.
    QStringList dids(qsizetype i, int which) const;
    QList<Row> m_rows;
    // Per row: accountId, extension, product, [name], [email], [time zone] (texts), released
    // and added DIDs (a count, then texts), left and joined hunt groups (a count, then ids), the
    // field changes (a count, then field, before, after): see packedtext.h.
    QByteArray m_data;
};

} // namespace ad

Q_DECLARE_TYPEINFO(ad::FieldChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ad::PlannedChange, Q_RELOCATABLE_TYPE);
