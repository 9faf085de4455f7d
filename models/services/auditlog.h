#pragma once

#include "domain/problem.h"
#include "domain/records.h"

namespace ad {

class Database;

// The audit trail: every change writes one entry, in the change's own transaction, naming who
// made it, when, through which path (via: admin, or customer for the self-care path), the
// customer, the action, the object and the values before and after. Entries are only ever
// added (the database refuses UPDATE and DELETE of them, schema version 6).
//
// who: on PostgreSQL the database fills it with the connection's login (session_user) whatever
// is sent; on SQLite it is the desk's label. desk_label: the desk's own label (Actor::user, else
// the OS login), on both engines; one that is not one visible line of at most 64 characters is
// a usage error (desk_label_invalid) and nothing is written.
class AuditLog {
public:
    AuditLog(Database &db, Actor actor);

    const Actor &actor() const { return m_actor; }

    // iCustomer 0: not about one customer. *id receives the entry's key (accounts point to it).
    Status write(qint64 iCustomer, const QString &action, const QString &object,
                 const QString &oldValue, const QString &newValue, qint64 *id = nullptr);

    // An entry whose outcome is known only at the end of its transaction (a one-pass import):
    // reserve() gives the key its rows point to and lets them be written first (the references
    // to the audit are checked at COMMIT); writeReserved() then writes the entry, once, under
    // that key, before the transaction commits.
    Status reserve(qint64 *id);
    Status writeReserved(qint64 id, qint64 iCustomer, const QString &action, const QString &object,
                         const QString &oldValue, const QString &newValue);

    // Many entries of one customer at once (a bulk change: one per account changed), written
    // a few hundred per statement; the same rows as write() one by one, in order.
    struct Entry {
        QString action, object, oldValue, newValue;
    };
    Status writeMany(qint64 iCustomer, const QList<Entry> &entries);
    // The same with the texts as UTF-8 (an import's entries, made from its packed rows): on
    // SQLite bound as they are, with no QString a text; otherwise as writeMany. The views must
    // outlive the call. Stored texts are the same as writeMany's (a null text is '').
    struct Utf8Entry {
        QByteArrayView action, object;
        QByteArray oldValue, newValue;
    };
    Status writeManyUtf8(qint64 iCustomer, const QList<Utf8Entry> &entries);

private:
    bool writesManyAtOnce() const;
    QVariantList sharedValues(qint64 iCustomer) const;
    static const QString &manyRowsSql();
    Status insert(qint64 presetId, qint64 c, const QString &action, const QString &object,
                  const QString &oldValue, const QString &newValue, qint64 *id);

    Database &m_db;
    Actor m_actor;
};

} // namespace ad
