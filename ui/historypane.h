#pragma once

#include "deskcontext.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// The History tab: the audit trail, newest first, filterable.
class HistoryPane final : public QWidget {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ViaColumn,
        DeskLabelColumn,
        ActionColumn,
        ObjectColumn,
        BeforeColumn,
        AfterColumn
    };
    HistoryPane(DeskContext &ctx, QWidget *parent = nullptr);
    void setCustomer(qint64 iCustomer);
    void reload();
    SimpleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problem() const; // why the history could not be loaded; empty when it was

private:
    DeskContext &m_ctx;
    qint64 m_customer = 0;
    SimpleTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    ProblemLabel *m_problem;
};

} // namespace ad
