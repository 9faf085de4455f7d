#pragma once

#include "domain/records.h"

#include "itemmodels/pagedtablemodel.h"

namespace ad {

class Database;

// A customer's accounts (extensions, auto attendants, generic accounts), filtered in SQL on
// indexed columns and fetched a page at a time: a customer with 1,000,000 accounts opens at once.
class AccountListModel final : public PagedTableModel<AccountInfo> {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        AccountIdColumn,
        ProductColumn,
        AddonsColumn,
        DidsColumn,
        HuntGroupColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, StatusRole, BlockedRole, KindRole };

    explicit AccountListModel(Database &db, QObject *parent = nullptr);

    void setCustomer(qint64 iCustomer);
    qint64 customer() const { return m_customer; }
    void setFilter(const QString &text);
    // The filter with its first page already read (AccountSearch::accountsPage with offset 0
    // and kPageSize, off the GUI thread): no query here; later pages are read as usual.
    void setFilterWithFirstPage(const QString &text, const QList<AccountInfo> &firstPage);
    QString filter() const { return m_filter; }
    void reload();
    // Reloads keeping as many rows loaded as before (the live refresh, View > Reload).
    void refresh();
    const AccountInfo *account(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(const QString &accountId) const;

    static QString statusText(const AccountInfo &a);
    // What the filter asks the database for: a part of one of the customer's extension or auto
    // attendant IDs that the clerk typed without its start ("x466", "46170x46", "AA1") becomes
    // that ID's start ("ph46170x466"), so it matches as the full ID does; an ID's start is
    // lower-cased ("PH46170X46"); anything else (names, numbers, generic IDs) as typed.
    static QString searchText(qint64 iCustomer, const QString &typed);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AccountInfo> queryPage(int offset, int limit, QString *error) const override;
    Database &m_db;
    qint64 m_customer = 0;
    QString m_filter;
};

} // namespace ad
