#include "itemmodels/customerlistmodel.h"

#include "services/listingservice.h"

namespace ad {

CustomerListModel::CustomerListModel(Database &db, QObject *parent)
    : PagedTableModel(parent), m_db(db)
{
    reload();
}

void CustomerListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void CustomerListModel::reload()
{
    resetRows();
}

void CustomerListModel::refresh()
{
    resetRows(true, int(m_rows.size()));
}

int CustomerListModel::rowOf(qint64 iCustomer) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == iCustomer)
            return i;
    return -1;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerInfo &c = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return c.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case IdColumn:
            return c.id;
        case AccountsColumn:
            return c.accounts;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 (i_customer %2) · %3 · %4").arg(c.name).arg(c.id).arg(c.timeZone, c.currency);
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Customer");
    case IdColumn:
        return tr("i_customer");
    case AccountsColumn:
        return tr("Accounts");
    }
    return {};
}

QList<CustomerInfo> CustomerListModel::queryPage(int offset, int limit, QString *error) const
{
    const auto order = m_sortColumn == IdColumn         ? CustomerOrder::Id
                       : m_sortColumn == AccountsColumn ? CustomerOrder::Accounts
                                                        : CustomerOrder::Name;
    QList<CustomerInfo> page;
    const Status st = ListingService(m_db).customersPage(
        m_filter, order, m_order == Qt::AscendingOrder, offset, limit, &page);
    if (!st.ok())
        *error = st.message();
    return page;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

} // namespace ad
