#pragma once

#include "deskcontext.h"
#include "taskrunner.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// The provider's product catalog (the administrator's): every product with its kind, fee,
// currency, status and how many customers and accounts use it; New product…, Edit… (rename,
// fee), Retire and Delete. A refusal ("used by an agreement") appears in the window, in words.
// In customer mode (Act as the customer) the changes are disabled.
class ProductsWindow final : public QDialog {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        FeeColumn,
        CurrencyColumn,
        StatusColumn,
        CustomersColumn,
        AccountsColumn
    };

    ProductsWindow(DeskContext &ctx, QWidget *parent = nullptr);

    SimpleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problem() const;
    bool selectProduct(const QString &name);

public slots:
    void reload();
    void updateActions(); // the selection or who acts changed
    void newProduct();
    void editSelected();
    void retireSelected();
    void deleteSelected();

signals:
    void changed(); // a product was created, changed, retired or deleted
    void message(const QString &text);

private:
    QString selectedName() const;
    void runChange(const QString &what, const QString &name, TaskRunner::Task task,
                   const QString &done);

    DeskContext &m_ctx;
    SimpleTableModel *m_model;
    QTableView *m_view;
    ProblemLabel *m_problem;
    QPushButton *m_new, *m_edit, *m_retire, *m_delete;
    QList<ProductUsage> m_products;
};

} // namespace ad
