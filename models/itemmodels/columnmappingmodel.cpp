#include "itemmodels/columnmappingmodel.h"

namespace ad {

using csv::Field;

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void ColumnMappingModel::setColumns(const QStringList &header, const QStringList &samples,
                                    const QList<Field> &mapping)
{
    beginResetModel();
    m_header = header;
    m_samples = samples;
    m_mapping = mapping;
    while (m_mapping.size() < m_header.size())
        m_mapping.append(Field::Ignored);
    m_mapping.resize(m_header.size());
    endResetModel();
    emit mappingChanged();
}

QString ColumnMappingModel::fieldLabel(Field f)
{
    if (f == Field::Ignored)
        return tr("(ignored)");
    return csv::isMandatory(f) ? tr("%1 (mandatory)").arg(csv::fieldName(f)) : csv::fieldName(f);
}

QList<Field> ColumnMappingModel::missingMandatory() const
{
    QList<Field> out;
    for (Field f : csv::allFields())
        if (csv::isMandatory(f) && !m_mapping.contains(f))
            out << f;
    return out;
}

QList<Field> ColumnMappingModel::duplicated() const
{
    QList<Field> out;
    for (Field f : csv::allFields())
        if (m_mapping.count(f) > 1)
            out << f;
    return out;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_header.size();
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field f = m_mapping.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LetterColumn:
            return csv::columnLetter(index.row());
        case FileColumn:
            return m_header.at(index.row());
        case SampleColumn:
            return m_samples.value(index.row());
        case FieldColumn:
            return fieldLabel(f);
        }
    }
    if (role == Qt::EditRole && index.column() == FieldColumn)
        return int(f);
    if (role == Qt::ToolTipRole && index.column() == FieldColumn)
        return f == Field::Ignored ? tr("This column is not imported")
                                   : tr("Imported as %1").arg(csv::fieldName(f));
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 0 || v > int(Field::Ignored))
        return false;
    m_mapping[index.row()] = Field(v);
    emit dataChanged(index, index);
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == FieldColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LetterColumn:
        return tr("Column");
    case FileColumn:
        return tr("File column");
    case SampleColumn:
        return tr("First value");
    case FieldColumn:
        return tr("Imported as");
    }
    return {};
}

} // namespace ad
