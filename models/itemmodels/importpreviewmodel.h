#pragma once

#include "domain/importplan.h"
#include "import/csvreader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ad {

// The review table of the import: every data row of the file over the plan — row, what it does
// (add, update, close, unchanged; ActionRole), extension, name, what an update changes (old →
// new per field), the account ID, product, DIDs, hunt group, published, e-mail, time zone,
// status, problems. Cells in error carry their message (ErrorRole, tooltip); filters show only
// rows with problems and/or rows of one kind.
// Works on 100,000 rows: data() looks up prepared indexes, nothing is formatted in advance.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        ActionColumn,
        ExtensionColumn,
        NameColumn,
        ChangesColumn, // what an update changes: in view on a narrow window
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
    // ActionRole: the row's RowAction as int, or -1 for a row that is not imported.
    enum Role { ErrorRole = Qt::UserRole + 1, HasProblemRole, SpreadsheetRowRole, ActionRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const csv::ReadResult &read, const ImportPlan &plan, qint64 iCustomer);
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }
    // Only the rows of this kind (a RowAction as int); -1: every kind.
    void setKindFilter(int action);
    int kindFilter() const { return m_kind; }
    static QString actionLabel(int action); // "Add", "Update", ... "Not imported" for -1
    int rowWithProblemsCount() const { return m_problemRows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString raw(int record, csv::Field f) const;
    QString cellError(int record, int column) const;
    int actionOf(int record) const;
    QString changesText(int record) const;
    void filter();

    csv::ReadResult m_read;
    ImportPlan m_plan;
    qint64 m_customer = 0;
    QHash<int, int> m_accountOfRow;       // spreadsheet row -> index in m_plan.accounts
    QHash<int, QList<int>> m_errorsOfRow; // spreadsheet row -> indexes in m_plan.errors
    QHash<int, int> m_changeOfRow;        // spreadsheet row -> index in m_plan.changes
    QList<int> m_problemRows;             // record indexes with problems
    QList<int> m_visible;                 // record indexes shown (when a filter is on)
    bool m_onlyProblems = false;
    int m_kind = -1;
};

} // namespace ad
