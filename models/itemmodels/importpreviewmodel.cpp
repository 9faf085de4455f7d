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
    m_changeOfRow.clear();
    m_errorsOfRow.clear();
    m_problemRows.clear();
    m_accountOfRow.reserve(plan.accounts.size());
    for (int i = 0; i < plan.accounts.size(); ++i)
        m_accountOfRow.insert(plan.accounts.at(i).row, i);
    for (int i = 0; i < plan.changes.size(); ++i)
        m_changeOfRow.insert(plan.changes.row(i), i);
    for (int i = 0; i < plan.errors.size(); ++i)
        if (plan.errors.at(i).row > 0)
            m_errorsOfRow[plan.errors.at(i).row].append(i);
    for (int r = 0; r < m_read.records.size(); ++r)
        if (m_errorsOfRow.contains(m_read.records.at(r).row))
            m_problemRows.append(r);
    filter();
    endResetModel();
}

void ImportPreviewModel::filter()
{
    m_visible.clear();
    if (m_kind < 0) {
        if (m_onlyProblems)
            m_visible = m_problemRows;
        return;
    }
    const QList<int> from = m_onlyProblems ? m_problemRows : QList<int>();
    const int n = m_onlyProblems ? int(from.size()) : int(m_read.records.size());
    for (int i = 0; i < n; ++i) {
        const int r = m_onlyProblems ? from.at(i) : i;
        if (actionOf(r) == m_kind)
            m_visible.append(r);
    }
}

void ImportPreviewModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    filter();
    endResetModel();
}

void ImportPreviewModel::setKindFilter(int action)
{
    if (action == m_kind)
        return;
    beginResetModel();
    m_kind = action;
    filter();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_onlyProblems || m_kind >= 0 ? m_visible.size() : m_read.records.size();
}

int ImportPreviewModel::actionOf(int record) const
{
    const int row = m_read.records.at(record).row;
    if (m_accountOfRow.contains(row))
        return int(RowAction::Add);
    const auto c = m_changeOfRow.constFind(row);
    // A row with errors is not imported, whatever the planner thought of it.
    if (c == m_changeOfRow.constEnd() || m_plan.rowsWithErrors.contains(row))
        return -1;
    return int(m_plan.changes.action(*c));
}

QString ImportPreviewModel::changesText(int record) const
{
    const auto c = m_changeOfRow.constFind(m_read.records.at(record).row);
    if (c == m_changeOfRow.constEnd())
        return {};
    // A status reads in the window's language ("Status: aktiv → geschlossen"); the plan keeps
    // the words of the file format, which the JSON report and the audit trail use.
    auto shown = [](const QString &field, const QString &value) {
        if (value.isEmpty())
            return tr("(empty)");
        if (field != csv::fieldName(csv::Field::Status))
            return value;
        if (value == QLatin1String("active"))
            return tr("active");
        if (value == QLatin1String("inactive"))
            return tr("inactive");
        if (value == QLatin1String("closed"))
            return tr("closed");
        return value;
    };
    QStringList parts;
    for (const FieldChange &f : m_plan.changes.at(*c).changes)
        parts << tr("%1: %2 → %3")
                     .arg(f.field == csv::fieldName(csv::Field::Status) ? tr("Status") : f.field,
                          shown(f.field, f.before), shown(f.field, f.after));
    return parts.join(QStringLiteral(" · "));
}

QString ImportPreviewModel::actionLabel(int action)
{
    switch (action) {
    case int(RowAction::Add):
        return tr("Add");
    case int(RowAction::Update):
        return tr("Update");
    case int(RowAction::Close):
        return tr("Close");
    case int(RowAction::Unchanged):
        return tr("Unchanged");
    }
    return tr("Not imported");
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
    const int record = m_onlyProblems || m_kind >= 0 ? m_visible.at(index.row()) : index.row();
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
    case ActionRole:
        return actionOf(record);
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
        case ActionColumn:
            return actionLabel(actionOf(record));
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
                return actionOf(record) < 0 ? tr("not imported") : raw(record, Field::Status);
            return a->active ? tr("Active") : tr("Inactive");
        case ChangesColumn:
            return changesText(record);
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
    case ActionColumn:
        return tr("Action");
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
    case ChangesColumn:
        return tr("Changes");
    case ProblemsColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace ad
