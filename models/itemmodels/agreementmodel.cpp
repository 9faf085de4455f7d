#include "itemmodels/agreementmodel.h"
#include "domain/money.h"

#include "domain/rules.h"

#include <QLocale>

namespace ad {

AgreementModel::AgreementModel(bool mainProducts, QObject *parent)
    : QAbstractTableModel(parent), m_main(mainProducts)
{
}

QString AgreementModel::quantityText(int staged)
{
    return staged == kUnlimited ? tr("Unlimited") : QLocale().toString(staged);
}

void AgreementModel::setLines(const QList<AgreementLineInfo> &lines, const QString &currency,
                              bool keepStaged)
{
    // Staged quantities and their refusals by product: the rows may move when another desk
    // added or removed a product.
    QHash<QString, int> staged, base;
    QHash<QString, QString> errors;
    if (keepStaged) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            staged.insert(m_lines.at(it.key()).product.name, it.value());
            base.insert(m_lines.at(it.key()).product.name, m_base.value(it.key(), it.value()));
        }
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            errors.insert(m_lines.at(it.key()).product.name, it.value());
    }
    beginResetModel();
    m_lines.clear();
    for (const AgreementLineInfo &l : lines)
        if (l.product.isMain == m_main)
            m_lines.append(l);
    m_currency = currency;
    m_pending.clear();
    m_base.clear();
    m_errors.clear();
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString &name = m_lines.at(row).product.name;
        const int stored = toStaged(m_lines.at(row).quantity);
        if (errors.contains(name))
            m_errors.insert(row, errors.value(name));
        // A staged value that is now the stored one (another desk set the same) is no change.
        if (!staged.contains(name) || staged.value(name) == stored)
            continue;
        m_pending.insert(row, staged.value(name));
        m_base.insert(row, stored);
        // Another desk changed the line under a staged edit: the row says so, so that Apply
        // (which now writes over the new value) is the clerk's informed choice, not a silent one.
        if (base.value(name) != stored)
            m_errors.insert(row, tr("Another desk set %1 (it was %2). Apply sets your %3; "
                                    "Revert keeps %1.")
                                     .arg(quantityText(stored), quantityText(base.value(name)),
                                          quantityText(staged.value(name))));
    }
    endResetModel();
    emit pendingChanged(int(m_pending.size()));
}

QString AgreementModel::money(const std::optional<qint64> &fee) const
{
    if (!fee)
        return tr("none");
    return money::display(*fee, m_currency.isEmpty() ? QStringLiteral("USD") : m_currency);
}

int AgreementModel::stagedQuantity(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return kUnlimited;
    return m_pending.value(row, toStaged(m_lines.at(row).quantity));
}

bool AgreementModel::setStagedQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size() || quantity < 0 || quantity > rules::kMaxQuantity)
        return false;
    const int stored = toStaged(m_lines.at(row).quantity);
    if (quantity == stored) {
        m_pending.remove(row);
        m_base.remove(row);
    } else {
        if (!m_pending.contains(row))
            m_base.insert(row, stored);
        m_pending.insert(row, quantity);
    }
    m_errors.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit pendingChanged(m_pending.size());
    return true;
}

QList<AgreementService::QuantityChange> AgreementModel::pendingChanges() const
{
    QList<AgreementService::QuantityChange> out;
    auto quantity = [](int q) { return q == kUnlimited ? std::nullopt : std::optional<int>(q); };
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        AgreementService::QuantityChange change(m_lines.at(it.key()).product.name,
                                                quantity(it.value()));
        change.checkExpected = true;
        change.expected = quantity(m_base.value(it.key(), toStaged(m_lines.at(it.key()).quantity)));
        out.append(change);
    }
    return out;
}

void AgreementModel::revert()
{
    if (m_pending.isEmpty() && m_errors.isEmpty())
        return;
    m_pending.clear();
    m_base.clear();
    m_errors.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
    emit pendingChanged(0);
}

int AgreementModel::rowOfProduct(const QString &product) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).product.name.compare(product, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void AgreementModel::setRowError(const QString &product, const QString &message)
{
    const int row = rowOfProduct(product);
    if (row < 0)
        return;
    m_errors.insert(row, message);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgreementModel::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    m_errors.clear();
    emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_lines.size();
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementLineInfo &l = m_lines.at(index.row());
    const int staged = stagedQuantity(index.row());
    const bool dirty = m_pending.contains(index.row());
    const QString error = m_errors.value(index.row());
    switch (role) {
    case InUseRole:
        return l.inUse;
    case QuantityRole:
        return staged;
    case DirtyRole:
        return dirty;
    case ErrorRole:
        return error;
    case ProductNameRole:
        return l.product.name;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return staged;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return l.product.name;
        case FeeColumn:
            return money(l.product.fee);
        case QuantityColumn:
            return (staged == kUnlimited ? tr("Unlimited") : QLocale().toString(staged)) +
                   (dirty ? QStringLiteral(" *") : QString());
        case InUseColumn:
            return l.inUse;
        case AvailableColumn:
            if (staged == kUnlimited)
                return QStringLiteral("—");
            return QLocale().toString(staged - l.inUse);
        }
        break;
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (index.column() == QuantityColumn)
            return dirty ? tr("Changed, not applied yet (was %1)")
                               .arg(l.quantity ? QLocale().toString(*l.quantity) : tr("Unlimited"))
                         : tr("Double-click, F2 or type a number to change; U for Unlimited");
        if (index.column() == AvailableColumn)
            return staged == kUnlimited ? tr("%n in use of Unlimited", nullptr, l.inUse)
                                        : tr("%1 of %2 used").arg(l.inUse).arg(staged);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != ProductColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (!error.isEmpty())
            return tr("Refused: %1").arg(error);
        if (index.column() == QuantityColumn && dirty)
            return tr("%1, changed, not applied")
                .arg(staged == kUnlimited ? tr("Unlimited") : QLocale().toString(staged));
        if (index.column() == AvailableColumn)
            return staged == kUnlimited ? tr("%n in use, no limit", nullptr, l.inUse)
                                        : tr("%1 of %2 used, %3 available")
                                              .arg(l.inUse)
                                              .arg(staged)
                                              .arg(staged - l.inUse);
        break;
    default:
        break;
    }
    return {};
}

bool AgreementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const int q = value.toInt(&ok);
    if (!ok)
        return false;
    return setStagedQuantity(index.row(), q);
}

Qt::ItemFlags AgreementModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case FeeColumn:
        return tr("Monthly fee");
    case QuantityColumn:
        return tr("Quantity");
    case InUseColumn:
        return tr("In use");
    case AvailableColumn:
        return tr("Available");
    }
    return {};
}

} // namespace ad
