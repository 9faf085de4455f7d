#include "itemmodels/simpletablemodel.h"

namespace ad {

SimpleTableModel::SimpleTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

void SimpleTableModel::setRows(const QList<QStringList> &rows, const QVariantList &keys)
{
    beginResetModel();
    m_rows = rows;
    m_keys = keys;
    m_toolTips.clear();
    endResetModel();
}

int SimpleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int SimpleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_headers.size();
}

QVariant SimpleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(index.row(), index.column());
    if (role == KeyRole)
        return m_keys.value(index.row());
    if (role == Qt::TextAlignmentRole && m_rightAligned.contains(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString SimpleTableModel::toolTip(int row, int column) const
{
    const QString tip = m_toolTips.value(row).value(column);
    return tip.isEmpty() ? text(row, column) : tip;
}

QVariant SimpleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        m_headerToolTips.contains(section))
        return m_headerToolTips.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ad
