#pragma once

#include "domain/csvcolumns.h"
#include "domain/customersnapshot.h"
#include "domain/importplan.h"
#include "domain/rules.h"
#include "import/csvreader.h"
#include "import/importplanner.h"

#include <QHash>
#include <QSet>

// The planner's working state, shared by the add path (importplanner.cpp) and the update and
// close path (changeplanner.cpp). Private to the import layer.
namespace ad::planner {

// A digit string (1..15 digits, already validated) as one integer key: the length keeps leading
// zeros apart ("0101" and "101" differ). Integer hashing is much cheaper than QString hashing.
inline quint64 digitKey(const QString &digits)
{
    quint64 v = 0;
    for (QChar ch : digits)
        v = v * 10 + (ch.unicode() - '0');
    return (quint64(digits.size()) << 56) | v;
}

// A DID a row wants that another account holds today: fine if that account's row in the same
// file lets it go (a close, or an update that no longer lists it); decided in finish().
struct DidClaim {
    int row;
    QString did;
    QString raw;
    qint64 holder; // i_account
};

// A row that takes one account's worth of a product's quantity (an add, or an update moving to
// the product); decided in finish() when the file may also free quantity.
struct QuotaClaim {
    int row;
    qint64 productId;
    QString productText;
};

struct State {
    State(const CustomerSnapshot &snapshot, const PlanOptions &o) : s(snapshot), options(o) {}
    const CustomerSnapshot &s;
    PlanOptions options;
    ImportPlan plan;
    QHash<qint64, int> quotaIndex;
    int col[int(csv::Field::Ignored)];
    QStringList header;   // the file's own header cells (for the problems' column)
    bool mayFree = false; // rows may update or close: quota and held DIDs decided at the end
    QHash<quint64, int> firstRowOfExtension;
    QHash<quint64, int> firstRowOfDid;
    QSet<quint64> extensionKeys, huntGroupKeys, takenKeys; // the snapshot's numbers as integer keys
    QHash<quint64, qint64> didOwner; // numbers owned by the customer -> i_account (0 = free)
    QHash<quint64, int> openByKey;   // number -> index in s.openExtensions
    // Rows of one file mostly repeat the same product, hunt group and time zone.
    QString lastProductText;
    const ProductInfo *lastProduct = nullptr;
    QString lastHuntText;
    const HuntGroupRef *lastHunt = nullptr;
    QHash<QString, bool> zoneValid; // local cache: no lock per row
    QString lastZone;               // the previous row's valid zone
    QString idPrefix;
    QHash<qint64, int> huntGroupPositions;
    QHash<QString, QString> productKeyCache; // raw text -> folded
    QList<DidClaim> didClaims;
    QList<QuotaClaim> quotaClaims;
    bool namesJoined = false;
    int rows = 0;

    int column(csv::Field f) const { return f == csv::Field::Ignored ? -1 : col[int(f)]; }
    // The problem on a row and a column of the file: the template's field, the file's header.
    void addError(int row, csv::Field field, const QString &value, Problem problem)
    {
        problem.row = row;
        problem.field = csv::fieldName(field);
        problem.value = value;
        const int c = column(field);
        if (c >= 0) {
            problem.column = header.value(c);
            problem.columnIndex = c;
        }
        plan.errors.append(std::move(problem));
    }
    // Time zone text -> valid? (cached)
    bool zoneOk(const QString &tz)
    {
        auto it = zoneValid.constFind(tz);
        if (it == zoneValid.constEnd())
            it = zoneValid.insert(tz, rules::isValidTimeZone(tz));
        return *it;
    }
    // A product cell -> the main product of the agreement, or an error on the row.
    const ProductInfo *productFor(int row, const QString &text, bool *failed);
    // A DID cell -> its numbers, each valid, once in the row and in the file, owned by the
    // customer. A number another account than `self` holds is refused, or — when rows of the
    // file may let it go — claimed and decided in resolveWholeFile().
    QStringList didsFor(int row, const QString &text, qint64 self);
    // A hunt group cell -> the groups (one name, or several separated by commas).
    bool huntGroupsFor(int row, const QString &text, QList<const HuntGroupRef *> *out);
};

const QString &cellOf(const csv::Record &r, int col); // "" past the row's end
// The row's name: the Name column, else "First Last"; *present: the file has a name at all.
QString rowName(const State &d, const csv::Record &rec, bool *present);
// The row's status from its Status or Disabled cell (nullopt: none; *bad: not a status).
std::optional<bool> rowActive(const State &d, const csv::Record &rec, bool *bad, QString *text,
                              csv::Field *field);

// The rows that update or close an existing extension (changeplanner.cpp).
void planChange(State &d, const csv::Record &rec, const ExistingExtension &existing,
                RowAction action);
// At the end of a file whose rows may free quantity or DIDs: the held DIDs and quota claims
// decided over the whole file, invalid rows dropped, charges computed.
void resolveWholeFile(State &d);

} // namespace ad::planner
