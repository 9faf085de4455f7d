// The rows of a file that update or close an existing extension, and the decisions that need
// the whole file (domain.md, "Files from other systems": updates change only the columns the
// file has; DIDs and hunt groups are set to exactly what the cell lists; a product change is
// checked against the agreement and the quantity, counting what the same file frees).
#include "domain/filerefusals.h"
#include "domain/money.h"
#include "import/plannerstate.h"

#include <algorithm>

namespace ad::planner {

using csv::Field;

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("Y") : QStringLiteral("N");
}
QString activeText(bool active)
{
    return active ? QStringLiteral("active") : QStringLiteral("inactive");
}

// What an account costs a month (main product and add-ons) while active and not blocked.
qint64 monthlyOf(const CustomerSnapshot &s, qint64 productId, bool active, bool blocked,
                 qint64 addonFees)
{
    if (!active || blocked)
        return 0;
    return s.productsById.value(productId).feeOrZero() + addonFees;
}

QStringList groupNames(const CustomerSnapshot &s, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << s.huntGroupNames.value(id);
    return out;
}

} // namespace

void planChange(State &d, const csv::Record &rec, const ExistingExtension &x, RowAction action)
{
    const CustomerSnapshot &s = d.s;
    ImportPlan &plan = d.plan;
    const int errorsBefore = plan.errors.size();
    auto err = [&](Field f, const QString &v, Problem p) {
        d.addError(rec.row, f, v, std::move(p));
    };

    PlannedChange c;
    c.row = rec.row;
    c.action = action;
    c.iAccount = x.iAccount;
    c.iExtension = x.iExtension;
    c.accountId = x.accountId;
    c.extension = x.number;
    c.product = s.productsById.value(x.productId).name;

    if (action == RowAction::Close) {
        c.releasedDids = x.dids;
        c.leftHuntGroups = x.huntGroups;
        c.changes.append(
            {QStringLiteral("Status"), activeText(x.active), QStringLiteral("closed")});
        // Its DIDs are free for other rows of the file (see resolveWholeFile()).
        plan.changes.append(std::move(c));
        return;
    }

    // Name (an empty cell clears it).
    bool namePresent = false;
    const QString name = rowName(d, rec, &namePresent);
    if (namePresent) {
        if (!rules::isValidName(name))
            err(Field::Name, name.left(120), refusal::rowNameInvalid(name));
        else if (name != x.name) {
            c.name = name;
            c.changes.append({csv::fieldName(Field::Name), x.name, name});
        }
    }

    // DIDs: exactly what the cell lists; those no longer listed go back to the pool.
    const int cDids = d.column(Field::Dids);
    if (cDids >= 0) {
        const QStringList wanted = d.didsFor(rec.row, cellOf(rec, cDids), x.iAccount);
        for (const QString &n : x.dids)
            if (!wanted.contains(n))
                c.releasedDids << n;
        for (const QString &n : wanted)
            if (!x.dids.contains(n))
                c.addedDids << n;
        if (!c.releasedDids.isEmpty() || !c.addedDids.isEmpty()) {
            QStringList sorted = wanted;
            std::sort(sorted.begin(), sorted.end());
            c.changes.append({csv::fieldName(Field::Dids), x.dids.join(QLatin1Char(',')),
                              sorted.join(QLatin1Char(','))});
        }
    }

    // Published (an empty cell is no).
    const int cPub = d.column(Field::Published);
    if (cPub >= 0) {
        const QString text = cellOf(rec, cPub);
        const auto published = rules::parsePublished(text);
        if (!published)
            err(Field::Published, text, refusal::publishedInvalid(text));
        else if (*published != x.published) {
            c.published = *published;
            c.changes.append(
                {csv::fieldName(Field::Published), yesNo(x.published), yesNo(*published)});
        }
    }

    // Email (an empty cell clears it).
    const int cEmail = d.column(Field::Email);
    if (cEmail >= 0) {
        const QString email = cellOf(rec, cEmail);
        if (!rules::isValidEmail(email))
            err(Field::Email, email.left(260), refusal::emailInvalid(email));
        else if (email != x.email) {
            c.email = email;
            c.changes.append({csv::fieldName(Field::Email), x.email, email});
        }
    }

    // Time zone (an empty cell means the customer's).
    const int cTz = d.column(Field::Timezone);
    if (cTz >= 0) {
        QString tz = cellOf(rec, cTz);
        if (tz.isEmpty())
            tz = s.timeZone;
        if (!d.zoneOk(tz))
            err(Field::Timezone, tz, refusal::rowTimeZoneInvalid(tz, s.timeZone));
        else if (tz != x.timeZone) {
            c.timeZone = tz;
            c.changes.append({csv::fieldName(Field::Timezone), x.timeZone, tz});
        }
    }

    // Status (an empty cell keeps it).
    bool badStatus = false;
    QString statusText;
    Field statusField = Field::Status;
    const auto active = rowActive(d, rec, &badStatus, &statusText, &statusField);
    if (badStatus)
        err(statusField, statusText, refusal::statusInvalid(statusText));
    else if (active && *active != x.active) {
        c.active = *active;
        c.changes.append(
            {csv::fieldName(Field::Status), activeText(x.active), activeText(*active)});
    }

    // Product (an empty cell keeps it).
    const int cProduct = d.column(Field::Product);
    const QString productText = cellOf(rec, cProduct);
    bool productFailed = false;
    const ProductInfo *product =
        productText.isEmpty() ? nullptr : d.productFor(rec.row, productText, &productFailed);

    // Hunt groups: exactly the groups the cell lists.
    const int cHunt = d.column(Field::Huntgroup);
    if (cHunt >= 0) {
        QList<const HuntGroupRef *> groups;
        if (d.huntGroupsFor(rec.row, cellOf(rec, cHunt), &groups)) {
            QList<qint64> now;
            for (const HuntGroupRef *g : groups)
                now << g->id;
            for (qint64 id : x.huntGroups)
                if (!now.contains(id))
                    c.leftHuntGroups << id;
            for (qint64 id : now)
                if (!x.huntGroups.contains(id))
                    c.joinedHuntGroups << id;
            if (!c.leftHuntGroups.isEmpty() || !c.joinedHuntGroups.isEmpty())
                c.changes.append({csv::fieldName(Field::Huntgroup),
                                  groupNames(s, x.huntGroups).join(QStringLiteral(", ")),
                                  groupNames(s, now).join(QStringLiteral(", "))});
        }
    }

    if (plan.errors.size() != errorsBefore)
        return;
    if (product && product->id != x.productId) {
        c.productId = product->id;
        c.changes.append({csv::fieldName(Field::Product), s.productsById.value(x.productId).name,
                          product->name});
        c.product = product->name;
        d.quotaClaims.append({rec.row, product->id, productText});
    }
    c.action = c.changes.isEmpty() ? RowAction::Unchanged : RowAction::Update;
    plan.changes.append(std::move(c));
}

