#pragma once

#include "deskcontext.h"

#include <QHash>
#include <QWidget>

class QTableView;

namespace ad {

class ProblemLabel;
class SimpleTableModel;

// The Hunt groups tab: create, rename, number, hunt sequence, ordered members.
class HuntGroupsPane final : public QWidget {
    Q_OBJECT
public:
    HuntGroupsPane(DeskContext &ctx, QWidget *parent = nullptr);
    void setCustomer(qint64 iCustomer);
    void reload();
    SimpleTableModel *model() const { return m_model; }
    int count() const;
    QString problem() const; // why the list could not be loaded; empty when it was

public slots:
    void createGroup();
    void editSelected();

signals:
    void changed();
    void message(const QString &text);

private:
    QString memberText(const QString &number) const; // "4665 John Doe"
    DeskContext &m_ctx;
    QHash<QString, QString> m_names; // member extension number -> name
    qint64 m_customer = 0;
    SimpleTableModel *m_model;
    QTableView *m_view;
    ProblemLabel *m_problem;
};

} // namespace ad
