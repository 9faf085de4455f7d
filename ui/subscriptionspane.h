#pragma once

#include "deskcontext.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// "Subscriptions charged to the customer" in the Agreement tab ("Up to 10 lines for $30"): name
// and monthly fee, Add…, Change fee… and Remove (the administrator's: disabled in customer
// mode). Refusals appear above the table, in words.
class SubscriptionsPane final : public QWidget {
    Q_OBJECT
public:
    SubscriptionsPane(DeskContext &ctx, QWidget *parent = nullptr);
    void setCustomer(qint64 iCustomer, const QString &currency);
    void reload();
    SimpleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problem() const;
    bool selectSubscription(const QString &name);

public slots:
    void addSubscription();
    void changeFee();
    void removeSelected();
    void updateActions();

signals:
    void changed(); // the charges estimate changes
    void message(const QString &text);

private:
    QString selectedName() const;

    DeskContext &m_ctx;
    qint64 m_customer = 0;
    QString m_currency;
    QList<SubscriptionInfo> m_subscriptions;
    SimpleTableModel *m_model;
    QTableView *m_view;
    ProblemLabel *m_problem;
    QPushButton *m_add, *m_fee, *m_remove;
};

} // namespace ad
