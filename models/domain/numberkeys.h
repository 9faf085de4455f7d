#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace ad {

// A digit string (1..15 digits, already validated) as one integer key: the length keeps leading
// zeros apart ("0101" and "101" differ). Integer hashing is much cheaper than QString hashing.
inline quint64 digitKey(const QString &digits)
{
    quint64 v = 0;
    for (QChar ch : digits)
        v = v * 10 + (ch.unicode() - '0');
    return (quint64(digits.size()) << 56) | v;
}

// The same key from UTF-8 as the database gives it: equal to digitKey() of the decoded text
// (an ASCII text has as many bytes as characters; any other text is decoded first).
inline quint64 digitKeyUtf8(QByteArrayView utf8)
{
    quint64 v = 0;
    for (char ch : utf8) {
        if (static_cast<unsigned char>(ch) >= 0x80)
            return digitKey(QString::fromUtf8(utf8));
        v = v * 10 + quint64(static_cast<unsigned char>(ch) - '0');
    }
    return (quint64(utf8.size()) << 56) | v;
}

// rules::isValidExtensionNumber() of a UTF-8 text: 1..15 ASCII digits.
inline bool isExtensionNumberUtf8(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > 15)
        return false;
    for (char ch : utf8)
        if (ch < '0' || ch > '9')
            return false;
    return true;
}

// The customer's numbers as the import planner asks them, as integer keys (issue #16: a million
// QStrings each were the largest part of a million-row update run's snapshot). Loaded as keys by
// SnapshotRepository, or made from the snapshot's strings (CustomerSnapshot::keysFromStrings).
struct NumberKeys {
    QHash<quint64, int> openByKey; // an open extension's number -> its index in openExtensions
    // The customer's other extension numbers and the n of account IDs "ph{c}x{n}": both leave
    // out the open extensions' numbers, which openByKey decides first.
    QSet<quint64> extensionKeys, takenKeys;
    QHash<quint64, qint64> didOwner; // numbers owned by the customer -> i_account (0 = free)
    bool loaded = false;
};

} // namespace ad