void resolveWholeFile(State &d)
{
    const CustomerSnapshot &s = d.s;
    ImportPlan &plan = d.plan;
    const ChangeList &changes = plan.changes;
    QHash<qint64, qsizetype> changeOf; // i_account -> its row's change (index in plan.changes)
    // The extension a change was planned from (its product, status and fees before).
    auto existingOf = [&](qint64 iAccount) -> const OpenExtensions::Row * {
        return &s.openExtensions.row(s.openExtensions.indexOfAccount(iAccount));
    };

    // Rows refused at the end; repeat until nothing more is refused (a refused row frees
    // nothing, which may refuse another).
    for (int round = 0; round < 100; ++round) {
        changeOf.clear();
        if (!d.didClaims.isEmpty())
            for (qsizetype i = 0; i < changes.size(); ++i)
                if (!plan.rowsWithErrors.contains(changes.row(i)))
                    changeOf.insert(changes.iAccount(i), i);
        bool refusedMore = false;
        auto refuse = [&](int row, Field f, const QString &value, Problem p) {
            d.addError(row, f, value, std::move(p));
            plan.rowsWithErrors.insert(row);
            refusedMore = true;
        };

        // A DID another account holds: free only if that account's row lets it go.
        for (const DidClaim &claim : d.didClaims) {
            if (plan.rowsWithErrors.contains(claim.row))
                continue;
            const qsizetype holder = changeOf.value(claim.holder, -1);
            if (holder < 0 || !changes.releasedDids(holder).contains(d.claimedDid(claim)))
                refuse(claim.row, Field::Dids, d.claimedRaw(claim),
                       refusal::didTakenForRow(d.claimedDid(claim)));
        }

        // Quantity: per product, what is in use, minus what valid rows free, plus what they take.
        QHash<qint64, int> freed;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (plan.rowsWithErrors.contains(changes.row(i)))
                continue;
            const OpenExtensions::Row *x = existingOf(changes.iAccount(i));
            const std::optional<qint64> productId = changes.productId(i);
            if (changes.action(i) == RowAction::Close || (productId && *productId != x->productId))
                ++freed[x->productId];
        }
        QHash<qint64, int> taking;
        for (QuotaLine &q : plan.quota) {
            q.adding = 0;
            q.freeing = freed.value(q.productId);
            q.exceeded = false;
        }
        for (const QuotaClaim &claim : d.quotaClaims) {
            if (plan.rowsWithErrors.contains(claim.row))
                continue;
            QuotaLine &q = plan.quota[d.quotaIndex.value(claim.productId)];
            const int free = freed.value(claim.productId);
            if (q.quantity && q.inUse - free + q.adding + 1 > *q.quantity) {
                q.exceeded = true;
                refuse(claim.row, Field::Product, claim.productText,
                       refusal::rowQuantityExceededAfterFrees(*q.quantity, q.product, q.inUse, free,
                                                              q.adding));
            } else {
                ++q.adding;
            }
        }
        if (!refusedMore)
            break;
    }

    // Drop the refused rows; the charges after the file.
    auto refused = [&](int row) { return plan.rowsWithErrors.contains(row); };
    plan.accounts.erase(std::remove_if(plan.accounts.begin(), plan.accounts.end(),
                                       [&](const PlannedAccount &a) { return refused(a.row); }),
                        plan.accounts.end());
    plan.changes.removeRows(refused);
    qint64 charges = plan.chargesBefore;
    for (const PlannedAccount &a : plan.accounts)
        if (a.active)
            charges += s.productsById.value(a.productId).feeOrZero();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const OpenExtensions::Row *x = existingOf(changes.iAccount(i));
        const qint64 before = monthlyOf(s, x->productId, x->active, x->blocked, x->addonFees);
        const qint64 after =
            changes.action(i) == RowAction::Close
                ? 0
                : monthlyOf(s, changes.productId(i).value_or(x->productId),
                            changes.active(i).value_or(x->active), x->blocked, x->addonFees);
        charges += after - before;
    }
    plan.chargesAfter = charges;
    std::stable_sort(plan.errors.begin(), plan.errors.end(),
                     [](const Problem &a, const Problem &b) { return a.row < b.row; });
}

} // namespace ad::planner
