#include "import/importplanner.h"

#include "domain/money.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QHash>

namespace ad {

using csv::Field;

namespace {


struct RowContext {
    int row;
    QList<Problem> *errors;
    bool failed = false;
    void add(Field field, const QString &code, const QString &value, const QString &message)
    {
        Problem p;
        p.row = row;
        p.field = csv::fieldName(field);
        p.code = code;
        p.value = value;
        p.message = message;
        errors->append(p);
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

QString spreadsheetHint()
{
    return QCoreApplication::translate("ad::ImportPlanner", "A spreadsheet turned it into a number; format the column as Text and type the number again.");
}

} // namespace

struct ImportPlanner::State {
    State(const CustomerSnapshot &snapshot, const PlanOptions &o) : s(snapshot), options(o) {}
    const CustomerSnapshot &s;
    PlanOptions options;
    ImportPlan plan;
    QHash<qint64, int> quotaIndex;
    int cExt = -1, cName = -1, cDids = -1, cPub = -1, cEmail = -1, cTz = -1, cProduct = -1, cHunt = -1;
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
    for (auto it = s.huntGroupsByFoldedName.constBegin(); it != s.huntGroupsByFoldedName.constEnd(); ++it)
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
    const int cExt = d->cExt, cName = d->cName, cDids = d->cDids, cPub = d->cPub, cEmail = d->cEmail, cTz = d->cTz,
              cProduct = d->cProduct, cHunt = d->cHunt;
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
            Problem p;
            p.row = rec.row;
            p.code = QStringLiteral("row_malformed");
            p.message = rec.malformed;
            plan.errors.append(p);
            plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        PlannedAccount a;
        a.row = rec.row;

        // Extension number.
        const QString ext = value(rec, cExt);
        if (ext.isEmpty()) {
            ctx.add(Field::ExtensionNumber, QStringLiteral("extension_missing"), ext,
                    QCoreApplication::translate("ad::ImportPlanner", "The extension number is empty; every row needs one."));
        } else if (!rules::isValidExtensionNumber(ext)) {
            ctx.add(Field::ExtensionNumber, QStringLiteral("extension_invalid"), ext,
                    rules::looksLikeSpreadsheetNumber(ext)
                        ? QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not an extension number. %2").arg(ext, spreadsheetHint())
                        : QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not an extension number: use 1 to 15 digits (0-9), nothing else.")
                              .arg(ext));
        } else {
            const quint64 key = digitKey(ext);
            auto first = firstRowOfExtension.constFind(key);
            if (first != firstRowOfExtension.constEnd()) {
                ctx.add(Field::ExtensionNumber, QStringLiteral("extension_duplicate"), ext,
                        QCoreApplication::translate("ad::ImportPlanner", "Extension %1 is already in row %2 of this file.").arg(ext).arg(*first));
            } else {
                firstRowOfExtension.insert(key, rec.row);
                a.accountId = idPrefix + ext;
                if (extensionKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, QStringLiteral("extension_exists"), ext,
                            QCoreApplication::translate("ad::ImportPlanner", "%1 already has extension %2.").arg(s.name, ext));
                else if (huntGroupKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, QStringLiteral("extension_exists"), ext,
                            QCoreApplication::translate("ad::ImportPlanner", "%1 already uses %2 as a hunt group number.").arg(s.name, ext));
                else if (takenKeys.contains(key))
                    ctx.add(Field::ExtensionNumber, QStringLiteral("account_exists"), ext,
                            QCoreApplication::translate("ad::ImportPlanner", "The account %1 already exists (it may be closed); an account ID is never reused.")
                                .arg(a.accountId));
            }
        }
        a.extension = ext;

        // Name.
        a.name = value(rec, cName);
        if (!rules::isValidName(a.name))
            ctx.add(Field::Name, QStringLiteral("name_invalid"), a.name.left(120),
                    a.name.size() > 100 ? QCoreApplication::translate("ad::ImportPlanner", "The name has %1 characters; at most 100 are allowed.").arg(a.name.size())
                                        : QCoreApplication::translate("ad::ImportPlanner", "The name contains control characters (such as tabs or line breaks)."));

