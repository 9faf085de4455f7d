#pragma once

#include "domain/importplan.h"
#include "import/csvreader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ad {

// The review table of the import: every data row of the file over the plan — row, extension,
// name, the account ID that will be created, product, DIDs, hunt group, published, e-mail,
// time zone, status, problems. Cells
// in error carry their message (ErrorRole, tooltip); a filter shows only rows with problems.
// Works on 100,000 rows: data() looks up prepared indexes, nothing is formatted in advance.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        ExtensionColumn,
        NameColumn,
        AccountIdColumn,
        ProductColumn,
        DidsColumn,
        HuntGroupColumn,
        PublishedColumn,
        EmailColumn,
        TimezoneColumn,
        StatusColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role { ErrorRole = Qt::UserRole + 1, HasProblemRole, SpreadsheetRowRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const csv::ReadResult &read, const ImportPlan &plan, qint64 iCustomer);
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }
    int rowWithProblemsCount() const { return m_problemRows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString raw(int record, csv::Field f) const;
    QString cellError(int record, int column) const;

    csv::ReadResult m_read;
    ImportPlan m_plan;
    qint64 m_customer = 0;
    QHash<int, int> m_accountOfRow;       // spreadsheet row -> index in m_plan.accounts
    QHash<int, QList<int>> m_errorsOfRow; // spreadsheet row -> indexes in m_plan.errors
    QList<int> m_problemRows;             // record indexes with problems
    bool m_onlyProblems = false;
};

// The column mapping of the wizard: one row per file column — its header, a sample value, and
// the template field it feeds (editable: EditRole is the csv::Field as int).
class ColumnMappingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, SampleColumn, FieldColumn, ColumnCount };

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
