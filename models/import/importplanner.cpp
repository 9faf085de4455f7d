#include "import/importplanner.h"

#include "domain/filerefusals.h"
#include "domain/money.h"
#include "domain/rules.h"

#include <QHash>

namespace ad {

using csv::Field;

namespace {

// The problems of one row: each refusal on the row, the column and the value of the file.
struct RowContext {
    int row;
    QList<Problem> *errors;
    bool failed = false;
    void add(Field field, const QString &value, Problem problem)
    {
        problem.row = row;
        problem.field = csv::fieldName(field);
        problem.value = value;
        errors->append(std::move(problem));
        failed = true;
    }
};

// A digit string (1..15 digits, already validated) as one integer key: the length keeps leading
// zeros apart ("0101" and "101" differ). Integer hashing is much cheaper than QString hashing.
quint64 digitKey(const QString &digits)
{
    quint64 v = 0;
    for (QChar ch : digits)
        v = v * 10 + (ch.unicode() - '0');
    return (quint64(digits.size()) << 56) | v;
}

} // namespace

struct ImportPlanner::State {
    State(const CustomerSnapshot &snapshot, const PlanOptions &o) : s(snapshot), options(o) {}
    const CustomerSnapshot &s;
    PlanOptions options;
    ImportPlan plan;
    QHash<qint64, int> quotaIndex;
    int cExt = -1, cName = -1, cDids = -1, cPub = -1, cEmail = -1, cTz = -1, cProduct = -1,
        cHunt = -1;
    QHash<quint64, int> firstRowOfExtension;
    QHash<quint64, int> firstRowOfDid;
    QSet<quint64> extensionKeys, huntGroupKeys, takenKeys; // the snapshot's numbers as integer keys
    QHash<quint64, qint64> didOwner; // numbers owned by the customer -> i_account (0 = free)
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
    int rows = 0;
};

ImportPlanner::ImportPlanner(const CustomerSnapshot &s, const PlanOptions &options)
    : d(std::make_unique<State>(s, options))
{
    ImportPlan &plan = d->plan;
    plan.iCustomer = s.iCustomer;
    plan.customerName = s.name;
    plan.currency = s.currency;
    plan.chargesBefore = s.monthlyCharges;
    plan.chargesAfter = s.monthlyCharges;

    // Quota lines for every main product of the agreement.
    for (auto it = s.agreement.constBegin(); it != s.agreement.constEnd(); ++it) {
        const ProductInfo p = s.productsById.value(it.key());
        if (!p.isMain)
            continue;
        QuotaLine q;
        q.productId = p.id;
        q.product = p.name;
        q.inUse = it->inUse;
        q.quantity = it->quantity;
        plan.quota.append(q);
    }
    std::sort(plan.quota.begin(), plan.quota.end(),
              [](const QuotaLine &a, const QuotaLine &b) { return a.product < b.product; });
    for (int i = 0; i < plan.quota.size(); ++i)
        d->quotaIndex.insert(plan.quota.at(i).productId, i);

    d->extensionKeys.reserve(s.extensionNumbers.size());
    for (const QString &n : s.extensionNumbers)
        if (rules::isValidExtensionNumber(n))
            d->extensionKeys.insert(digitKey(n));
    for (const QString &n : s.huntGroupNumbers)
        if (rules::isValidExtensionNumber(n))
            d->huntGroupKeys.insert(digitKey(n));
    const QString takenPrefix = rules::extensionAccountId(s.iCustomer, QString());
    for (const QString &id : s.takenAccountIds) {
        const QString suffix = id.mid(takenPrefix.size());
        if (id.startsWith(takenPrefix) && rules::isValidExtensionNumber(suffix))
            d->takenKeys.insert(digitKey(suffix));
    }
    d->didOwner.reserve(s.dids.size());
    for (auto it = s.dids.constBegin(); it != s.dids.constEnd(); ++it)
        d->didOwner.insert(digitKey(it.key()), it.value());
    d->idPrefix = takenPrefix;
    for (auto it = s.huntGroupsByFoldedName.constBegin(); it != s.huntGroupsByFoldedName.constEnd();
         ++it)
        d->huntGroupPositions.insert(it->id, it->lastPosition);
}

ImportPlanner::~ImportPlanner() = default;

void ImportPlanner::begin(const csv::ReadResult &read)
{
    d->cExt = read.columnOf(Field::ExtensionNumber);
    d->cName = read.columnOf(Field::Name);
    d->cDids = read.columnOf(Field::Dids);
    d->cPub = read.columnOf(Field::Published);
    d->cEmail = read.columnOf(Field::Email);
    d->cTz = read.columnOf(Field::Timezone);
    d->cProduct = read.columnOf(Field::Product);
    d->cHunt = read.columnOf(Field::Huntgroup);
}

void ImportPlanner::add(const QList<csv::Record> &records)
{
    const CustomerSnapshot &s = d->s;
    const PlanOptions &options = d->options;
    ImportPlan &plan = d->plan;
    auto &quotaIndex = d->quotaIndex;
    const int cExt = d->cExt, cName = d->cName, cDids = d->cDids, cPub = d->cPub,
              cEmail = d->cEmail, cTz = d->cTz, cProduct = d->cProduct, cHunt = d->cHunt;
    auto &firstRowOfExtension = d->firstRowOfExtension;
    auto &firstRowOfDid = d->firstRowOfDid;
    const auto &extensionKeys = d->extensionKeys;
    const auto &huntGroupKeys = d->huntGroupKeys;
    const auto &takenKeys = d->takenKeys;
    const auto &didOwner = d->didOwner;
    auto &lastProductText = d->lastProductText;
    auto &lastProduct = d->lastProduct;
    auto &lastHuntText = d->lastHuntText;
    auto &lastHunt = d->lastHunt;
    auto &zoneValid = d->zoneValid;
    auto &lastZone = d->lastZone;
    const QString &idPrefix = d->idPrefix;
    auto &huntGroupPositions = d->huntGroupPositions;
    auto &productKeyCache = d->productKeyCache;
    static const QString kEmpty;
    auto value = [](const csv::Record &r, int col) -> const QString & {
        return col >= 0 && col < r.fields.size() ? r.fields.at(col) : kEmpty;
    };
    // Reserve only for the first batch (or a whole file): reserving again for every batch
    // would reallocate each time.
    if (d->rows == 0) {
        plan.accounts.reserve(records.size());
        firstRowOfExtension.reserve(records.size());
    }
    d->rows += records.size();

    for (const csv::Record &rec : records) {
        RowContext ctx{rec.row, &plan.errors};
        if (!rec.malformed.isEmpty()) {
            Problem p = refusal::rowMalformed(rec.malformed);
            p.row = rec.row;
            plan.errors.append(p);
            plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        PlannedAccount a;
        a.row = rec.row;

        // Extension number.
        const QString ext = value(rec, cExt);
        if (ext.isEmpty()) {
            ctx.add(Field::ExtensionNumber, ext, refusal::extensionMissing());
        } else if (!rules::isValidExtensionNumber(ext)) {
            ctx.add(Field::ExtensionNumber, ext, refusal::extensionInvalid(ext));
        } else {
            const quint64 key = digitKey(ext);
            auto first = firstRowOfExtension.constFind(key);
            if (first != firstRowOfExtension.constEnd()) {
                ctx.add(Field::ExtensionNumber, ext, refusal::extensionDuplicate(ext, *first));
            } else {
                firstRowOfExtension.insert(key, rec.row);
                a.accountId = idPrefix + ext;
                if (extensionKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, ext, refusal::extensionExists(s.name, ext));
                else if (huntGroupKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, ext,
                            refusal::extensionIsHuntGroup(s.name, ext));
                else if (takenKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, ext, refusal::accountIdTaken(a.accountId));
            }
        }
        a.extension = ext;

        // Name.
        a.name = value(rec, cName);
        if (!rules::isValidName(a.name))
            ctx.add(Field::Name, a.name.left(120), refusal::rowNameInvalid(a.name));

        // DIDs.
        const QString didField = value(rec, cDids);
        if (!didField.isEmpty()) {
            QSet<QString> inRow;
            for (const QString &raw : rules::splitDids(didField)) {
                const auto did = rules::normaliseDid(raw);
                if (!did) {
                    ctx.add(Field::Dids, raw, refusal::rowDidInvalid(raw));
                    continue;
                }
                if (inRow.contains(*did)) {
                    ctx.add(Field::Dids, raw, refusal::didTwiceInRow(*did));
                    continue;
                }
                inRow.insert(*did);
                const quint64 didKey = digitKey(*did);
                const auto first = firstRowOfDid.constFind(didKey);
                if (first != firstRowOfDid.constEnd()) {
                    ctx.add(Field::Dids, raw, refusal::didInEarlierRow(*did, *first));
                    continue;
                }
                firstRowOfDid.insert(didKey, rec.row);
                const auto owned = didOwner.constFind(didKey);
                if (owned == didOwner.constEnd()) {
                    ctx.add(Field::Dids, raw, refusal::didNotProvided(*did, s.name, raw));
                    continue;
                }
                if (*owned != 0) {
                    ctx.add(Field::Dids, raw, refusal::didTakenForRow(*did));
                    continue;
                }
                a.dids << *did;
            }
        }

        // Published.
        const QString pub = value(rec, cPub);
        const auto published = rules::parsePublished(pub);
        if (!published)
            ctx.add(Field::Published, pub, refusal::publishedInvalid(pub));
        else
            a.published = *published;

        // Email.
        a.email = value(rec, cEmail);
        if (!rules::isValidEmail(a.email))
            ctx.add(Field::Email, a.email.left(260), refusal::emailInvalid(a.email));

        // Time zone.
        const QString tz = value(rec, cTz);
        if (tz.isEmpty()) {
            a.timeZone = s.timeZone;
        } else if (tz == lastZone) {
            a.timeZone = lastZone;
        } else if (![&] {
                       auto it = zoneValid.constFind(tz);
                       if (it == zoneValid.constEnd())
                           it = zoneValid.insert(tz, rules::isValidTimeZone(tz));
                       return *it;
                   }()) {
            ctx.add(Field::Timezone, tz, refusal::rowTimeZoneInvalid(tz, s.timeZone));
        } else {
            a.timeZone = tz;
            lastZone = tz;
        }

        // Product.
        const QString productText = value(rec, cProduct);
        const ProductInfo *product = nullptr;
        if (productText.isEmpty()) {
            ctx.add(Field::Product, productText, refusal::rowProductMissing());
        } else if (lastProduct && productText == lastProductText) {
            product = lastProduct;
        } else {
            auto key = productKeyCache.constFind(productText);
            if (key == productKeyCache.constEnd())
                key = productKeyCache.insert(productText, productText.simplified().toCaseFolded());
            const auto found = s.productsByFoldedName.constFind(*key);
            if (found == s.productsByFoldedName.constEnd()) {
                ctx.add(Field::Product, productText, refusal::productUnknown(productText));
            } else if (!found->isMain) {
                ctx.add(Field::Product, productText, refusal::rowProductNotMain(found->name));
            } else if (!s.agreement.contains(found->id)) {
                ctx.add(Field::Product, productText,
                        refusal::productNotInAgreement(found->name, s.name, productText));
            } else {
                product = &*found;
                lastProduct = product;
                lastProductText = productText;
            }
        }

        // Hunt group.
        const QString hunt = value(rec, cHunt);
        if (!hunt.isEmpty() && lastHunt && hunt == lastHuntText) {
            a.huntGroupId = lastHunt->id;
            a.huntGroup = lastHunt->name;
        } else if (!hunt.isEmpty()) {
            const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(hunt));
            if (hg == s.huntGroupsByFoldedName.constEnd()) {
                ctx.add(Field::Huntgroup, hunt, refusal::huntGroupUnknown(s.name, hunt));
            } else {
                a.huntGroupId = hg->id;
                a.huntGroup = hg->name;
                lastHunt = &*hg;
                lastHuntText = hunt;
            }
        }

        // Quota: only a row without any other error consumes it.
        if (!ctx.failed && product) {
            QuotaLine &q = plan.quota[quotaIndex.value(product->id)];
            if (q.exceeded || (q.quantity && q.inUse + q.adding + 1 > *q.quantity)) {
                q.exceeded = true;
                ctx.add(
                    Field::Product, productText,
                    refusal::rowQuantityExceeded(*q.quantity, product->name, q.inUse, q.adding));
            } else {
                ++q.adding;
            }
        }

        if (ctx.failed) {
            plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        a.productId = product->id;
        a.product = product->name;
        a.active = !options.inactive;
        if (a.huntGroupId)
            a.huntGroupPosition = ++huntGroupPositions[a.huntGroupId];
        if (a.active)
            plan.chargesAfter += product->feeOrZero();
        plan.accounts.append(std::move(a));
    }
}

const QList<PlannedAccount> &ImportPlanner::plannedSoFar() const
{
    return d->plan.accounts;
}

bool ImportPlanner::errorsSoFar() const
{
    return d->plan.hasErrors();
}

ImportPlan ImportPlanner::finish(const csv::ReadResult &read)
{
    ImportPlan plan = std::move(d->plan);
    plan.warnings = read.warnings;
    if (!read.fileErrors.isEmpty() || read.cancelled) {
        // The file as a whole is refused: no row is planned.
        plan.errors = read.fileErrors;
        plan.accounts.clear();
        plan.rowsWithErrors.clear();
        plan.chargesAfter = plan.chargesBefore;
        for (QuotaLine &q : plan.quota) {
            q.adding = 0;
            q.exceeded = false;
        }
        plan.rows = 0;
        return plan;
    }
    plan.rows = d->rows;
    return plan;
}

ImportPlan ImportPlanner::plan(const CustomerSnapshot &s, const csv::ReadResult &read,
                               const PlanOptions &options)
{
    ImportPlanner planner(s, options);
    if (read.fileErrors.isEmpty() && !read.cancelled) {
        planner.begin(read);
        planner.add(read.records);
    }
    return planner.finish(read);
}

} // namespace ad
