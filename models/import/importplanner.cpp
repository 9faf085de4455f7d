#include "import/importplanner.h"

#include "domain/filerefusals.h"
#include "domain/money.h"
#include "domain/rules.h"
#include "import/plannerstate.h"

#include <QHash>

namespace ad {

using csv::Field;

using namespace planner;

namespace {

const QString &cell(const csv::Record &r, int col)
{
    static const QString kEmpty;
    return col >= 0 && col < r.fields.size() ? r.fields.at(col) : kEmpty;
}

// The action a row asks for; nullopt when the cell says nothing this program knows.
std::optional<RowAction> parseAction(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("add") || t == QLatin1String("new") ||
        t == QLatin1String("create"))
        return RowAction::Add;
    if (t == QLatin1String("update") || t == QLatin1String("edit") || t == QLatin1String("modify"))
        return RowAction::Update;
    if (t == QLatin1String("delete") || t == QLatin1String("del") || t == QLatin1String("remove") ||
        t == QLatin1String("close"))
        return RowAction::Close;
    return std::nullopt;
}

} // namespace

// The planner's state lives in plannerstate.h (shared with changeplanner.cpp).
struct ImportPlanner::State : planner::State {
    using planner::State::State;
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

    if (s.keys.loaded) {
        d->keys = &s.keys; // held once, by the snapshot
    } else {
        d->ownKeys = s.keysFromStrings();
        d->keys = &d->ownKeys;
    }
    for (const QString &n : s.huntGroupNumbers)
        if (rules::isValidExtensionNumber(n))
            d->huntGroupKeys.insert(digitKey(n));
    d->idPrefix = rules::extensionAccountId(s.iCustomer, QString());
    for (auto it = s.huntGroupsByFoldedName.constBegin(); it != s.huntGroupsByFoldedName.constEnd();
         ++it)
        d->huntGroupPositions.insert(it->id, it->lastPosition);
    std::fill(std::begin(d->col), std::end(d->col), -1);
}

ImportPlanner::~ImportPlanner() = default;

void ImportPlanner::begin(const QList<csv::Field> &columns)
{
    csv::ReadResult header;
    header.columns = columns;
    begin(header);
}

void ImportPlanner::begin(const csv::ReadResult &read)
{
    std::fill(std::begin(d->col), std::end(d->col), -1);
    for (int i = 0; i < read.columns.size(); ++i) {
        const Field f = read.columns.at(i);
        if (f != Field::Ignored && d->col[int(f)] < 0)
            d->col[int(f)] = i;
    }
    d->header = read.header;
    d->mayFree = d->options.updateExisting || d->column(Field::Action) >= 0;
    // First and last name make the name only when the file has no Name column.
    if (d->column(Field::Name) >= 0) {
        for (Field f : {Field::FirstName, Field::LastName}) {
            const int c = d->column(f);
            if (c < 0)
                continue;
            Problem w = refusal::firstLastIgnored(read.header.value(c));
            w.field = read.header.value(c);
            w.column = read.header.value(c);
            w.columnIndex = c;
            d->plan.warnings.append(w);
            d->col[int(f)] = -1;
        }
    } else if (d->column(Field::FirstName) >= 0 || d->column(Field::LastName) >= 0) {
        d->namesJoined = true;
    }
}

// The row's name: the Name column, else "First Last"; *present: the file says a name at all.
static QString nameOf(const planner::State &d, const csv::Record &rec, bool *present)
{
    const int cName = d.column(Field::Name);
    *present = true;
    if (cName >= 0)
        return cell(rec, cName);
    const int cFirst = d.column(Field::FirstName), cLast = d.column(Field::LastName);
    if (cFirst < 0 && cLast < 0) {
        *present = false;
        return QString();
    }
    const QString first = cell(rec, cFirst).simplified(), last = cell(rec, cLast).simplified();
    if (first.isEmpty() || last.isEmpty())
        return first + last;
    return first + QLatin1Char(' ') + last;
}

// The row's status, if its Status or Disabled cell says one (nullopt: empty; *bad: invalid).
std::optional<bool> planner::rowActive(const planner::State &d, const csv::Record &rec, bool *bad,
                                       QString *text, Field *field)
{
    *bad = false;
    for (Field f : {Field::Status, Field::Disabled}) {
        const int c = d.column(f);
        if (c < 0)
            continue;
        const QString t = cell(rec, c).trimmed();
        *text = t;
        *field = f;
        if (t.isEmpty())
            return std::nullopt;
        const QString l = t.toLower();
        if (f == Field::Status) {
            if (l == QLatin1String("active") || l == QLatin1String("enabled"))
                return true;
            if (l == QLatin1String("inactive") || l == QLatin1String("disabled"))
                return false;
        }
        const auto b = rules::parseBoolean(t);
        if (!b) {
            *bad = true;
            return std::nullopt;
        }
        return f == Field::Disabled ? !*b : *b;
    }
    return std::nullopt;
}