        // DIDs.
        const QString didField = value(rec, cDids);
        if (!didField.isEmpty()) {
            QSet<QString> inRow;
            for (const QString &raw : rules::splitDids(didField)) {
                const auto did = rules::normaliseDid(raw);
                if (!did) {
                    ctx.add(Field::Dids, QStringLiteral("did_invalid"), raw,
                            rules::looksLikeSpreadsheetNumber(raw) && raw.contains(QLatin1Char('E'), Qt::CaseInsensitive)
                                ? QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not a DID number. %2").arg(raw, spreadsheetHint())
                                : QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not a DID number: use 6 to 15 digits (spaces, dashes, dots, "
                                     "brackets and a leading + are allowed); separate several with commas.")
                                      .arg(raw));
                    continue;
                }
                if (inRow.contains(*did)) {
                    ctx.add(Field::Dids, QStringLiteral("did_duplicate"), raw,
                            QCoreApplication::translate("ad::ImportPlanner", "DID %1 is listed twice in this row.").arg(*did));
                    continue;
                }
                inRow.insert(*did);
                const quint64 didKey = digitKey(*did);
                const auto first = firstRowOfDid.constFind(didKey);
                if (first != firstRowOfDid.constEnd()) {
                    ctx.add(Field::Dids, QStringLiteral("did_duplicate"), raw,
                            QCoreApplication::translate("ad::ImportPlanner", "DID %1 is already in row %2 of this file.").arg(*did).arg(*first));
                    continue;
                }
                firstRowOfDid.insert(didKey, rec.row);
                const auto owned = didOwner.constFind(didKey);
                if (owned == didOwner.constEnd()) {
                    ctx.add(Field::Dids, QStringLiteral("did_not_owned"), raw,
                            QCoreApplication::translate("ad::ImportPlanner", "DID %1 has not been provided to %2.").arg(*did, s.name));
                    continue;
                }
                if (*owned != 0) {
                    ctx.add(Field::Dids, QStringLiteral("did_in_use"), raw,
                            QCoreApplication::translate("ad::ImportPlanner", "DID %1 is already assigned to another account; release it first.").arg(*did));
                    continue;
                }
                a.dids << *did;
            }
        }

        // Published.
        const QString pub = value(rec, cPub);
        const auto published = rules::parsePublished(pub);
        if (!published)
            ctx.add(Field::Published, QStringLiteral("published_invalid"), pub,
                    QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not Y or N (yes / no, any case; empty means N).").arg(pub));
        else
            a.published = *published;

        // Email.
        a.email = value(rec, cEmail);
        if (!rules::isValidEmail(a.email))
            ctx.add(Field::Email, QStringLiteral("email_invalid"), a.email.left(260),
                    a.email.size() > 254 ? QCoreApplication::translate("ad::ImportPlanner", "The email address is longer than 254 characters.")
                                         : QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not an email address (name@example.com).").arg(a.email));

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
            ctx.add(Field::Timezone, QStringLiteral("timezone_invalid"), tz,
                    QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not a time zone; use an IANA name such as Europe/Kyiv or America/New_York, "
                       "or leave it empty for %2.")
                        .arg(tz, s.timeZone));
        } else {
            a.timeZone = tz;
            lastZone = tz;
        }

        // Product.
        const QString productText = value(rec, cProduct);
        const ProductInfo *product = nullptr;
        if (productText.isEmpty()) {
            ctx.add(Field::Product, QStringLiteral("product_missing"), productText,
                    QCoreApplication::translate("ad::ImportPlanner", "The product is empty; every row needs a main product of the agreement."));
        } else if (lastProduct && productText == lastProductText) {
            product = lastProduct;
        } else {
            auto key = productKeyCache.constFind(productText);
            if (key == productKeyCache.constEnd())
                key = productKeyCache.insert(productText, productText.simplified().toCaseFolded());
            const auto found = s.productsByFoldedName.constFind(*key);
            if (found == s.productsByFoldedName.constEnd()) {
                ctx.add(Field::Product, QStringLiteral("product_unknown"), productText,
                        QCoreApplication::translate("ad::ImportPlanner", "There is no product called \"%1\".").arg(productText));
            } else if (!found->isMain) {
                ctx.add(Field::Product, QStringLiteral("product_not_main"), productText,
                        QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is an add-on; the Product column needs a main product.").arg(found->name));
            } else if (!s.agreement.contains(found->id)) {
                ctx.add(Field::Product, QStringLiteral("product_not_in_agreement"), productText,
                        QCoreApplication::translate("ad::ImportPlanner", "\"%1\" is not in %2's agreement.").arg(found->name, s.name));
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
                ctx.add(Field::Huntgroup, QStringLiteral("huntgroup_unknown"), hunt,
                        QCoreApplication::translate("ad::ImportPlanner", "%1 has no hunt group called \"%2\".").arg(s.name, hunt));
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
                ctx.add(Field::Product, QStringLiteral("quantity_exceeded"), productText,
                        QCoreApplication::translate("ad::ImportPlanner", "The agreement allows %1 account(s) with %2; %3 are in use and earlier rows add %4.")
                            .arg(*q.quantity)
                            .arg(product->name)
                            .arg(q.inUse)
                            .arg(q.adding));
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

ImportPlan ImportPlanner::plan(const CustomerSnapshot &s, const csv::ReadResult &read, const PlanOptions &options)
{
    ImportPlanner planner(s, options);
    if (read.fileErrors.isEmpty() && !read.cancelled) {
        planner.begin(read);
        planner.add(read.records);
    }
    return planner.finish(read);
}

} // namespace ad
