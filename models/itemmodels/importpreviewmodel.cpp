#include "itemmodels/importpreviewmodel.h"

#include "domain/rules.h"

namespace ad {

using csv::Field;

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const csv::ReadResult &read, const ImportPlan &plan,
                                 qint64 iCustomer)
{
    beginResetModel();
    m_read = read;
    m_plan = plan;
    m_customer = iCustomer;
    m_accountOfRow.clear();
    m_errorsOfRow.clear();
    m_problemRows.clear();
    m_accountOfRow.reserve(plan.accounts.size());
    for (int i = 0; i < plan.accounts.size(); ++i)
        m_accountOfRow.insert(plan.accounts.at(i).row, i);
    for (int i = 0; i < plan.errors.size(); ++i)
        if (plan.errors.at(i).row > 0)
            m_errorsOfRow[plan.errors.at(i).row].append(i);
    for (int r = 0; r < m_read.records.size(); ++r)
        if (m_errorsOfRow.contains(m_read.records.at(r).row))
            m_problemRows.append(r);
    endResetModel();
}

void ImportPreviewModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_onlyProblems ? m_problemRows.size() : m_read.records.size();
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::raw(int record, Field f) const
{
    const int col = m_read.columnOf(f);
    return col >= 0 ? m_read.records.at(record).fields.value(col) : QString();
}

static int columnOfField(const QString &fieldName)
{
    if (fieldName == csv::fieldName(Field::ExtensionNumber))
        return ImportPreviewModel::ExtensionColumn;
    if (fieldName == csv::fieldName(Field::Name))
        return ImportPreviewModel::NameColumn;
    if (fieldName == csv::fieldName(Field::Product))
        return ImportPreviewModel::ProductColumn;
    if (fieldName == csv::fieldName(Field::Dids))
        return ImportPreviewModel::DidsColumn;
    if (fieldName == csv::fieldName(Field::Huntgroup))
        return ImportPreviewModel::HuntGroupColumn;
    if (fieldName == csv::fieldName(Field::Published))
        return ImportPreviewModel::PublishedColumn;
    if (fieldName == csv::fieldName(Field::Email))
        return ImportPreviewModel::EmailColumn;
    if (fieldName == csv::fieldName(Field::Timezone))
        return ImportPreviewModel::TimezoneColumn;
    // A problem of the whole row (e.g. row_malformed): shown under Problems only.
    return ImportPreviewModel::ProblemsColumn;
}

QString ImportPreviewModel::cellError(int record, int column) const
{
    const auto it = m_errorsOfRow.constFind(m_read.records.at(record).row);
    if (it == m_errorsOfRow.constEnd())
        return {};
    QStringList messages;
    for (int i : *it) {
        const Problem &p = m_plan.errors.at(i);
        if (column == ProblemsColumn || columnOfField(p.field) == column)
            messages << p.message;
    }
    return messages.join(QLatin1Char('\n'));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int record = m_onlyProblems ? m_problemRows.at(index.row()) : index.row();
    const csv::Record &rec = m_read.records.at(record);
    const auto account = m_accountOfRow.constFind(rec.row);
    const PlannedAccount *a =
        account == m_accountOfRow.constEnd() ? nullptr : &m_plan.accounts.at(*account);
    const bool problem = m_errorsOfRow.contains(rec.row);
    switch (role) {
    case HasProblemRole:
        return problem;
    case SpreadsheetRowRole:
        return rec.row;
    case ErrorRole:
        return index.column() == ProblemsColumn ? QVariant()
                                                : QVariant(cellError(record, index.column()));
    case Qt::ToolTipRole: {
        const QString e = cellError(record, index.column());
        return e.isEmpty() ? data(index, Qt::DisplayRole) : QVariant(e);
    }
    case Qt::AccessibleTextRole: {
        // What a screen reader says: the value, and the problem with it, not just a tint.
        const QString e =
            index.column() == ProblemsColumn ? QString() : cellError(record, index.column());
        const QString v = data(index, Qt::DisplayRole).toString();
        return e.isEmpty() ? v : tr("%1 — problem: %2").arg(v, e);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn || index.column() == ExtensionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return rec.row;
        case ExtensionColumn:
            return a ? a->extension : raw(record, Field::ExtensionNumber);
        case NameColumn:
            return a ? a->name : raw(record, Field::Name);
        case AccountIdColumn: {
            if (a)
                return a->accountId;
            const QString ext = raw(record, Field::ExtensionNumber);
            return rules::isValidExtensionNumber(ext) ? rules::extensionAccountId(m_customer, ext)
                                                      : QString();
        }
        case ProductColumn:
            return a ? a->product : raw(record, Field::Product);
        case DidsColumn:
            return a ? a->dids.join(QStringLiteral(", ")) : raw(record, Field::Dids);
        case HuntGroupColumn:
            return a ? a->huntGroup : raw(record, Field::Huntgroup);
        case PublishedColumn:
            if (a)
                return a->published ? tr("Yes") : tr("No");
            return raw(record, Field::Published);
        case EmailColumn:
            return a ? a->email : raw(record, Field::Email);
        case TimezoneColumn:
            return a ? a->timeZone : raw(record, Field::Timezone);
        case StatusColumn:
            if (!a)
                return tr("not imported");
            return a->active ? tr("Active") : tr("Inactive");
        case ProblemsColumn:
            return cellError(record, ProblemsColumn)
                .replace(QLatin1Char('\n'), QStringLiteral(" · "));
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ExtensionColumn:
        return tr("Ext");
    case NameColumn:
        return tr("Name");
    case AccountIdColumn:
        return tr("Account ID");
    case ProductColumn:
        return tr("Product");
    case DidsColumn:
        return tr("DIDs");
    case HuntGroupColumn:
        return tr("Hunt group");
    case PublishedColumn:
        return tr("Published");
    case EmailColumn:
        return tr("Email");
    case TimezoneColumn:
        return tr("Time zone");
    case StatusColumn:
        return tr("Status");
    case ProblemsColumn:
        return tr("Problem");
    }
    return {};
}

// ------------------------------------------------------------------ column mapping

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
