#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ad {

// The paging the lazy list models share: rows are fetched kPageSize at a time through
// queryPage(), the first page inside the reset, later ones by canFetchMore()/fetchMore(). While
// a reset or an insertion is being announced no more is fetched, so views (and
// QAbstractItemModelTester) that react to it cannot insert rows in the middle of it.
template <class Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int kPageSize = 200;

    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.size();
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_more && !m_announcing;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_more || m_announcing)
            return;
        const QList<Row> page = nextPage();
        if (page.isEmpty())
            return;
        m_announcing = true;
        beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
        m_rows += page;
        endInsertRows();
        m_announcing = false;
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // The rows from `offset` on, at most `limit`; sets *error when the query fails.
    virtual QList<Row> queryPage(int offset, int limit, QString *error) const = 0;

    // Starts again from the first page (hasSource = false: an empty model, e.g. no customer).
    // atLeast: load that many rows at once (a live refresh keeps what the view had fetched, so
    // that its scroll position and a selection far down stay).
    void resetRows(bool hasSource = true, int atLeast = 0)
    {
        beginResetModel();
        m_rows.clear();
        m_error.clear();
        m_more = hasSource;
        if (hasSource)
            m_rows = nextPage(qMax(kPageSize, atLeast));
        m_announcing = true;
        endResetModel();
        m_announcing = false;
    }
    // Starts again from a first page read elsewhere (off the GUI thread) with limit = kPageSize.
    void resetRowsWith(const QList<Row> &firstPage)
    {
        beginResetModel();
        m_rows = firstPage;
        m_error.clear();
        m_more = firstPage.size() == kPageSize;
        m_announcing = true;
        endResetModel();
        m_announcing = false;
    }
    QList<Row> m_rows;

private:
    QList<Row> nextPage(int limit = kPageSize)
    {
        const QList<Row> page = queryPage(m_rows.size(), limit, &m_error);
        m_more = m_error.isEmpty() && page.size() == limit;
        return page;
    }
    bool m_more = false;
    bool m_announcing = false;
    QString m_error;
};

} // namespace ad
