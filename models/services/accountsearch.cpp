#include "services/accountsearch.h"

#include "domain/rules.h"
#include "services/listingservice.h"
#include "storage/accountrepository.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace ad {

namespace {
// A LIKE pattern that matches `text` literally (\ escapes % _ and itself).
QString likeLiteral(const QString &text)
{
    QString out;
    for (QChar ch : text) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

// The smallest string above every string that starts with `prefix` in binary order (as the
// listing's name filter); empty when there is none.
QString binaryUpperBound(QString prefix)
{
    while (!prefix.isEmpty() && prefix.back().unicode() == 0xFFFF)
        prefix.chop(1);
    if (prefix.isEmpty())
        return {};
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}
} // namespace

bool AccountSearch::isNameFilter(const QString &filterText)
{
    const QString f = filterText.trimmed();
    if (f.isEmpty())
        return false;
    bool digits = true;
    for (QChar ch : f)
        digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    if (digits)
        return false;
    // As the listing's filter: "ph" and a digit, or '@', '.', '_' make it an account ID.
    if (f.size() >= 3 && f.startsWith(QLatin1String("ph"), Qt::CaseInsensitive) &&
        f.at(2).isDigit())
        return false;
    return !f.contains(QLatin1Char('@')) && !f.contains(QLatin1Char('.')) &&
           !f.contains(QLatin1Char('_'));
}

Status AccountSearch::accountsPage(qint64 c, const QString &filter, int offset, int limit,
                                   QList<AccountInfo> *out)
{
    ListingService listing(m_db);
    if (!isNameFilter(filter))
        return listing.accountsPage(c, filter, offset, limit, out);
    const QString lower = filter.trimmed().toLower();
    // How many names start with it, counted only up to the end of the page asked for (past
    // it the page is all theirs), as the listing's own index range on lower(name): the count
    // was a LIKE over every name of the customer (350 ms for a million accounts).
    QString where = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM extension e"
                                   " WHERE e.i_customer = ?");
    QVariantList binds{c};
    if (m_db.isPostgres()) {
        where += QStringLiteral(" AND substr(lower(e.name), 1, ?) = ?");
        binds << int(lower.size()) << lower;
    } else {
        const QString upper = binaryUpperBound(lower);
        where += QStringLiteral(" AND lower(e.name) >= ?") +
                 (upper.isEmpty() ? QString() : QStringLiteral(" AND lower(e.name) < ?"));
        binds << lower;
        if (!upper.isEmpty())
            binds << upper;
    }
    binds << offset + limit + 1;
    QSqlQuery q;
    Status st = m_db.exec(where + QStringLiteral(" LIMIT ?) s"), binds, &q);
    if (!st.ok())
        return st;
    const int starting = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    out->clear();
    if (offset < starting) {
        if (!(st = listing.accountsPage(c, filter, offset, limit, out)).ok())
            return st;
    }
    const int rest = limit - int(out->size());
    if (rest <= 0)
        return {};
    QList<AccountInfo> later;
    st = AccountRepository(m_db).select(
        QStringLiteral(" WHERE a.i_customer = ? AND e.i_customer = ?"
                       " AND lower(e.name) LIKE ? ESCAPE '\\' AND lower(e.name) NOT LIKE ? ESCAPE "
                       "'\\' ORDER BY lower(e.name), a.id LIMIT ? OFFSET ?"),
        {c, c, QStringLiteral("% ") + likeLiteral(lower) + QLatin1Char('%'),
         likeLiteral(lower) + QLatin1Char('%'), rest, qMax(0, offset - starting)},
        &later);
    if (!st.ok())
        return st;
    out->append(later);
    return {};
}

Status AccountSearch::openAccounts(qint64 c, const QString &textIn, int limit,
                                   QList<AccountInfo> *out)
{
    const QString pattern =
        QLatin1Char('%') + likeLiteral(textIn.trimmed().toLower()) + QLatin1Char('%');
    return AccountRepository(m_db).select(
        QStringLiteral(" WHERE a.i_customer = ? AND a.status <> 'closed' AND (lower(a.id) LIKE ? "
                       "ESCAPE '\\' OR e.number LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE "
                       "'\\') ORDER BY a.id LIMIT ?"),
        {c, pattern, pattern, pattern, limit}, out);
}

Status AccountSearch::memberNames(qint64 c, QHash<QString, QString> *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT DISTINCT e.number, e.name FROM hunt_group_member m"
                       " JOIN hunt_group h ON h.i_hunt_group = m.i_hunt_group"
                       " JOIN extension e ON e.i_extension = m.i_extension WHERE h.i_customer = ?"),
        {c}, &q);
    if (!st.ok())
        return st;
    out->clear();
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toString());
    return {};
}

Status AccountSearch::nextAutoAttendantId(qint64 c, QString *out)
{
    QSqlQuery q;
    const Status st =
        m_db.exec(QStringLiteral("SELECT next_aa FROM customer WHERE i_customer = ?"), {c}, &q);
    if (!st.ok())
        return st;
    *out = q.next() ? rules::autoAttendantAccountId(c, q.value(0).toLongLong()) : QString();
    return {};
}

Status AccountSearch::usesExtensions(qint64 c, bool *out)
{
    QSqlQuery q;
    const Status st = m_db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM extension WHERE i_customer = ? "
                       "LIMIT 1) x), (SELECT count(*) FROM (SELECT 1 FROM account WHERE "
                       "i_customer = ? LIMIT 1) y)"),
        {c, c}, &q);
    if (!st.ok())
        return st;
    *out = !q.next() || q.value(0).toInt() > 0 || q.value(1).toInt() == 0;
    return {};
}

} // namespace ad
