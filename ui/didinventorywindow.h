#pragma once

#include "deskcontext.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// The provider's DID inventory (the administrator's): every number with its owner and account,
// a filter (part of the number or the owner's name), Add numbers… (numbers and FIRST..LAST
// ranges), Give selected to a customer…, and Take back (a customer's free number returns to the
// inventory). Refusals appear in the window; in customer mode the changes are disabled.
class DidInventoryWindow final : public QDialog {
    Q_OBJECT
public:
    enum Column { NumberColumn, OwnerColumn, AccountColumn };

    DidInventoryWindow(DeskContext &ctx, QWidget *parent = nullptr);

    SimpleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString problem() const;
    // Who "Give selected" offers first (the main window's current customer).
    void setDefaultCustomer(const QString &spec) { m_defaultCustomer = spec; }
    bool selectNumber(const QString &number, bool add = false);

public slots:
    void reload();
    void updateActions();
    void addNumbers();
    void giveSelected();
    void takeBackSelected();

signals:
    void changed(); // numbers moved: the DIDs tab may change
    void message(const QString &text);

private:
    QStringList selectedNumbers(bool inventoryOnly, bool freeOwnedOnly) const;

    DeskContext &m_ctx;
    QString m_defaultCustomer;
    QList<InventoryDid> m_dids;
    SimpleTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    ProblemLabel *m_problem;
    QPushButton *m_add, *m_give, *m_take;
};

} // namespace ad