const QString &planner::cellOf(const csv::Record &r, int col)
{
    return cell(r, col);
}

QString planner::rowName(const planner::State &d, const csv::Record &rec, bool *present)
{
    return nameOf(d, rec, present);
}

void ImportPlanner::add(const QList<csv::Record> &records)
{
    State &st = *d;
    const CustomerSnapshot &s = st.s;
    ImportPlan &plan = st.plan;
    const int cExt = st.column(Field::ExtensionNumber), cDids = st.column(Field::Dids),
              cPub = st.column(Field::Published), cEmail = st.column(Field::Email),
              cTz = st.column(Field::Timezone), cProduct = st.column(Field::Product),
              cHunt = st.column(Field::Huntgroup), cAction = st.column(Field::Action);
    // Reserve only for the first batch (or a whole file): reserving again for every batch
    // would reallocate each time.
    if (st.rows == 0) {
        plan.accounts.reserve(records.size());
        st.firstRowOfExtension.reserve(records.size());
    }
    st.rows += records.size();

    for (const csv::Record &rec : records) {
        if (!rec.malformed.isEmpty()) {
            Problem p = refusal::rowMalformed(rec.malformed);
            p.row = rec.row;
            plan.errors.append(p);
            plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        const int errorsBefore = plan.errors.size();
        auto failed = [&] { return plan.errors.size() != errorsBefore; };
        auto err = [&](Field f, const QString &v, Problem p) {
            st.addError(rec.row, f, v, std::move(p));
        };

        // Action.
        RowAction action = RowAction::Add;
        bool actionGiven = false;
        if (cAction >= 0) {
            const QString text = cell(rec, cAction);
            const auto parsed = parseAction(text);
            if (!parsed) {
                err(Field::Action, text, refusal::actionInvalid(text));
                plan.rowsWithErrors.insert(rec.row);
                continue;
            }
            action = *parsed;
            actionGiven = !text.trimmed().isEmpty();
        }

        // Extension number.
        PlannedAccount a;
        a.row = rec.row;
        const QString ext = cell(rec, cExt);
        int existing = -1; // its index in s.openExtensions
        if (ext.isEmpty()) {
            err(Field::ExtensionNumber, ext, refusal::extensionMissing());
        } else if (!rules::isValidExtensionNumber(ext)) {
            err(Field::ExtensionNumber, ext, refusal::extensionInvalid(ext));
        } else {
            const quint64 key = digitKey(ext);
            auto first = st.firstRowOfExtension.constFind(key);
            if (first != st.firstRowOfExtension.constEnd()) {
                err(Field::ExtensionNumber, ext, refusal::extensionDuplicate(ext, *first));
            } else {
                st.firstRowOfExtension.insert(key, rec.row);
                existing = st.keys->openByKey.value(key, -1);
                if (action == RowAction::Add && existing >= 0 && st.options.updateExisting &&
                    !actionGiven) {
                    action = RowAction::Update;
                } else if (action != RowAction::Add) {
                    if (existing < 0)
                        err(Field::ExtensionNumber, ext, refusal::extensionUnknown(s.name, ext));
                } else if (existing >= 0) {
                    err(Field::ExtensionNumber, ext,
                        st.options.singleEntry ? refusal::extensionExists(s.name, ext)
                                               : refusal::updateExistingNeeded(s.name, ext));
                } else {
                    a.accountId = st.idPrefix + ext;
                    if (st.keys->extensionKeys.contains(key))
                        err(Field::ExtensionNumber, ext, refusal::extensionExists(s.name, ext));
                    else if (st.huntGroupKeys.contains(key))
                        err(Field::ExtensionNumber, ext,
                            refusal::extensionIsHuntGroup(s.name, ext));
                    else if (st.keys->takenKeys.contains(key))
                        err(Field::ExtensionNumber, ext, refusal::accountIdTaken(a.accountId));
                }
            }
        }
        if (action != RowAction::Add) {
            if (existing >= 0 && !failed())
                planChange(st, rec, s.openExtensions.at(existing), action);
            if (failed())
                plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        a.extension = ext;

        // Name.
        bool namePresent = false;
        a.name = nameOf(st, rec, &namePresent);
        if (!rules::isValidName(a.name))
            err(Field::Name, a.name.left(120), refusal::rowNameInvalid(a.name));

        // DIDs.
        a.dids = st.didsFor(rec.row, cell(rec, cDids), 0);

        // Published.
        const QString pub = cell(rec, cPub);
        const auto published = rules::parsePublished(pub);
        if (!published)
            err(Field::Published, pub, refusal::publishedInvalid(pub));
        else
            a.published = *published;

        // Email.
        a.email = cell(rec, cEmail);
        if (!rules::isValidEmail(a.email))
            err(Field::Email, a.email.left(260), refusal::emailInvalid(a.email));

        // Time zone.
        const QString tz = cell(rec, cTz);
        if (tz.isEmpty()) {
            a.timeZone = s.timeZone;
        } else if (tz == st.lastZone) {
            a.timeZone = st.lastZone;
        } else if (!st.zoneOk(tz)) {
            err(Field::Timezone, tz, refusal::rowTimeZoneInvalid(tz, s.timeZone));
        } else {
            a.timeZone = tz;
            st.lastZone = tz;
        }

        // Status (a Status or Disabled column overrides the file-wide choice for its row).
        bool badStatus = false;
        QString statusText;
        Field statusField = Field::Status;
        const auto rowStatus = rowActive(st, rec, &badStatus, &statusText, &statusField);
        if (badStatus)
            err(statusField, statusText, refusal::statusInvalid(statusText));

        // Product.
        const QString productText = cell(rec, cProduct);
        bool productFailed = false;
        const ProductInfo *product = st.productFor(rec.row, productText, &productFailed);

        // Hunt groups.
        QList<const HuntGroupRef *> groups;
        st.huntGroupsFor(rec.row, cell(rec, cHunt), &groups);

        // Quota: only a row without any other error consumes it. When the file may also free
        // quantity (updates, closes), the whole file decides at the end.
        if (!failed() && product) {
            if (st.mayFree) {
                st.quotaClaims.append({rec.row, product->id, productText});
            } else {
                QuotaLine &q = plan.quota[st.quotaIndex.value(product->id)];
                if (q.exceeded || (q.quantity && q.inUse + q.adding + 1 > *q.quantity)) {
                    q.exceeded = true;
                    err(Field::Product, productText,
                        refusal::rowQuantityExceeded(*q.quantity, product->name, q.inUse,
                                                     q.adding));
                } else {
                    ++q.adding;
                }
            }
        }

        if (failed()) {
            plan.rowsWithErrors.insert(rec.row);
            continue;
        }
        a.productId = product->id;
        a.product = product->name;
        // The self-care path of a customer whose self-care accounts start inactive: inactive,
        // whatever the row says (activating is the administrator's check).
        a.active = !st.s.newAccountsInactive() && rowStatus.value_or(!st.options.inactive);
        for (const HuntGroupRef *g : groups) {
            const int position = ++st.huntGroupPositions[g->id];
            if (!a.huntGroupId) {
                a.huntGroupId = g->id;
                a.huntGroup = g->name;
                a.huntGroupPosition = position;
            } else {
                a.moreHuntGroups.append({g->id, position});
                a.huntGroup += QStringLiteral(", ") + g->name;
            }
        }
        if (a.active && !st.mayFree)
            plan.chargesAfter += product->feeOrZero();
        plan.accounts.append(std::move(a));
    }
}

const QList<PlannedAccount> &ImportPlanner::plannedSoFar() const
{
    return d->plan.accounts;
}

QList<PlannedAccount> ImportPlanner::takePlanned()
{
    if (d->mayFree)
        return {};
    QList<PlannedAccount> taken = std::move(d->plan.accounts);
    d->plan.accounts = QList<PlannedAccount>();
    d->plan.accountsHandedOver += int(taken.size());
    return taken;
}

const ChangeList &ImportPlanner::changesSoFar() const
{
    return d->plan.changes;
}

bool ImportPlanner::errorsSoFar() const
{
    return d->plan.hasErrors();
}

ImportPlan ImportPlanner::finish(const csv::ReadResult &read)
{
    if (d->mayFree && read.fileErrors.isEmpty() && !read.cancelled)
        resolveWholeFile(*d);
    ImportPlan plan = std::move(d->plan);
    // The file's own header for each row problem (rows planned on the reading thread's batches
    // knew the columns but not yet the header text).
    for (Problem &p : plan.errors) {
        if (p.row == 0 || p.field.isEmpty())
            continue;
        if (p.columnIndex < 0)
            for (int i = 0; i < read.columns.size(); ++i)
                if (read.columns.at(i) != Field::Ignored &&
                    csv::fieldName(read.columns.at(i)) == p.field) {
                    p.columnIndex = i;
                    break;
                }
        if (p.columnIndex >= 0 && p.column.isEmpty())
            p.column = read.header.value(p.columnIndex);
    }
    const QList<Problem> ownWarnings = plan.warnings;
    plan.warnings = read.warnings + ownWarnings;
    if (d->namesJoined && read.fileErrors.isEmpty()) {
        const int cFirst = d->column(Field::FirstName), cLast = d->column(Field::LastName);
        plan.warnings.append(refusal::namesJoined(
            cFirst >= 0 ? d->header.value(cFirst) : csv::fieldName(Field::FirstName),
            cLast >= 0 ? d->header.value(cLast) : csv::fieldName(Field::LastName)));
    }
    if (!read.fileErrors.isEmpty() || read.cancelled) {
        // The file as a whole is refused: no row is planned.
        plan.errors = read.fileErrors;
        plan.accounts.clear();
        plan.accountsHandedOver = 0;
        plan.changes.clear();
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
