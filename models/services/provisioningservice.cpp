#include "services/provisioningservice.h"

#include "storage/accountwriter.h"
#include "storage/database.h"
#include "domain/csvcolumns.h"
#include "domain/money.h"
#include "domain/rules.h"
#include "import/importplanner.h"
#include "storage/listingrepository.h"
#include "storage/snapshotrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <pwd.h>
#include <unistd.h>

namespace ad {

namespace {

QString quantityText(std::optional<int> q)
{
    return q ? QString::number(*q) : QStringLiteral("Unlimited");
}

Status customerUnknown(const QString &spec)
{
    return Status::refused(QStringLiteral("customer_unknown"),
                           QCoreApplication::translate("ad::ProvisioningService", "There is no customer \"%1\" (give the i_customer number or the exact name).").arg(spec),
                           QStringLiteral("customer"), spec);
}

Status accountUnknown(const QString &id)
{
    return Status::refused(QStringLiteral("account_unknown"), QCoreApplication::translate("ad::ProvisioningService", "There is no account %1.").arg(id),
                           QStringLiteral("account"), id);
}
} // namespace

QString Actor::osLogin()
{
    for (const char *var : {"AGREEMENTDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

ProvisioningService::ProvisioningService(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor))
{
    if (m_actor.user.isEmpty())
        m_actor.user = Actor::osLogin();
}

Status ProvisioningService::inTransaction(qint64 iCustomer, const std::function<Status()> &body)
{
    Status st = m_db.beginWrite();
    if (!st.ok())
        return st;
    if (iCustomer > 0) {
        QSqlQuery q;
        st = m_db.exec(QStringLiteral("SELECT i_customer FROM customer WHERE i_customer = ?"), {iCustomer}, &q);
        if (st.ok() && !q.next())
            st = customerUnknown(QString::number(iCustomer));
        q.finish();
        if (st.ok())
            st = m_db.lockCustomer(iCustomer);
        if (!st.ok()) {
            m_db.rollback();
            return st;
        }
    }
    st = body();
    if (!st.ok()) {
        m_db.rollback();
        return st;
    }
    return m_db.commit();
}

Status ProvisioningService::audit(qint64 c, const QString &action, const QString &object, const QString &oldValue,
                                  const QString &newValue, qint64 *id)
{
    QSqlQuery q;
    const QString sql = QStringLiteral("INSERT INTO audit (at, who, i_customer, action, object, old_value, new_value)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?)") +
                        (m_db.isPostgres() ? QStringLiteral(" RETURNING i_audit") : QString());
    Status st = m_db.exec(sql,
                          {Database::nowUtc(), m_actor.user + (m_actor.asCustomer ? QStringLiteral(" (as customer)") : QString()),
                           c > 0 ? QVariant(c) : QVariant(QMetaType(QMetaType::LongLong)), action,
                           rules::nonNull(object), rules::nonNull(oldValue), rules::nonNull(newValue)},
                          &q);
    if (!st.ok())
        return st;
    if (id) {
        if (m_db.isPostgres())
            *id = q.next() ? q.value(0).toLongLong() : 0;
        else
            *id = q.lastInsertId().toLongLong();
    }
    return {};
}

// ---------------------------------------------------------------- reading

Status ProvisioningService::customers(QList<CustomerInfo> *out, const QString &filter)
{
    // Every customer, by name: the listing the window pages through, in one page.
    return ListingRepository(m_db).customersPage(filter, ListingRepository::CustomerOrder::Name, true, 0,
                                                std::numeric_limits<int>::max(), out);
}

Status ProvisioningService::customer(qint64 iCustomer, CustomerInfo *out)
{
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT c.i_customer, c.name, c.currency, c.time_zone,"
                                         " (SELECT coalesce(sum(l.in_use), 0) FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                       "   WHERE l.i_customer = c.i_customer AND p.kind = 'main')"
                                         " FROM customer c WHERE c.i_customer = ?"),
                          {iCustomer}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return customerUnknown(QString::number(iCustomer));
    out->id = q.value(0).toLongLong();
    out->name = q.value(1).toString();
    out->currency = q.value(2).toString();
    out->timeZone = q.value(3).toString();
    out->accounts = q.value(4).toInt();
    return {};
}

Status ProvisioningService::findCustomer(const QString &spec, CustomerInfo *out)
{
    const QString s = spec.trimmed();
    bool isNumber = false;
    const qint64 id = s.toLongLong(&isNumber);
    if (isNumber) {
        Status st = customer(id, out);
        if (st.ok() || st.firstCode() != QLatin1String("customer_unknown"))
            return st;
    }
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT i_customer FROM customer WHERE name = ?"), {s}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return customerUnknown(spec);
    return customer(q.value(0).toLongLong(), out);
}

Status ProvisioningService::products(QList<ProductInfo> *out) { return SnapshotRepository(m_db).products(out); }

Status ProvisioningService::snapshot(qint64 c, CustomerSnapshot *out) { return SnapshotRepository(m_db).load(c, out); }

Status ProvisioningService::monthlyCharges(qint64 c, qint64 *minor)
{
    return SnapshotRepository(m_db).monthlyCharges(c, minor);
}

Status ProvisioningService::agreement(qint64 c, QList<AgreementLineInfo> *out)
{
    CustomerInfo info;
    Status st = customer(c, &info);
    if (!st.ok())
        return st;
    QSqlQuery q;
    st = m_db.exec(QStringLiteral("SELECT p.i_product, p.name, p.kind, p.fee, p.currency, l.quantity, l.in_use"
                                  " FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                                  " WHERE l.i_customer = ? ORDER BY p.kind DESC, p.name"),
                   {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next()) {
        AgreementLineInfo l;
        l.product.id = q.value(0).toLongLong();
        l.product.name = q.value(1).toString();
        l.product.isMain = q.value(2).toString() == QLatin1String("main");
        if (!q.value(3).isNull())
            l.product.fee = q.value(3).toLongLong();
        l.product.currency = q.value(4).toString();
        if (!q.value(5).isNull())
            l.quantity = q.value(5).toInt();
        l.inUse = q.value(6).toInt();
        out->append(l);
    }
    return {};
}

Status ProvisioningService::accounts(qint64 c, QList<AccountInfo> *out)
{
    CustomerInfo info;
    Status st = customer(c, &info);
    if (!st.ok())
        return st;
    QSqlQuery q;
    st = m_db.exec(ListingRepository::accountColumns() + QStringLiteral(" WHERE a.i_customer = ?"), {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    QHash<qint64, int> index;
    QList<qint64> aaSeq;
    while (q.next()) {
        const AccountInfo a = ListingRepository::accountFromRow(q);
        aaSeq << (q.value(9).isNull() ? 0 : q.value(9).toLongLong());
        index.insert(a.iAccount, out->size());
        out->append(a);
    }
    // Add-ons, DIDs and hunt groups of the whole customer: one query each.
    st = m_db.exec(QStringLiteral("SELECT x.i_account, p.name FROM account_addon x"
                                  " JOIN account a ON a.i_account = x.i_account"
                                  " JOIN product p ON p.i_product = x.i_product WHERE a.i_customer = ? ORDER BY p.name"),
                   {c}, &q);
    if (!st.ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].addons << q.value(1).toString();
    st = m_db.exec(QStringLiteral("SELECT i_account, number FROM did WHERE i_customer = ? AND i_account IS NOT NULL"
                                  " ORDER BY number"),
                   {c}, &q);
    if (!st.ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].dids << q.value(1).toString();
    st = m_db.exec(QStringLiteral("SELECT e.i_account, h.name FROM hunt_group_member m"
                                  " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                  " JOIN extension e ON e.i_extension = m.i_extension"
                                  " WHERE h.i_customer = ? ORDER BY h.name"),
                   {c}, &q);
    if (!st.ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].huntGroups << q.value(1).toString();

    // Auto attendants first, then extensions by number, then other accounts by ID.
    QList<int> order(out->size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    auto rank = [](const QString &kind) {
        return kind == QLatin1String("auto_attendant") ? 0 : kind == QLatin1String("extension") ? 1 : 2;
    };
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        const AccountInfo &a = out->at(l);
        const AccountInfo &b = out->at(r);
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        if (a.kind == QLatin1String("auto_attendant"))
            return aaSeq.at(l) < aaSeq.at(r);
        if (a.kind == QLatin1String("extension")) {
            if (a.number.size() != b.number.size())
                return a.number.size() < b.number.size();
            return a.number < b.number;
        }
        return a.id < b.id;
    });
    QList<AccountInfo> sorted;
    sorted.reserve(out->size());
    for (int i : order)
        sorted.append(out->at(i));
    *out = sorted;
    return {};
}

Status ProvisioningService::account(const QString &accountId, AccountInfo *out, qint64 *iCustomer)
{
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    bool found = false;
    st = ListingRepository(m_db).accountById(accountId.trimmed(), out, &found);
    if (!st.ok())
        return st;
    if (!found)
        return accountUnknown(accountId);
    if (iCustomer)
        *iCustomer = row.iCustomer;
    return {};
}

Status ProvisioningService::dids(qint64 c, QList<DidInfo> *out)
{
    CustomerInfo info;
    Status st = customer(c, &info);
    if (!st.ok())
        return st;
    QSqlQuery q;
    st = m_db.exec(QStringLiteral("SELECT d.number, a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
                                  " WHERE d.i_customer = ? ORDER BY d.number"),
                   {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

Status ProvisioningService::inventoryDids(QStringList *out)
{
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT number FROM did WHERE i_customer IS NULL ORDER BY number"), {}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append(q.value(0).toString());
    return {};
}

Status ProvisioningService::huntGroups(qint64 c, QList<HuntGroupInfo> *out)
{
    CustomerInfo info;
    Status st = customer(c, &info);
    if (!st.ok())
        return st;
    QSqlQuery q;
    st = m_db.exec(QStringLiteral("SELECT i_hunt_group, name, number, sequence FROM hunt_group WHERE i_customer = ?"
                                  " ORDER BY name_key"),
                   {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    QHash<qint64, int> index;
    while (q.next()) {
        HuntGroupInfo h;
        h.id = q.value(0).toLongLong();
        h.name = q.value(1).toString();
        h.number = q.value(2).toString();
        h.sequence = q.value(3).toString();
        index.insert(h.id, out->size());
        out->append(h);
    }
    st = m_db.exec(QStringLiteral("SELECT m.i_hunt_group, e.number FROM hunt_group_member m"
                                  " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                  " JOIN extension e ON e.i_extension = m.i_extension"
                                  " WHERE h.i_customer = ? ORDER BY m.i_hunt_group, m.position"),
                   {c}, &q);
    if (!st.ok())
        return st;
    while (q.next())
        (*out)[index.value(q.value(0).toLongLong())].members << q.value(1).toString();
    return {};
}

Status ProvisioningService::history(qint64 c, QList<AuditEntry> *out, const QString &filter, int limit)
{
    CustomerInfo info;
    Status st = customer(c, &info);
    if (!st.ok())
        return st;
    QSqlQuery q;
    const QString f = QStringLiteral("%") + filter.trimmed().toLower() + QStringLiteral("%");
    st = m_db.exec(QStringLiteral("SELECT i_audit, at, who, action, object, old_value, new_value FROM audit"
                                  " WHERE i_customer = ? AND (lower(action) LIKE ? OR lower(object) LIKE ?"
                                  "   OR lower(who) LIKE ? OR lower(new_value) LIKE ? OR lower(old_value) LIKE ?)"
                                  " ORDER BY i_audit DESC LIMIT ?"),
                   {c, f, f, f, f, f, limit > 0 ? limit : std::numeric_limits<int>::max()}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return {};
}

// ---------------------------------------------------------------- customers

Status ProvisioningService::addCustomer(const QString &name, const QString &currency, const QString &timeZone,
                                        qint64 *iCustomer)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 200 || !rules::isValidName(n.left(100)))
        return Status::refused(QStringLiteral("customer_name_invalid"),
                               QCoreApplication::translate("ad::ProvisioningService", "A customer name needs 1 to 200 characters, without control characters."),
                               QStringLiteral("name"), name);
    const QString cur = currency.trimmed().toUpper();
    if (cur.size() != 3 || !std::all_of(cur.begin(), cur.end(), [](QChar ch) { return ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'); }))
        return Status::refused(QStringLiteral("currency_invalid"),
                               QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not an ISO 4217 currency code such as USD or EUR.").arg(currency),
                               QStringLiteral("currency"), currency);
    if (!rules::isValidTimeZone(timeZone))
        return Status::refused(QStringLiteral("timezone_invalid"),
                               QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a time zone; use an IANA name such as Europe/Kyiv.").arg(timeZone),
                               QStringLiteral("timezone"), timeZone);
    return inTransaction(0, [&]() -> Status {
        QSqlQuery q;
        Status st = m_db.exec(QStringLiteral("SELECT 1 FROM customer WHERE name = ?"), {n}, &q);
        if (!st.ok())
            return st;
        if (q.next())
            return Status::refused(QStringLiteral("customer_exists"), QCoreApplication::translate("ad::ProvisioningService", "A customer called \"%1\" already exists.").arg(n),
                                   QStringLiteral("name"), n);
        const QString sql = QStringLiteral("INSERT INTO customer (name, currency, time_zone) VALUES (?, ?, ?)") +
                            (m_db.isPostgres() ? QStringLiteral(" RETURNING i_customer") : QString());
        st = m_db.exec(sql, {n, cur, timeZone}, &q);
        if (!st.ok())
            return st;
        const qint64 id = m_db.isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
        if (iCustomer)
            *iCustomer = id;
        return audit(id, QStringLiteral("customer.add"), n, QString(),
                     QStringLiteral("currency %1, time zone %2").arg(cur, timeZone));
    });
}

// ---------------------------------------------------------------- agreement

Status ProvisioningService::findProduct(const QString &name, ProductInfo *out)
{
    QList<ProductInfo> all;
    Status st = products(&all);
    if (!st.ok())
        return st;
    const QString key = name.simplified().toCaseFolded();
    for (const ProductInfo &p : all) {
        if (p.name.simplified().toCaseFolded() == key) {
            *out = p;
            return {};
        }
    }
    return Status::refused(QStringLiteral("product_unknown"), QCoreApplication::translate("ad::ProvisioningService", "There is no product called \"%1\".").arg(name),
                           QStringLiteral("product"), name);
}

Status ProvisioningService::agreementAdd(qint64 c, const QString &productName, std::optional<int> quantity)
{
    if (quantity && (*quantity < 1 || *quantity > rules::kMaxQuantity))
        return Status::refused(QStringLiteral("quantity_invalid"),
                               QCoreApplication::translate("ad::ProvisioningService", "A quantity is Unlimited or a whole number from 1 to 999,999."),
                               QStringLiteral("quantity"), QString::number(*quantity));
    return inTransaction(c, [&]() -> Status {
        ProductInfo p;
        Status st = findProduct(productName, &p);
        if (!st.ok())
            return st;
        QSqlQuery q;
        st = m_db.exec(QStringLiteral("SELECT 1 FROM agreement_line WHERE i_customer = ? AND i_product = ?"), {c, p.id}, &q);
        if (!st.ok())
            return st;
        if (q.next())
            return Status::refused(QStringLiteral("product_in_agreement"),
                                   QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is already in the agreement; change its quantity instead.").arg(p.name),
                                   QStringLiteral("product"), p.name);
        st = m_db.exec(QStringLiteral("INSERT INTO agreement_line (i_customer, i_product, quantity, in_use) VALUES (?, ?, ?, 0)"),
                       {c, p.id, quantity ? QVariant(*quantity) : QVariant(QMetaType(QMetaType::Int))});
        if (!st.ok())
            return st;
        return audit(c, QStringLiteral("agreement.add"), p.name, QString(), quantityText(quantity));
    });
}

Status ProvisioningService::agreementSetMany(qint64 c, const QList<QuantityChange> &changes)
{
    for (const auto &ch : changes)
        if (ch.quantity && (*ch.quantity < 1 || *ch.quantity > rules::kMaxQuantity))
            return Status::refused(QStringLiteral("quantity_invalid"),
                                   QCoreApplication::translate("ad::ProvisioningService", "A quantity is Unlimited or a whole number from 1 to 999,999."),
                                   ch.product, QString::number(*ch.quantity));
    return inTransaction(c, [&]() -> Status {
        QList<Problem> problems;
        struct Update {
            ProductInfo p;
            std::optional<int> oldQ, newQ;
        };
        QList<Update> updates;
        for (const auto &ch : changes) {
            ProductInfo p;
            Status st = findProduct(ch.product, &p);
            if (!st.ok()) {
                if (st.kind() != Status::Kind::Refused)
                    return st;
                problems += st.problems();
                continue;
            }
            QSqlQuery q;
            st = m_db.exec(QStringLiteral("SELECT quantity, in_use FROM agreement_line WHERE i_customer = ? AND i_product = ?"),
                           {c, p.id}, &q);
            if (!st.ok())
                return st;
            if (!q.next()) {
                problems.append({QStringLiteral("product_not_in_agreement"),
                                 QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not in the agreement; add it first.").arg(p.name), p.name, 0, p.name});
                continue;
            }
            const std::optional<int> oldQ = q.value(0).isNull() ? std::nullopt : std::optional<int>(q.value(0).toInt());
            const int inUse = q.value(1).toInt();
            if (ch.quantity && *ch.quantity < inUse) {
                problems.append({QStringLiteral("quantity_below_usage"),
                                 QCoreApplication::translate("ad::ProvisioningService", "%n account(s) use %1; the quantity cannot be %2.", nullptr, inUse)
                                     .arg(p.name)
                                     .arg(*ch.quantity),
                                 p.name, 0, QString::number(*ch.quantity)});
                continue;
            }
            updates.append({p, oldQ, ch.quantity});
        }
        if (!problems.isEmpty())
            return Status::refused(problems);
        for (const Update &u : updates) {
            if (u.oldQ == u.newQ)
                continue;
            Status st = m_db.exec(QStringLiteral("UPDATE agreement_line SET quantity = ? WHERE i_customer = ? AND i_product = ?"),
                                  {u.newQ ? QVariant(*u.newQ) : QVariant(QMetaType(QMetaType::Int)), c, u.p.id});
            if (!st.ok())
                return st;
            st = audit(c, QStringLiteral("agreement.set"), u.p.name, quantityText(u.oldQ), quantityText(u.newQ));
            if (!st.ok())
                return st;
        }
        return Status();
    });
}

Status ProvisioningService::agreementSet(qint64 c, const QString &product, std::optional<int> quantity)
{
    return agreementSetMany(c, {{product, quantity}});
}

Status ProvisioningService::agreementRemove(qint64 c, const QString &productName)
{
    return inTransaction(c, [&]() -> Status {
        ProductInfo p;
        Status st = findProduct(productName, &p);
        if (!st.ok())
            return st;
        QSqlQuery q;
        st = m_db.exec(QStringLiteral("SELECT quantity, in_use FROM agreement_line WHERE i_customer = ? AND i_product = ?"),
                       {c, p.id}, &q);
        if (!st.ok())
            return st;
        if (!q.next())
            return Status::refused(QStringLiteral("product_not_in_agreement"),
                                   QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not in the agreement.").arg(p.name), QStringLiteral("product"), p.name);
        const std::optional<int> oldQ = q.value(0).isNull() ? std::nullopt : std::optional<int>(q.value(0).toInt());
        const int inUse = q.value(1).toInt();
        if (inUse > 0)
            return Status::refused(QStringLiteral("product_in_use"),
                                   QCoreApplication::translate("ad::ProvisioningService", "%n account(s) use %1; close them or change their product before removing it "
                                      "from the agreement.", nullptr, inUse)
                                       .arg(p.name),
                                   QStringLiteral("product"), p.name);
        st = m_db.exec(QStringLiteral("DELETE FROM agreement_line WHERE i_customer = ? AND i_product = ?"), {c, p.id});
        if (!st.ok())
            return st;
        return audit(c, QStringLiteral("agreement.remove"), p.name, quantityText(oldQ), QString());
    });
}

// ---------------------------------------------------------------- accounts

Status ProvisioningService::planExtension(qint64 c, const ExtensionRequest &r, ImportPlan *plan)
{
    CustomerSnapshot s;
    Status st = snapshot(c, &s);
    if (!st.ok())
        return st;
    csv::ReadResult read;
    read.header = csv::templateHeader();
    read.columns = csv::allFields();
    read.headerRow = 1;
    csv::Record rec;
    rec.row = 0;
    rec.fields = QStringList{r.number.trimmed(), r.name.trimmed(), r.dids.join(QLatin1Char(',')),
                             r.published.trimmed(), r.email.trimmed(), r.timeZone.trimmed(),
                             r.product.trimmed(), r.huntGroup.trimmed()};
    read.records.append(rec);
    *plan = ImportPlanner::plan(s, read, PlanOptions{r.inactive});
    return {};
}

Status ProvisioningService::addExtension(qint64 c, const ExtensionRequest &r, CreatedAccount *out)
{
    return inTransaction(c, [&]() -> Status {
        ImportPlan plan;
        Status st = planExtension(c, r, &plan);
        if (!st.ok())
            return st;
        if (plan.hasErrors())
            return Status::refused(plan.errors);
        const PlannedAccount &a = plan.accounts.first();
        qint64 iAudit = 0;
        st = audit(c, QStringLiteral("extension.add"), a.accountId, QString(),
                   QStringLiteral("extension %1 \"%2\", %3, %4%5%6")
                       .arg(a.extension, a.name, a.product, a.active ? QStringLiteral("active") : QStringLiteral("inactive"),
                            a.dids.isEmpty() ? QString() : QStringLiteral(", DIDs ") + a.dids.join(QStringLiteral(" ")),
                            a.huntGroup.isEmpty() ? QString() : QStringLiteral(", hunt group ") + a.huntGroup),
                   &iAudit);
        if (!st.ok())
            return st;
        st = AccountWriter(m_db).write(c, plan.accounts, iAudit);
        if (!st.ok())
            return st;
        if (out) {
            out->accountId = a.accountId;
            out->product = a.product;
            out->status = a.active ? QStringLiteral("active") : QStringLiteral("inactive");
            out->dids = a.dids;
            out->huntGroup = a.huntGroup;
            out->chargesBefore = plan.chargesBefore;
            out->chargesAfter = plan.chargesAfter;
        }
        return Status();
    });
}

// Agreement gate and quantity for one new account of `productName` (rules 2 and 3).
Status ProvisioningService::checkCanCreate(const CustomerSnapshot &s, const QString &productName, ProductInfo *product)
{
    const auto found = s.productsByFoldedName.constFind(productName.simplified().toCaseFolded());
    if (productName.trimmed().isEmpty())
        return Status::refused(QStringLiteral("product_missing"), QCoreApplication::translate("ad::ProvisioningService", "Name the account's main product."),
                               QStringLiteral("product"));
    if (found == s.productsByFoldedName.constEnd())
        return Status::refused(QStringLiteral("product_unknown"), QCoreApplication::translate("ad::ProvisioningService", "There is no product called \"%1\".").arg(productName),
                               QStringLiteral("product"), productName);
    if (!found->isMain)
        return Status::refused(QStringLiteral("product_not_main"),
                               QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is an add-on; an account needs a main product.").arg(found->name),
                               QStringLiteral("product"), productName);
    const auto line = s.agreement.constFind(found->id);
    if (line == s.agreement.constEnd())
        return Status::refused(QStringLiteral("product_not_in_agreement"),
                               QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not in %2's agreement.").arg(found->name, s.name), QStringLiteral("product"),
                               productName);
    if (line->quantity && line->inUse + 1 > *line->quantity)
        return Status::refused(QStringLiteral("quantity_exceeded"),
                               QCoreApplication::translate("ad::ProvisioningService", "The agreement allows %1 account(s) with %2 and all are in use.")
                                   .arg(*line->quantity)
                                   .arg(found->name),
                               QStringLiteral("product"), productName);
    *product = *found;
    return {};
}

Status ProvisioningService::addAutoAttendant(qint64 c, const QString &productName, const QString &name,
                                             const QStringList &didTexts, bool inactive, CreatedAccount *out)
{
    return inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = snapshot(c, &s);
        if (!st.ok())
            return st;
        QList<Problem> problems;
        ProductInfo p;
        st = checkCanCreate(s, productName, &p);
        if (!st.ok())
            problems += st.problems();
        if (!rules::isValidName(name.trimmed()))
            problems.append({QStringLiteral("name_invalid"), QCoreApplication::translate("ad::ProvisioningService", "A name has at most 100 characters and no control characters."),
                             QStringLiteral("name"), 0, name});
        QStringList dids;
        for (const QString &raw : didTexts) {
            const auto d = rules::normaliseDid(raw);
            if (!d) {
                problems.append({QStringLiteral("did_invalid"), QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a DID number (6 to 15 digits).").arg(raw),
                                 QStringLiteral("did"), 0, raw});
            } else if (dids.contains(*d)) {
                problems.append({QStringLiteral("did_duplicate"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 is listed twice.").arg(*d), QStringLiteral("did"), 0, raw});
            } else if (!s.dids.contains(*d)) {
                problems.append({QStringLiteral("did_not_owned"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 has not been provided to %2.").arg(*d, s.name),
                                 QStringLiteral("did"), 0, raw});
            } else if (s.dids.value(*d) != 0) {
                problems.append({QStringLiteral("did_in_use"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 is already assigned to another account.").arg(*d),
                                 QStringLiteral("did"), 0, raw});
            } else {
                dids << *d;
            }
        }
        const QString id = rules::autoAttendantAccountId(c, s.nextAa);
        QSqlQuery q;
        st = m_db.exec(QStringLiteral("SELECT 1 FROM account WHERE id = ?"), {id}, &q);
        if (!st.ok())
            return st;
        if (q.next())
            problems.append({QStringLiteral("account_exists"), QCoreApplication::translate("ad::ProvisioningService", "The account %1 already exists.").arg(id),
                             QStringLiteral("account"), 0, id});
        if (!problems.isEmpty())
            return Status::refused(problems);

        const QString now = Database::nowUtc();
        qint64 iAudit = 0;
        st = audit(c, QStringLiteral("auto_attendant.add"), id, QString(),
                   QStringLiteral("\"%1\", %2, %3%4").arg(name.trimmed(), p.name,
                                                          inactive ? QStringLiteral("inactive") : QStringLiteral("active"),
                                                          dids.isEmpty() ? QString() : QStringLiteral(", DIDs ") + dids.join(QLatin1Char(' '))),
                   &iAudit);
        if (!st.ok())
            return st;
        const QString ins = QStringLiteral("INSERT INTO account (id, role, i_customer, i_product, status, blocked, created_at,"
                                           " activated_at, i_audit) VALUES (?, 'universal', ?, ?, ?, 'no', ?, ?, ?)") +
                            (m_db.isPostgres() ? QStringLiteral(" RETURNING i_account") : QString());
        st = m_db.exec(ins, {id, c, p.id, inactive ? QStringLiteral("inactive") : QStringLiteral("active"), now,
                             inactive ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now), iAudit},
                       &q);
        if (!st.ok())
            return st;
        const qint64 iAccount = m_db.isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
        st = m_db.exec(QStringLiteral("INSERT INTO extension (i_customer, kind, number, aa_seq, name, published, email,"
                                      " time_zone, i_account) VALUES (?, 'auto_attendant', NULL, ?, ?, 0, '', ?, ?)"),
                       {c, s.nextAa, rules::nonNull(name.trimmed()), s.timeZone, iAccount});
        if (!st.ok())
            return st;
        st = m_db.exec(QStringLiteral("UPDATE customer SET next_aa = ? WHERE i_customer = ?"), {s.nextAa + 1, c});
        if (!st.ok())
            return st;
        for (const QString &d : dids) {
            st = m_db.exec(QStringLiteral("UPDATE did SET i_account = ? WHERE number = ? AND i_customer = ? AND i_account IS NULL"),
                           {iAccount, d, c});
            if (!st.ok())
                return st;
        }
        if (out) {
            out->accountId = id;
            out->product = p.name;
            out->status = inactive ? QStringLiteral("inactive") : QStringLiteral("active");
            out->dids = dids;
            out->chargesBefore = s.monthlyCharges;
            out->chargesAfter = s.monthlyCharges + (inactive ? 0 : p.feeOrZero());
        }
        return Status();
    });
}

Status ProvisioningService::addGenericAccount(qint64 c, const QString &idText, const QString &productName, bool inactive,
                                              CreatedAccount *out)
{
    const QString id = idText.trimmed();
    return inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = snapshot(c, &s);
        if (!st.ok())
            return st;
        QList<Problem> problems;
        if (!rules::isValidGenericAccountId(id)) {
            problems.append({QStringLiteral("account_id_invalid"),
                             QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a valid account ID: use 1 to 64 letters, digits, '.', '-', '_' or '@', "
                                "not starting with \"ph\" and a digit (those IDs are generated for extensions).")
                                 .arg(id),
                             QStringLiteral("id"), 0, id});
        } else {
            QSqlQuery q;
            st = m_db.exec(QStringLiteral("SELECT 1 FROM account WHERE id = ?"), {id}, &q);
            if (!st.ok())
                return st;
            if (q.next())
                problems.append({QStringLiteral("account_exists"),
                                 QCoreApplication::translate("ad::ProvisioningService", "The account %1 already exists (it may be closed); an account ID is never reused.").arg(id),
                                 QStringLiteral("id"), 0, id});
        }
        ProductInfo p;
        st = checkCanCreate(s, productName, &p);
        if (!st.ok())
            problems += st.problems();
        if (!problems.isEmpty())
            return Status::refused(problems);
        qint64 iAudit = 0;
        st = audit(c, QStringLiteral("account.add"), id, QString(),
                   QStringLiteral("%1, %2").arg(p.name, inactive ? QStringLiteral("inactive") : QStringLiteral("active")), &iAudit);
        if (!st.ok())
            return st;
        const QString now = Database::nowUtc();
        st = m_db.exec(QStringLiteral("INSERT INTO account (id, role, i_customer, i_product, status, blocked, created_at,"
                                      " activated_at, i_audit) VALUES (?, 'universal', ?, ?, ?, 'no', ?, ?, ?)"),
                       {id, c, p.id, inactive ? QStringLiteral("inactive") : QStringLiteral("active"), now,
                        inactive ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now), iAudit});
        if (!st.ok())
            return st;
        if (out) {
            out->accountId = id;
            out->product = p.name;
            out->status = inactive ? QStringLiteral("inactive") : QStringLiteral("active");
            out->chargesBefore = s.monthlyCharges;
            out->chargesAfter = s.monthlyCharges + (inactive ? 0 : p.feeOrZero());
        }
        return Status();
    });
}

Status ProvisioningService::findAccountRow(const QString &accountId, AccountRow *row)
{
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT i_account, i_customer, i_product, status, blocked FROM account WHERE id = ?"),
                          {accountId.trimmed()}, &q);
    if (!st.ok())
        return st;
    if (!q.next())
        return accountUnknown(accountId);
    row->iAccount = q.value(0).toLongLong();
    row->iCustomer = q.value(1).toLongLong();
    row->iProduct = q.value(2).toLongLong();
    row->status = q.value(3).toString();
    row->blocked = q.value(4).toString();
    return {};
}

static Status accountClosed(const QString &id)
{
    return Status::refused(QStringLiteral("account_closed"), QCoreApplication::translate("ad::ProvisioningService", "The account %1 is closed.").arg(id),
                           QStringLiteral("account"), id);
}

static Status blockedByAdmin(const QString &id)
{
    return Status::refused(QStringLiteral("blocked_by_admin"),
                           QCoreApplication::translate("ad::ProvisioningService", "An administrator blocked %1; only an administrator can change it.").arg(id),
                           QStringLiteral("account"), id);
}

Status ProvisioningService::changeBlock(const QString &accountId, bool block)
{
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row); // re-read under the lock
        if (!st2.ok())
            return st2;
        if (row.status == QLatin1String("closed"))
            return accountClosed(accountId);
        const bool customer = m_actor.asCustomer;
        if (customer && row.blocked == QLatin1String("by_admin"))
            return blockedByAdmin(accountId);
        QString next;
        if (block) {
            next = customer ? QStringLiteral("by_customer") : QStringLiteral("by_admin");
            if (row.blocked == next)
                return Status::refused(QStringLiteral("already_blocked"), QCoreApplication::translate("ad::ProvisioningService", "%1 is already blocked.").arg(accountId),
                                       QStringLiteral("account"), accountId);
        } else {
            if (row.blocked == QLatin1String("no"))
                return Status::refused(QStringLiteral("not_blocked"), QCoreApplication::translate("ad::ProvisioningService", "%1 is not blocked.").arg(accountId),
                                       QStringLiteral("account"), accountId);
            next = QStringLiteral("no");
        }
        st2 = m_db.exec(QStringLiteral("UPDATE account SET blocked = ? WHERE i_account = ?"), {next, row.iAccount});
        if (!st2.ok())
            return st2;
        return audit(row.iCustomer, block ? QStringLiteral("account.block") : QStringLiteral("account.unblock"), accountId,
                     row.blocked, next);
    });
}

Status ProvisioningService::block(const QString &accountId) { return changeBlock(accountId, true); }
Status ProvisioningService::unblock(const QString &accountId) { return changeBlock(accountId, false); }

Status ProvisioningService::activate(const QString &accountId)
{
    if (m_actor.asCustomer)
        return Status::refused(QStringLiteral("admin_only"),
                               QCoreApplication::translate("ad::ProvisioningService", "Only an administrator can activate an account (it was created inactive for a check)."),
                               QStringLiteral("account"), accountId);
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row);
        if (!st2.ok())
            return st2;
        if (row.status == QLatin1String("closed"))
            return accountClosed(accountId);
        if (row.status == QLatin1String("active"))
            return Status::refused(QStringLiteral("already_active"), QCoreApplication::translate("ad::ProvisioningService", "%1 is already active.").arg(accountId),
                                   QStringLiteral("account"), accountId);
        st2 = m_db.exec(QStringLiteral("UPDATE account SET status = 'active', activated_at = ? WHERE i_account = ?"),
                        {Database::nowUtc(), row.iAccount});
        if (!st2.ok())
            return st2;
        return audit(row.iCustomer, QStringLiteral("account.activate"), accountId, row.status, QStringLiteral("active"));
    });
}

Status ProvisioningService::close(const QString &accountId)
{
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row);
        if (!st2.ok())
            return st2;
        if (row.status == QLatin1String("closed"))
            return accountClosed(accountId);
        if (m_actor.asCustomer && row.blocked == QLatin1String("by_admin"))
            return blockedByAdmin(accountId);
        QSqlQuery q;
        st2 = m_db.exec(QStringLiteral("SELECT number FROM did WHERE i_account = ? ORDER BY number"), {row.iAccount}, &q);
        if (!st2.ok())
            return st2;
        QStringList released;
        while (q.next())
            released << q.value(0).toString();
        st2 = m_db.exec(QStringLiteral("SELECT h.name FROM hunt_group_member m JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                                       " JOIN extension e ON e.i_extension = m.i_extension WHERE e.i_account = ?"),
                        {row.iAccount}, &q);
        if (!st2.ok())
            return st2;
        QStringList groups;
        while (q.next())
            groups << q.value(0).toString();
        if (!(st2 = m_db.exec(QStringLiteral("UPDATE did SET i_account = NULL WHERE i_account = ?"), {row.iAccount})).ok())
            return st2;
        if (!(st2 = m_db.exec(QStringLiteral("DELETE FROM hunt_group_member WHERE i_extension IN"
                                             " (SELECT i_extension FROM extension WHERE i_account = ?)"),
                              {row.iAccount}))
                 .ok())
            return st2;
        if (!(st2 = m_db.exec(QStringLiteral("UPDATE account SET status = 'closed', closed_at = ? WHERE i_account = ?"),
                              {Database::nowUtc(), row.iAccount}))
                 .ok())
            return st2;
        QString detail = QStringLiteral("closed");
        if (!released.isEmpty())
            detail += QStringLiteral("; DIDs released: ") + released.join(QLatin1Char(' '));
        if (!groups.isEmpty())
            detail += QStringLiteral("; removed from hunt groups: ") + groups.join(QStringLiteral(", "));
        return audit(row.iCustomer, QStringLiteral("account.close"), accountId, row.status, detail);
    });
}

Status ProvisioningService::addonAdd(const QString &accountId, const QString &productName)
{
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row);
        if (!st2.ok())
            return st2;
        if (row.status == QLatin1String("closed"))
            return accountClosed(accountId);
        if (m_actor.asCustomer && row.blocked == QLatin1String("by_admin"))
            return blockedByAdmin(accountId);
        CustomerSnapshot s;
        if (!(st2 = snapshot(row.iCustomer, &s)).ok())
            return st2;
        const auto found = s.productsByFoldedName.constFind(productName.simplified().toCaseFolded());
        if (found == s.productsByFoldedName.constEnd())
            return Status::refused(QStringLiteral("product_unknown"), QCoreApplication::translate("ad::ProvisioningService", "There is no product called \"%1\".").arg(productName),
                                   QStringLiteral("product"), productName);
        if (found->isMain)
            return Status::refused(QStringLiteral("product_not_addon"),
                                   QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is a main product, not an add-on.").arg(found->name), QStringLiteral("product"),
                                   productName);
        const auto line = s.agreement.constFind(found->id);
        if (line == s.agreement.constEnd())
            return Status::refused(QStringLiteral("product_not_in_agreement"),
                                   QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not in %2's agreement.").arg(found->name, s.name), QStringLiteral("product"),
                                   productName);
        QSqlQuery q;
        if (!(st2 = m_db.exec(QStringLiteral("SELECT 1 FROM account_addon WHERE i_account = ? AND i_product = ?"),
                              {row.iAccount, found->id}, &q))
                 .ok())
            return st2;
        if (q.next())
            return Status::refused(QStringLiteral("addon_present"), QCoreApplication::translate("ad::ProvisioningService", "%1 already has %2.").arg(accountId, found->name),
                                   QStringLiteral("product"), productName);
        if (line->quantity && line->inUse + 1 > *line->quantity)
            return Status::refused(QStringLiteral("quantity_exceeded"),
                                   QCoreApplication::translate("ad::ProvisioningService", "The agreement allows %1 account(s) with %2 and all are in use.")
                                       .arg(*line->quantity)
                                       .arg(found->name),
                                   QStringLiteral("product"), productName);
        if (!(st2 = m_db.exec(QStringLiteral("INSERT INTO account_addon (i_account, i_product) VALUES (?, ?)"),
                              {row.iAccount, found->id}))
                 .ok())
            return st2;
        return audit(row.iCustomer, QStringLiteral("addon.add"), accountId, QString(), found->name);
    });
}

