#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace ad {

// A read-only table of text rows with one key per row (UserRole): the DIDs, hunt groups and
// history tabs, whose contents are small and loaded whole.
class SimpleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit SimpleTableModel(const QStringList &headers, QObject *parent = nullptr);
    void setRows(const QList<QStringList> &rows, const QVariantList &keys);
    void setRightAligned(const QList<int> &columns) { m_rightAligned = columns; }
    QVariant key(int row) const { return m_keys.value(row); }
    QString text(int row, int column) const { return m_rows.value(row).value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QVariantList m_keys;
    QList<int> m_rightAligned;
};

} // namespace ad
