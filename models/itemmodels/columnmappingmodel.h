#pragma once

#include "domain/csvcolumns.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ad {

// The column mapping of the wizard: one row per file column — its letter (A, B, ...), its header,
// a sample value, and the template field it feeds (editable: EditRole is the csv::Field as int).
class ColumnMappingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LetterColumn, FileColumn, SampleColumn, FieldColumn, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setColumns(const QStringList &header, const QStringList &samples,
                    const QList<csv::Field> &mapping);
    QList<csv::Field> mapping() const { return m_mapping; }
    QList<csv::Field> missingMandatory() const;
    QList<csv::Field> duplicated() const;
    static QString fieldLabel(csv::Field f);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    QStringList m_header;
    QStringList m_samples;
    QList<csv::Field> m_mapping;
};

} // namespace ad
