#pragma once

#include "sql/provisioningservice.h"

#include <QAbstractTableModel>

namespace ad {

class Database;

// The customers of the database, filtered and sorted in SQL and fetched a page at a time
// (canFetchMore / fetchMore), so that 100,000 customers open at once.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, AccountsColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerListModel(Database &db, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    void reload();
    int rowOf(qint64 iCustomer) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int kPageSize = 200;

private:
    void loadPage();
    QList<CustomerInfo> queryPage() const;
    Database &m_db;
    QString m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<CustomerInfo> m_rows;
    bool m_more = true;
    mutable QString m_error;
    bool m_resetting = false; // a reset or an insertion is being announced
};

} // namespace ad