Status ProvisioningService::addonRemove(const QString &accountId, const QString &productName)
{
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row); // re-read under the lock
        if (!st2.ok())
            return st2;
        ProductInfo p;
        st2 = findProduct(productName, &p);
        if (!st2.ok())
            return st2;
        if (m_actor.asCustomer && row.blocked == QLatin1String("by_admin"))
            return blockedByAdmin(accountId);
        QSqlQuery q;
        if (!(st2 = m_db.exec(QStringLiteral("DELETE FROM account_addon WHERE i_account = ? AND i_product = ?"),
                              {row.iAccount, p.id}, &q))
                 .ok())
            return st2;
        if (q.numRowsAffected() != 1)
            return Status::refused(QStringLiteral("addon_absent"), QCoreApplication::translate("ad::ProvisioningService", "%1 does not have %2.").arg(accountId, p.name),
                                   QStringLiteral("product"), productName);
        return audit(row.iCustomer, QStringLiteral("addon.remove"), accountId, p.name, QString());
    });
}

// ---------------------------------------------------------------- DIDs

Status ProvisioningService::didAdd(qint64 c, const QStringList &specs, QStringList *added)
{
    QList<Problem> problems;
    QStringList numbers;
    QSet<QString> seen;
    for (const QString &spec : specs) {
        const int dots = spec.indexOf(QLatin1String(".."));
        if (dots >= 0) {
            const auto first = rules::normaliseDid(spec.left(dots));
            const auto last = rules::normaliseDid(spec.mid(dots + 2));
            if (!first || !last || first->size() != last->size() || *first > *last) {
                problems.append({QStringLiteral("did_range_invalid"),
                                 QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a range: write FIRST..LAST, two numbers of the same length, "
                                    "the first not above the last.").arg(spec),
                                 QStringLiteral("number"), 0, spec});
                continue;
            }
            const qint64 a = first->toLongLong();
            const qint64 b = last->toLongLong();
            if (b - a >= 10000) {
                problems.append({QStringLiteral("did_range_too_large"),
                                 QCoreApplication::translate("ad::ProvisioningService", "The range %1 holds %L2 numbers; give at most 10,000 at once.").arg(spec).arg(b - a + 1),
                                 QStringLiteral("number"), 0, spec});
                continue;
            }
            for (qint64 n = a; n <= b; ++n) {
                const QString num = QStringLiteral("%1").arg(n, int(first->size()), 10, QLatin1Char('0'));
                if (!seen.contains(num)) {
                    seen.insert(num);
                    numbers << num;
                }
            }
        } else {
            const auto d = rules::normaliseDid(spec);
            if (!d) {
                problems.append({QStringLiteral("did_invalid"),
                                 QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a DID number: use 6 to 15 digits.").arg(spec), QStringLiteral("number"), 0, spec});
                continue;
            }
            if (!seen.contains(*d)) {
                seen.insert(*d);
                numbers << *d;
            }
        }
    }
    if (!problems.isEmpty())
        return Status::refused(problems);
    if (numbers.isEmpty())
        return Status::usage(QStringLiteral("did_missing"), QCoreApplication::translate("ad::ProvisioningService", "Give at least one number or FIRST..LAST range."));
    return inTransaction(c, [&]() -> Status {
        QList<Problem> refusals;
        QStringList toInsert, toClaim;
        QSqlQuery q;
        for (const QString &n : numbers) {
            Status st = m_db.exec(QStringLiteral("SELECT i_customer FROM did WHERE number = ?"), {n}, &q);
            if (!st.ok())
                return st;
            if (!q.next()) {
                toInsert << n;
            } else if (q.value(0).isNull()) {
                toClaim << n;
            } else if (q.value(0).toLongLong() == c) {
                refusals.append({QStringLiteral("did_already_owned"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 already belongs to this customer.").arg(n),
                                 QStringLiteral("number"), 0, n});
            } else {
                refusals.append({QStringLiteral("did_owned_by_other"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 belongs to another customer.").arg(n),
                                 QStringLiteral("number"), 0, n});
            }
        }
        if (!refusals.isEmpty())
            return Status::refused(refusals);
        for (const QString &n : toClaim) {
            Status st = m_db.exec(QStringLiteral("UPDATE did SET i_customer = ? WHERE number = ? AND i_customer IS NULL"), {c, n});
            if (!st.ok())
                return st;
        }
        for (const QString &n : toInsert) {
            Status st = m_db.exec(QStringLiteral("INSERT INTO did (number, i_customer) VALUES (?, ?)"), {n, c});
            if (!st.ok())
                return st;
        }
        if (added)
            *added = numbers;
        const QString summary = numbers.size() > 3 ? QStringLiteral("%1 … %2 (%3 numbers)").arg(numbers.first(), numbers.last()).arg(numbers.size())
                                                   : numbers.join(QLatin1Char(' '));
        return audit(c, QStringLiteral("did.add"), summary, QString(),
                     QStringLiteral("%1 from the inventory, %2 new").arg(toClaim.size()).arg(toInsert.size()));
    });
}

Status ProvisioningService::didAssign(const QString &accountId, const QString &number)
{
    const auto d = rules::normaliseDid(number);
    if (!d)
        return Status::refused(QStringLiteral("did_invalid"), QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a DID number: use 6 to 15 digits.").arg(number),
                               QStringLiteral("number"), number);
    AccountRow row;
    Status st = findAccountRow(accountId, &row);
    if (!st.ok())
        return st;
    return inTransaction(row.iCustomer, [&]() -> Status {
        Status st2 = findAccountRow(accountId, &row);
        if (!st2.ok())
            return st2;
        if (row.status == QLatin1String("closed"))
            return accountClosed(accountId);
        QSqlQuery q;
        if (!(st2 = m_db.exec(QStringLiteral("SELECT d.i_customer, a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
                                             " WHERE d.number = ?"),
                              {*d}, &q))
                 .ok())
            return st2;
        if (!q.next() || q.value(0).isNull() || q.value(0).toLongLong() != row.iCustomer)
            return Status::refused(QStringLiteral("did_not_owned"),
                                   QCoreApplication::translate("ad::ProvisioningService", "DID %1 has not been provided to this customer; give it first (did add).").arg(*d),
                                   QStringLiteral("number"), *d);
        if (!q.value(1).isNull())
            return Status::refused(QStringLiteral("did_in_use"),
                                   QCoreApplication::translate("ad::ProvisioningService", "DID %1 is already assigned to %2; release it first.").arg(*d, q.value(1).toString()),
                                   QStringLiteral("number"), *d);
        if (!(st2 = m_db.exec(QStringLiteral("UPDATE did SET i_account = ? WHERE number = ? AND i_account IS NULL"),
                              {row.iAccount, *d}))
                 .ok())
            return st2;
        return audit(row.iCustomer, QStringLiteral("did.assign"), *d, QString(), accountId);
    });
}

Status ProvisioningService::didRelease(const QString &number, bool toInventory)
{
    const auto d = rules::normaliseDid(number);
    if (!d)
        return Status::refused(QStringLiteral("did_invalid"), QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a DID number: use 6 to 15 digits.").arg(number),
                               QStringLiteral("number"), number);
    QSqlQuery q;
    Status st = m_db.exec(QStringLiteral("SELECT i_customer FROM did WHERE number = ?"), {*d}, &q);
    if (!st.ok())
        return st;
    if (!q.next() || q.value(0).isNull())
        return Status::refused(QStringLiteral("did_unknown"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 does not belong to any customer.").arg(*d),
                               QStringLiteral("number"), *d);
    const qint64 c = q.value(0).toLongLong();
    q.finish();
    return inTransaction(c, [&]() -> Status {
        QSqlQuery r;
        Status st2 = m_db.exec(QStringLiteral("SELECT a.id FROM did d LEFT JOIN account a ON a.i_account = d.i_account"
                                              " WHERE d.number = ? AND d.i_customer = ?"),
                               {*d, c}, &r);
        if (!st2.ok())
            return st2;
        if (!r.next())
            return Status::refused(QStringLiteral("did_unknown"), QCoreApplication::translate("ad::ProvisioningService", "DID %1 changed owner in the meantime.").arg(*d),
                                   QStringLiteral("number"), *d);
        const QString was = r.value(0).toString();
        if (was.isEmpty() && !toInventory)
            return Status::refused(QStringLiteral("did_not_assigned"),
                                   QCoreApplication::translate("ad::ProvisioningService", "DID %1 is not assigned to an account. To give it back to the provider's "
                                      "inventory, use --to-inventory.").arg(*d),
                                   QStringLiteral("number"), *d);
        const QString sql = toInventory ? QStringLiteral("UPDATE did SET i_account = NULL, i_customer = NULL WHERE number = ?")
                                        : QStringLiteral("UPDATE did SET i_account = NULL WHERE number = ?");
        if (!(st2 = m_db.exec(sql, {*d})).ok())
            return st2;
        return audit(c, toInventory ? QStringLiteral("did.return") : QStringLiteral("did.release"), *d, was,
                     toInventory ? QStringLiteral("provider inventory") : QStringLiteral("free"));
    });
}

// ---------------------------------------------------------------- hunt groups

static const QStringList kSequences = {QStringLiteral("order"), QStringLiteral("simultaneous"), QStringLiteral("random"),
                                       QStringLiteral("least_used")};

Status ProvisioningService::huntGroupAdd(qint64 c, const QString &nameIn, const QString &numberIn, const QString &sequenceIn,
                                         qint64 *id)
{
    const QString name = nameIn.trimmed();
    const QString number = numberIn.trimmed();
    const QString sequence = sequenceIn.isEmpty() ? QStringLiteral("order") : sequenceIn.trimmed().toLower();
    QList<Problem> problems;
    if (name.isEmpty() || !rules::isValidName(name))
        problems.append({QStringLiteral("huntgroup_name_invalid"), QCoreApplication::translate("ad::ProvisioningService", "A hunt group name needs 1 to 100 characters."),
                         QStringLiteral("name"), 0, name});
    if (!rules::isValidExtensionNumber(number))
        problems.append({QStringLiteral("extension_invalid"), QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a number: use 1 to 15 digits.").arg(number),
                         QStringLiteral("number"), 0, number});
    if (!kSequences.contains(sequence))
        problems.append({QStringLiteral("huntgroup_sequence_invalid"),
                         QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a hunt sequence; use order, simultaneous, random or least_used.").arg(sequenceIn),
                         QStringLiteral("sequence"), 0, sequenceIn});
    if (!problems.isEmpty())
        return Status::refused(problems);
    return inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = snapshot(c, &s);
        if (!st.ok())
            return st;
        if (s.huntGroupsByFoldedName.contains(rules::foldName(name)))
            return Status::refused(QStringLiteral("huntgroup_exists"), QCoreApplication::translate("ad::ProvisioningService", "%1 already has a hunt group called \"%2\".").arg(s.name, name),
                                   QStringLiteral("name"), name);
        if (s.extensionNumbers.contains(number) || s.huntGroupNumbers.contains(number))
            return Status::refused(QStringLiteral("extension_exists"),
                                   QCoreApplication::translate("ad::ProvisioningService", "%1 already uses the number %2 for an extension or hunt group.").arg(s.name, number),
                                   QStringLiteral("number"), number);
        QSqlQuery q;
        const QString sql = QStringLiteral("INSERT INTO hunt_group (i_customer, name, name_key, number, sequence) VALUES (?, ?, ?, ?, ?)") +
                            (m_db.isPostgres() ? QStringLiteral(" RETURNING i_hunt_group") : QString());
        st = m_db.exec(sql, {c, name, rules::foldName(name), number, sequence}, &q);
        if (!st.ok())
            return st;
        if (id)
            *id = m_db.isPostgres() ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
        return audit(c, QStringLiteral("huntgroup.add"), name, QString(), QStringLiteral("number %1, %2").arg(number, sequence));
    });
}

Status ProvisioningService::huntGroupUpdate(qint64 c, const QString &name, const std::optional<QString> &newNameIn,
                                            const std::optional<QString> &newNumberIn,
                                            const std::optional<QString> &newSequenceIn)
{
    return inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = snapshot(c, &s);
        if (!st.ok())
            return st;
        const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(name));
        if (hg == s.huntGroupsByFoldedName.constEnd())
            return Status::refused(QStringLiteral("huntgroup_unknown"), QCoreApplication::translate("ad::ProvisioningService", "%1 has no hunt group called \"%2\".").arg(s.name, name),
                                   QStringLiteral("name"), name);
        QSqlQuery q;
        if (!(st = m_db.exec(QStringLiteral("SELECT name, number, sequence FROM hunt_group WHERE i_hunt_group = ?"), {hg->id}, &q)).ok())
            return st;
        q.next();
        const QString oldName = q.value(0).toString(), oldNumber = q.value(1).toString(), oldSeq = q.value(2).toString();
        q.finish();
        QString newName = newNameIn ? newNameIn->trimmed() : oldName;
        QString newNumber = newNumberIn ? newNumberIn->trimmed() : oldNumber;
        QString newSeq = newSequenceIn ? newSequenceIn->trimmed().toLower() : oldSeq;
        QList<Problem> problems;
        if (newName.isEmpty() || !rules::isValidName(newName))
            problems.append({QStringLiteral("huntgroup_name_invalid"), QCoreApplication::translate("ad::ProvisioningService", "A hunt group name needs 1 to 100 characters."),
                             QStringLiteral("name"), 0, newName});
        else if (rules::foldName(newName) != rules::foldName(oldName) && s.huntGroupsByFoldedName.contains(rules::foldName(newName)))
            problems.append({QStringLiteral("huntgroup_exists"), QCoreApplication::translate("ad::ProvisioningService", "%1 already has a hunt group called \"%2\".").arg(s.name, newName),
                             QStringLiteral("name"), 0, newName});
        if (!rules::isValidExtensionNumber(newNumber))
            problems.append({QStringLiteral("extension_invalid"), QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a number: use 1 to 15 digits.").arg(newNumber),
                             QStringLiteral("number"), 0, newNumber});
        else if (newNumber != oldNumber && (s.extensionNumbers.contains(newNumber) || s.huntGroupNumbers.contains(newNumber)))
            problems.append({QStringLiteral("extension_exists"),
                             QCoreApplication::translate("ad::ProvisioningService", "%1 already uses the number %2 for an extension or hunt group.").arg(s.name, newNumber),
                             QStringLiteral("number"), 0, newNumber});
        if (!kSequences.contains(newSeq))
            problems.append({QStringLiteral("huntgroup_sequence_invalid"),
                             QCoreApplication::translate("ad::ProvisioningService", "\"%1\" is not a hunt sequence; use order, simultaneous, random or least_used.").arg(newSeq),
                             QStringLiteral("sequence"), 0, newSeq});
        if (!problems.isEmpty())
            return Status::refused(problems);
        if (!(st = m_db.exec(QStringLiteral("UPDATE hunt_group SET name = ?, name_key = ?, number = ?, sequence = ? WHERE i_hunt_group = ?"),
                             {newName, rules::foldName(newName), newNumber, newSeq, hg->id}))
                 .ok())
            return st;
        return audit(c, QStringLiteral("huntgroup.update"), newName,
                     QStringLiteral("%1, number %2, %3").arg(oldName, oldNumber, oldSeq),
                     QStringLiteral("%1, number %2, %3").arg(newName, newNumber, newSeq));
    });
}

