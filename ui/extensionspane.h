#pragma once

#include "deskcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace ad {

class AccountListModel;

// The Extensions tab (Accounts for a customer without a PBX): the customer's extensions, auto
// attendants and generic accounts, filtered in SQL, with the actions on them.
class ExtensionsPane final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFilterDelayMs = 250; // the filter runs when typing pauses this long

    ExtensionsPane(DeskContext &ctx, QWidget *parent = nullptr);

    void setCustomer(qint64 iCustomer, const QString &name);
    void reload();
    void refresh(); // keeps selection and scroll position (another desk's change)
    AccountListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QList<QAction *> accountActions() const;
    QAction *addExtensionAction() const { return m_addExtension; }
    QAction *addAutoAttendantAction() const { return m_addAutoAttendant; }
    QAction *addAccountAction() const { return m_addAccount; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *blockAction() const { return m_block; }
    QAction *unblockAction() const { return m_unblock; }
    QAction *asCustomerAction() const { return m_asCustomer; }
    // False for a customer with generic accounts only (an IoT customer): no Add extension.
    bool usesExtensions() const { return m_usesExtensions; }
    QStringList selectedAccountIds() const;
    QString emptyText() const; // what shows in the table's place when no row does, or ""
    void selectAccount(const QString &accountId);

public slots:
    void addExtension();
    void addAutoAttendant();
    void addGenericAccount();
    void activateSelected();
    void blockSelected();
    void unblockSelected();
    void closeSelected();
    void editAddons();
    void exportCsv();

signals:
    void changed();
    void actorChanged(); // "Act as the customer" switched
    void message(const QString &text);
    void importRequested();

private:
    void openAddExtensionDialog(const struct CustomerSnapshot &snapshot);
    void runOnSelected(const QString &verb,
                       const std::function<Status(Desk &, const QString &)> &op);
    void updateActions();
    void setUpFilter(); // extensionsfilter.cpp
    void applyFilter();
    void selectOnly(const QString &accountId);
    void updateEmptyState();

    DeskContext &m_ctx;
    qint64 m_customer = 0;
    bool m_usesExtensions = true;
    QString m_customerName;
    AccountListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    int m_filterRun = 0; // a name filter's query off the GUI thread: only the last one shows
    QLabel *m_empty;
    QToolBar *m_toolbar;
    QAction *m_addExtension, *m_addAutoAttendant, *m_addAccount, *m_activate, *m_block, *m_unblock,
        *m_close, *m_addons, *m_import, *m_export, *m_asCustomer;
};

} // namespace ad
