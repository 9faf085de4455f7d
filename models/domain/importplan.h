#pragma once

#include "domain/changelist.h"
#include "domain/problem.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ad {

struct PlannedAccount {
    int row = 0;
    QString accountId;
    QString extension;
    QString name;
    qint64 productId = 0;
    QString product;
    bool active = true;
    QStringList dids;
    qint64 huntGroupId = 0;
    QString huntGroup;
    int huntGroupPosition = 0;
    QList<QPair<qint64, int>> moreHuntGroups; // further groups (id, position) a cell listed
    bool published = false;
    QString email;
    QString timeZone;
};

} // namespace ad

// Moved in memory as they are (every member is): a list of a million rows grows by realloc()
// instead of copying into a new block while the old one is still held (issue #16).
Q_DECLARE_TYPEINFO(ad::PlannedAccount, Q_RELOCATABLE_TYPE);

namespace ad {

struct QuotaLine {
    qint64 productId = 0;
    QString product;
    int inUse = 0;
    int adding = 0;
    int freeing = 0; // let go by the file's closes and product changes (valid rows only)
    std::optional<int> quantity;
    bool exceeded = false;
};

// The result of planning an import (or a single extension): nothing written yet.
struct ImportPlan {
    qint64 iCustomer = 0;
    QString customerName;
    QString currency;
    int rows = 0;                   // data rows considered (blank rows excluded)
    QList<PlannedAccount> accounts; // rows that add (those not handed over as planned)
    // Rows that add which were handed over to the caller as they were planned or written
    // (ImportService's AccountSink) instead of being kept in `accounts`.
    int accountsHandedOver = 0;
    ChangeList changes;    // rows that update, close or change nothing, in row order (packed)
    QList<Problem> errors; // sorted by row
    QList<Problem> warnings;
    QList<QuotaLine> quota;
    qint64 chargesBefore = 0;
    qint64 chargesAfter = 0;
    QSet<int> rowsWithErrors;

    bool hasErrors() const { return !errors.isEmpty(); }
    // Rows that add: those in `accounts` and those handed over.
    int added() const { return int(accounts.size()) + accountsHandedOver; }
    int countOf(RowAction action) const
    {
        if (action == RowAction::Add)
            return added();
        int n = 0;
        for (qsizetype i = 0; i < changes.size(); ++i)
            n += changes.action(i) == action ? 1 : 0;
        return n;
    }
    // Something would be written: an account added, changed or closed.
    bool writesAnything() const
    {
        return added() > 0 || countOf(RowAction::Update) + countOf(RowAction::Close) > 0;
    }
    bool hasFileErrors() const
    {
        for (const auto &e : errors)
            if (e.row == 0)
                return true;
        return false;
    }
};

} // namespace ad
