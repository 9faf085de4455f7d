#pragma once

#include <QAbstractTableModel>
#include <QHash>
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
    // What a cell's tooltip says instead of its text (the History tab: the UTC time behind a
    // local one, the audit's action code behind its words); rows and cells as setRows(), an
    // empty or missing one is the cell's text. Replaced by the next setRows().
    void setToolTips(const QList<QStringList> &toolTips) { m_toolTips = toolTips; }
    void setHeaderToolTip(int column, const QString &text) { m_headerToolTips[column] = text; }
    QVariant key(int row) const { return m_keys.value(row); }
    QString text(int row, int column) const { return m_rows.value(row).value(column); }
    QString toolTip(int row, int column) const;

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
    QList<QStringList> m_toolTips;
    QHash<int, QString> m_headerToolTips;
};

} // namespace ad
