#pragma once

#include "deskcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace ad {

class AgreementModel;
class ProblemLabel;
class SubscriptionsPane;

// The Agreement tab: main and add-on products with staged, undoable Quantity edits that the
// service checks on Apply; refusals appear on their rows. Below them, the subscriptions charged
// to the customer directly.
class AgreementPane final : public QWidget {
    Q_OBJECT
public:
    AgreementPane(DeskContext &ctx, QWidget *parent = nullptr);

    void setCustomer(qint64 iCustomer, const QString &currency);
    void setCurrency(const QString &currency); // Edit customer: shown at the next refresh
    void reload();  // after Apply or a switch of customer: staged edits dropped
    void refresh(); // another desk's change: staged edits, current row and scroll kept
    QUndoStack *undoStack() const { return m_undo; }
    AgreementModel *mainModel() const { return m_mainModel; }
    AgreementModel *addonModel() const { return m_addonModel; }
    QTableView *mainView() const { return m_mainView; }
    QTableView *addonView() const { return m_addonView; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    SubscriptionsPane *subscriptions() const { return m_subscriptions; }
    int pendingCount() const;
    QAction *applyAction() const { return m_applyAction; }
    QAction *revertAction() const { return m_revertAction; }
    QList<QPushButton *> productButtons() const { return m_productButtons; }
    void updateActions();      // enabled states: pending edits, busy, customer mode
    void updatePendingLabel(); // the hint below the tables, then updateActions()
    QString problem() const;   // why the agreement could not be loaded; empty when it was

public slots:
    void apply();
    void revert();

signals:
    void changed(); // applied: the header's charges and other tabs may change
    void message(const QString &text);

private:
    QTableView *makeView(AgreementModel *model);
    void addProduct(bool main);
    void removeProduct(bool main);
    void load(bool keepStaged);

    DeskContext &m_ctx;
    qint64 m_customer = 0;
    QString m_currency;
    AgreementModel *m_mainModel;
    AgreementModel *m_addonModel;
    QTableView *m_mainView;
    QTableView *m_addonView;
    QUndoStack *m_undo;
    ProblemLabel *m_problem;
    QLabel *m_pending;
    QPushButton *m_apply;
    QPushButton *m_revert;
    SubscriptionsPane *m_subscriptions;
    bool m_refreshWhenEdited = false;
    QList<QPushButton *> m_productButtons; // remove main, add main, remove add-on, add add-on
    QAction *m_applyAction;
    QAction *m_revertAction;
};

} // namespace ad
