#include "itemmodels/accountlistmodel.h"

#include "services/accountsearch.h"

#include <QRegularExpression>

namespace ad {

AccountListModel::AccountListModel(Database &db, QObject *parent)
    : PagedTableModel(parent), m_db(db)
{
}

void AccountListModel::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    reload();
}

void AccountListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void AccountListModel::setFilterWithFirstPage(const QString &text,
                                              const QList<AccountInfo> &firstPage)
{
    m_filter = text;
    if (m_customer > 0)
        resetRowsWith(firstPage);
    else
        resetRows(false);
}

void AccountListModel::reload()
{
    resetRows(m_customer > 0);
}

void AccountListModel::refresh()
{
    resetRows(m_customer > 0, int(m_rows.size()));
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == accountId)
            return i;
    return -1;
}

QString AccountListModel::statusText(const AccountInfo &a)
{
    QString s = a.status == QLatin1String("active")     ? tr("Active")
                : a.status == QLatin1String("inactive") ? tr("Inactive")
                                                        : tr("Closed");
    if (a.blocked == QLatin1String("by_admin"))
        s = tr("Blocked by administrator") +
            (a.status == QLatin1String("active") ? QString() : QStringLiteral(" · ") + s);
    else if (a.blocked == QLatin1String("by_customer"))
        s = tr("Blocked by customer") +
            (a.status == QLatin1String("active") ? QString() : QStringLiteral(" · ") + s);
    return s;
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountInfo &a = m_rows.at(index.row());
    switch (role) {
    case AccountIdRole:
        return a.id;
    case StatusRole:
        return a.status;
    case BlockedRole:
        return a.blocked;
    case KindRole:
        return a.kind;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return a.number;
        case NameColumn:
            return a.name;
        case AccountIdColumn:
            return a.id;
        case ProductColumn:
            return a.product;
        case AddonsColumn:
            return a.addons.join(QStringLiteral(", "));
        case DidsColumn:
            return a.dids.join(QStringLiteral(", "));
        case HuntGroupColumn:
            return a.huntGroups.join(QStringLiteral(", "));
        case StatusColumn:
            return statusText(a);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && a.kind == QLatin1String("auto_attendant"))
            return tr("Auto attendant");
        if (index.column() == StatusColumn && a.blocked == QLatin1String("by_admin"))
            return tr("Blocked by an administrator: the customer cannot unblock it.");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Ext");
    case NameColumn:
        return tr("Name");
    case AccountIdColumn:
        return tr("Account ID");
    case ProductColumn:
        return tr("Product");
    case AddonsColumn:
        return tr("Add-ons");
    case DidsColumn:
        return tr("DIDs");
    case HuntGroupColumn:
        return tr("Hunt group");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString AccountListModel::searchText(qint64 c, const QString &typed)
{
    const QString text = typed.trimmed();
    if (c <= 0)
        return text;
    // Extension and auto attendant IDs are ph{i_customer}x{number} and ph{i_customer}aa{n}.
    static const QRegularExpression full(QStringLiteral("^ph\\d+(x|aa)?\\d*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (full.match(text).hasMatch())
        return text.toLower();
    // The rest of such an ID: the end of "ph{i_customer}" (none, "0", "46170", "h46170"), then
    // x or aa and digits. Without a start, digits must follow ("x" alone may begin a name).
    static const QRegularExpression tail(QStringLiteral("^([h0-9]*)(x|aa)(\\d*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = tail.match(text);
    if (!m.hasMatch())
        return text;
    const QString start = QStringLiteral("ph") + QString::number(c);
    const QString head = m.captured(1).toLower();
    if ((head.isEmpty() && m.captured(3).isEmpty()) || !start.endsWith(head))
        return text;
    return start + m.captured(2).toLower() + m.captured(3);
}

QList<AccountInfo> AccountListModel::queryPage(int offset, int limit, QString *error) const
{
    QList<AccountInfo> page;
    const Status st = AccountSearch(m_db).accountsPage(m_customer, searchText(m_customer, m_filter),
                                                       offset, limit, &page);
    if (!st.ok())
        *error = st.message();
    return page;
}

} // namespace ad
