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

// digitKey(): domain/numberkeys.h.

// A DID a row wants that another account holds today: fine if that account's row in the same
// file lets it go (a close, or an update that no longer lists it); decided in finish(). A file
// that moves every DID on by a row has a claim a row (a million at a million rows): the DID is
// held as its key, and its text and the cell's only when the key does not give them back.
struct DidClaim {
    int row;
    int texts; // -1: the DID is didText(key) and the cell said just that; else (did, raw) at texts
    quint64 key;
    qint64 holder; // i_account
};

// The digits of a key of at most 15 digits (digitKey keeps the length: leading zeros).
inline QString didText(quint64 key)
{
    return QString::number(key & ((quint64(1) << 56) - 1))
        .rightJustified(int(key >> 56), QLatin1Char('0'));
}

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
    QSet<quint64> huntGroupKeys; // the snapshot's hunt group numbers as integer keys
    // The snapshot's numbers as integer keys: its own (loaded as keys), else made from its
    // strings into ownKeys.
    const NumberKeys *keys = nullptr;
    NumberKeys ownKeys;
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
    QStringList didClaimTexts; // (did, raw) of the claims whose key does not say them
    void claimDid(int row, const QString &did, const QString &raw, quint64 key, qint64 holder)
    {
        int texts = -1;
        if (did.size() > 15 || raw != did) {
            texts = int(didClaimTexts.size());
            didClaimTexts << did << raw;
        }
        didClaims.append({row, texts, key, holder});
    }
    QString claimedDid(const DidClaim &c) const
    {
        return c.texts < 0 ? didText(c.key) : didClaimTexts.at(c.texts);
    }
    QString claimedRaw(const DidClaim &c) const
    {
        return c.texts < 0 ? didText(c.key) : didClaimTexts.at(c.texts + 1);
    }
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
