#pragma once

#include "domain/problem.h"

#include <QList>
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
    bool published = false;
    QString email;
    QString timeZone;
};

struct QuotaLine {
    qint64 productId = 0;
    QString product;
    int inUse = 0;
    int adding = 0;
    std::optional<int> quantity;
    bool exceeded = false;
};

// The result of planning an import (or a single extension): nothing written yet.
struct ImportPlan {
    qint64 iCustomer = 0;
    QString customerName;
    QString currency;
    int rows = 0; // data rows considered (blank rows excluded)
    QList<PlannedAccount> accounts;
    QList<Problem> errors; // sorted by row
    QList<Problem> warnings;
    QList<QuotaLine> quota;
    qint64 chargesBefore = 0;
    qint64 chargesAfter = 0;
    QSet<int> rowsWithErrors;

    bool hasErrors() const { return !errors.isEmpty(); }
    bool hasFileErrors() const
    {
        for (const auto &e : errors)
            if (e.row == 0)
                return true;
        return false;
    }
};

} // namespace ad
