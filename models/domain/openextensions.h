#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad {

// An open extension of the customer, as an update or close row of a file finds it.
struct ExistingExtension {
    qint64 iAccount = 0;
    qint64 iExtension = 0;
    QString accountId;
    QString number;
    QString name;
    qint64 productId = 0;
    bool active = true;
    bool blocked = false;
    bool published = false;
    QString email;
    QString timeZone;
    QStringList dids;         // by number, sorted
    QList<qint64> huntGroups; // the groups it is a member of
    qint64 addonFees = 0;     // minor units a month, its add-ons together
};

// The customer's open extensions, packed (issue #16): a row's numbers in a fixed 48-byte record
// and its texts as UTF-8 in one buffer, time zones interned, DIDs and hunt groups in sorted side
// lists — ~170 bytes an extension where a QHash of ExistingExtension held ~1 KB. An update run
// of a million rows holds every extension of the customer while it plans; at() gives a row as
// ExistingExtension, built when a row of the file names it.
class OpenExtensions {
public:
    struct Row {
        qint64 iAccount = 0;
        qint64 iExtension = 0;
        qint64 productId = 0;
        qint64 addonFees = 0;
        qint64 text = 0;  // offset of its texts in m_text
        quint32 zone = 0; // index into m_zones
        bool active = true;
        bool blocked = false;
        bool published = false;
    };

    void reserve(qsizetype rows);
    // Loading: each extension once (texts as UTF-8), then index(), then its DIDs, hunt groups
    // and add-on fees, then finish() (sorts the side lists; the index by account stays, the one
    // by extension, only needed to attach hunt groups, goes). The indexes are the rows' positions
    // sorted by account and by extension (4 bytes a row each, looked up by binary search, where
    // a hash of a million keys held ~20 MB).
    void add(const Row &row, QByteArrayView accountId, QByteArrayView number, QByteArrayView name,
             QByteArrayView email, const QString &timeZone);
    void add(const ExistingExtension &x); // the same from a whole record (tests, small sets)
    void index() const;                   // done by the first look-up after an add() if not called
    int indexOfAccount(qint64 iAccount) const;
    int indexOfExtension(qint64 iExtension) const;
    void addDid(int index, const QString &number);
    void addHuntGroup(int index, qint64 group) { m_groups.append({index, group}); }
    void setAddonFees(int index, qint64 fees) { m_rows[index].addonFees = fees; }
    void finish();

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &row(int index) const { return m_rows.at(index); }
    QString number(int index) const;
    ExistingExtension at(int index) const;

private:
    QList<Row> m_rows;
    QByteArray m_text; // per row: accountId, number, name, email (packedtext.h)
    QStringList m_zones;
    QHash<QString, int> m_zoneIndex;
    mutable QList<int> m_byAccount, m_byExtension; // row positions by iAccount, by iExtension
    mutable bool m_indexed = false;
    // (row index, number), sorted by finish() by index and then as the numbers' texts. A number
    // of 1..15 ASCII digits is held as its digit key (a million QStrings were ~70 MB), any other
    // text in m_otherDids (its index there with kOtherDid set).
    QList<QPair<int, quint64>> m_dids;
    QStringList m_otherDids;
    static constexpr quint64 kOtherDid = quint64(1) << 63;
    QString didText(quint64 did) const;
    bool didLess(const QPair<int, quint64> &a, const QPair<int, quint64> &b) const;
    QList<QPair<int, qint64>> m_groups; // (row index, hunt group), in the order loaded per row
};

} // namespace ad

Q_DECLARE_TYPEINFO(ad::OpenExtensions::Row, Q_PRIMITIVE_TYPE);
