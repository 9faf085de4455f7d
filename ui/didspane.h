#pragma once

#include "deskcontext.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// The DIDs tab: the customer's numbers, free or assigned to which account; give numbers from
// the provider's inventory (one, a list or a range), assign, release, return a free one to the
// inventory. Giving and returning are the administrator's: disabled in customer mode.
class DidsPane final : public QWidget {
    Q_OBJECT
public:
    DidsPane(DeskContext &ctx, QWidget *parent = nullptr);
    void setCustomer(qint64 iCustomer);
    void reload();
    SimpleTableModel *model() const { return m_model; }
    int count() const;
    QString problem() const; // why the list could not be loaded; empty when it was

public slots:
    void giveNumbers();
    void assignSelected();
    void releaseSelected();
    void returnSelected(); // a free number back to the provider's inventory (administrator)
    void updateActions();  // the selection or who acts changed

signals:
    void changed();
    void message(const QString &text);

private:
    QString selectedNumber() const;
    bool selectedIsFree() const;
    DeskContext &m_ctx;
    qint64 m_customer = 0;
    SimpleTableModel *m_model;
    QTableView *m_view;
    ProblemLabel *m_problem;
    QPushButton *m_give, *m_assign, *m_release, *m_return;
};

} // namespace ad
