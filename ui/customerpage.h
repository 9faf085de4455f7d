#pragma once

#include "deskcontext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ad {

class AgreementPane;
class DidsPane;
class ExtensionsPane;
class HistoryPane;
class HuntGroupsPane;

// The right side of the main window: the customer's header (name, i_customer, time zone,
// currency, monthly charges estimate) and its tabs.
class CustomerPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { AgreementTab, ExtensionsTab, DidsTab, HuntGroupsTab, HistoryTab };

    CustomerPage(DeskContext &ctx, QWidget *parent = nullptr);

    void setCustomer(qint64 iCustomer);
    qint64 customer() const { return m_customer; }
    QString customerName() const { return m_name; }
    QTabWidget *tabs() const { return m_tabs; }
    AgreementPane *agreement() const { return m_agreement; }
    ExtensionsPane *extensions() const { return m_extensions; }
    DidsPane *dids() const { return m_dids; }
    HuntGroupsPane *huntGroups() const { return m_huntGroups; }
    HistoryPane *history() const { return m_history; }
    QString chargesText() const;

public slots:
    void refresh();     // after a change: header, counts, other tabs
    void refreshLive(); // another desk's change: all tabs, selections and unapplied edits kept

signals:
    void message(const QString &text);
    void customerChanged(qint64 iCustomer, const QString &name);
    void headerUpdated(); // the charges estimate and counts are current

private:
    void updateHeader();

    DeskContext &m_ctx;
    qint64 m_customer = 0;
    qint64 m_chargesKnownFor = 0;
    QString m_name;
    QString m_currency;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_charges;
    QTabWidget *m_tabs;
    AgreementPane *m_agreement;
    ExtensionsPane *m_extensions;
    DidsPane *m_dids;
    HuntGroupsPane *m_huntGroups;
    HistoryPane *m_history;
};

} // namespace ad
