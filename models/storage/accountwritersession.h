#pragma once

// What AccountWriter's files (accountwriter.cpp, accountwritersqlite.cpp,
// accountwriterpostgres.cpp) share: the state of one import between begin() and finish(), the
// SQLite helpers it holds, and the refusal of a DID taken meanwhile. Internal to the storage layer.
#include "domain/problem.h"
#include "storage/accountwriter.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace ad {

namespace writer {
// Finalizes SQLite statements when leaving scope.
struct Statements {
    std::vector<sqlite3_stmt *> list;
    ~Statements()
    {
        for (sqlite3_stmt *s : list)
            sqlite3_finalize(s);
    }
};

// Prepares statements with the connection's triggers switched off, and switches them back on.
struct TriggersOff {
    sqlite3 *db;
    int before = 1;
    explicit TriggersOff(sqlite3 *d) : db(d)
    {
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1,
                          &before); // -1: only read the setting
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
    ~TriggersOff() { sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, before, nullptr); }
};

// The refusal when a DID the plan saw free was assigned by someone else in the meantime.
Status staleDid(const QString &did);
} // namespace writer

// One import's writing state: begin() ... add() ... finish(), inside the caller's transaction.
struct AccountWriter::Session {
    qint64 c = 0;
    qint64 iAudit = 0;
    int written = 0;  // accounts written so far: the next one's sequence number
    int didCount = 0; // DIDs staged so far (SQLite)
    qint64 spent[4] = {0, 0, 0,
                       0}; // for the agreementdesk.storage log: accounts, extensions, members, DIDs
    // PostgreSQL
    QString nowText;
    // SQLite
    sqlite3 *db = nullptr;
    writer::Statements stmts;
    sqlite3_stmt *stageDid = nullptr, *moveAccounts = nullptr, *moveExtensions = nullptr,
                 *moveMembers = nullptr, *assignDids = nullptr;
    qint64 baseAccount = 0, baseExtension = 0;
    QByteArray now;
    std::optional<writer::TriggersOff> triggersOff;
};

} // namespace ad
