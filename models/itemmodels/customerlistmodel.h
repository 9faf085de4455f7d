#pragma once

#include "domain/records.h"

#include "itemmodels/pagedtablemodel.h"

namespace ad {

class Database;

// The customers of the database, filtered and sorted in SQL and fetched a page at a time
// (canFetchMore / fetchMore), so that 100,000 customers open at once.
class CustomerListModel final : public PagedTableModel<CustomerInfo> {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, AccountsColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerListModel(Database &db, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    void reload();
    // Reloads keeping as many rows loaded as before (the live refresh, View > Reload).
    void refresh();
    int rowOf(qint64 iCustomer) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<CustomerInfo> queryPage(int offset, int limit, QString *error) const override;
    Database &m_db;
    QString m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace ad