Status ProvisioningService::huntGroupSetMembers(qint64 c, const QString &name, const QStringList &numbers)
{
    return inTransaction(c, [&]() -> Status {
        CustomerSnapshot s;
        Status st = snapshot(c, &s);
        if (!st.ok())
            return st;
        const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(name));
        if (hg == s.huntGroupsByFoldedName.constEnd())
            return Status::refused(QStringLiteral("huntgroup_unknown"), QCoreApplication::translate("ad::ProvisioningService", "%1 has no hunt group called \"%2\".").arg(s.name, name),
                                   QStringLiteral("name"), name);
        QList<Problem> problems;
        QList<qint64> extensions;
        QSet<QString> seen;
        QSqlQuery q;
        for (const QString &raw : numbers) {
            const QString n = raw.trimmed();
            if (seen.contains(n)) {
                problems.append({QStringLiteral("member_duplicate"), QCoreApplication::translate("ad::ProvisioningService", "Extension %1 is listed twice.").arg(n),
                                 QStringLiteral("members"), 0, n});
                continue;
            }
            seen.insert(n);
            if (!(st = m_db.exec(QStringLiteral("SELECT e.i_extension, a.status FROM extension e JOIN account a ON a.i_account = e.i_account"
                                                " WHERE e.i_customer = ? AND e.number = ?"),
                                 {c, n}, &q))
                     .ok())
                return st;
            if (!q.next() || q.value(1).toString() == QLatin1String("closed")) {
                problems.append({QStringLiteral("member_unknown"), QCoreApplication::translate("ad::ProvisioningService", "%1 has no open extension %2.").arg(s.name, n),
                                 QStringLiteral("members"), 0, n});
                continue;
            }
            extensions << q.value(0).toLongLong();
        }
        if (!problems.isEmpty())
            return Status::refused(problems);
        QList<HuntGroupInfo> before;
        if (!(st = huntGroups(c, &before)).ok())
            return st;
        QString old;
        for (const auto &h : before)
            if (h.id == hg->id)
                old = h.members.join(QLatin1Char(' '));
        if (!(st = m_db.exec(QStringLiteral("DELETE FROM hunt_group_member WHERE i_hunt_group = ?"), {hg->id})).ok())
            return st;
        for (int i = 0; i < extensions.size(); ++i)
            if (!(st = m_db.exec(QStringLiteral("INSERT INTO hunt_group_member (i_hunt_group, i_extension, position) VALUES (?, ?, ?)"),
                                 {hg->id, extensions.at(i), i + 1}))
                     .ok())
                return st;
        return audit(c, QStringLiteral("huntgroup.members"), hg->name, old, numbers.join(QLatin1Char(' ')));
    });
}

} // namespace ad
