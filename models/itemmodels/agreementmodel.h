#pragma once

#include "services/agreementservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ad {

// One of the two agreement tables (main or add-on products) with staged Quantity edits:
// setData() only marks a change; pendingChanges() is what Apply sends to the service;
// a refusal is shown on its row (ErrorRole, tooltip, decoration text).
class AgreementModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProductColumn,
        FeeColumn,
        QuantityColumn,
        InUseColumn,
        AvailableColumn,
        ColumnCount
    };
    enum Role {
        InUseRole = Qt::UserRole + 1, // int
        QuantityRole,                 // int, 0 = Unlimited (the staged value when changed)
        DirtyRole,                    // bool: a change not applied
        ErrorRole,                    // QString: why the service refused this row
        ProductNameRole
    };
    // Quantity values in EditRole / QuantityRole: 0 means Unlimited (a quantity is never 0).
    static constexpr int kUnlimited = 0;

    AgreementModel(bool mainProducts, QObject *parent = nullptr);

    // keepStaged: a refresh (another desk's change, View > Reload) keeps the quantities typed
    // but not applied, by product, over the new stored values.
    void setLines(const QList<AgreementLineInfo> &lines, const QString &currency,
                  bool keepStaged = false);
    const QList<AgreementLineInfo> &lines() const { return m_lines; }
    bool isMainProducts() const { return m_main; }

    // Staging.
    int stagedQuantity(int row) const;             // current value shown (staged or stored)
    bool setStagedQuantity(int row, int quantity); // returns false when out of range
    QList<AgreementService::QuantityChange> pendingChanges() const;
    int pendingCount() const { return m_pending.size(); }
    void revert();
    void setRowError(const QString &product, const QString &message);
    void clearErrors();
    int rowOfProduct(const QString &product) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void pendingChanged(int count);

private:
    static int toStaged(std::optional<int> q) { return q ? *q : kUnlimited; }
    static QString quantityText(int staged); // "Unlimited" or the number, in the window's locale
    QString money(const std::optional<qint64> &fee) const;

    bool m_main;
    QString m_currency;
    QList<AgreementLineInfo> m_lines;
    QHash<int, int> m_pending; // row -> staged quantity (0 = Unlimited)
    // row -> the stored quantity the staged edit started from, as the desk last saw it: Apply
    // sends it, and the service refuses the change if another desk changed the line meanwhile.
    QHash<int, int> m_base;
    QHash<int, QString> m_errors;
};

} // namespace ad
