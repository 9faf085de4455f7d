#pragma once

#include "deskcontext.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace ad {

class ChangeWatcher;
class CustomerListModel;
class CustomerPage;
class ElidedLabel;
class Database;
class ImportWizard;
class DidInventoryWindow;
class ProductsWindow;

// The main window: the customers on the left (filter as you type, lazy), the customer's page on
// the right, menus for databases and actions, and a status bar that names the database and the
// desk user and says what happened.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, const QString &notice, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool selectCustomer(qint64 iCustomer);
    // The tab (CustomerPage::Tab) shown, with the keyboard focus in it (its table): --tab and
    // Customer > Agreement … History (Alt+1 … Alt+5).
    void showTab(int tab);
    CustomerPage *page() const { return m_page; }
    CustomerListModel *customers() const { return m_customers; }
    QTableView *customerView() const { return m_customerView; }
    QLineEdit *customerFilter() const { return m_filter; }
    TaskRunner *tasks() const { return m_tasks; }
    ImportWizard *lastImportWizard() const;
    Database *database() const { return m_db.get(); }
    ProductsWindow *productsWindow() const;
    QAction *newCustomerAction() const { return m_newCustomer; }
    QAction *editCustomerAction() const { return m_editCustomer; }
    QAction *productsAction() const { return m_productsAction; }
    QAction *inventoryAction() const { return m_inventoryAction; }
    DidInventoryWindow *inventoryWindow() const;
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    QAction *reloadAction() const { return m_reloadAction; }

    static QStringList recentDatabases();
    static void applyPalette(bool dark); // View → Dark palette, remembered
    static void rememberDatabase(const QString &spec);

public slots:
    void showMessage(const QString &text);
    // Opens the import for the current customer: asks for a file when path is empty.
    void importFile(const QString &path = {});
    // The provider's set-up (mainwindowsetup.cpp): administrator only.
    void newCustomer();
    void editCustomer();
    void showProducts();
    void showInventory();
    // View > Reload (F5): everything read again now, selections and unapplied edits kept
    // (mainwindowlive.cpp).
    void reloadAll();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    void importRequested(qint64 iCustomer);

private:
    void buildUi();
    void buildMenus();
    void openDatabase(const QString &spec, bool create);
    void openSqliteFile();
    void newSqliteFile();
    void connectPostgres();
    void updateRecentMenu();
    void currentCustomerChanged();
    void selectFirstMatch();  // Enter or Down in the customer filter
    void updateFindActions(); // Ctrl+F: the Extensions filter on that tab, else the customers
    void updateTitle();
    void updateDeskLabel();
    void addSetupActions(QMenu *customer);
    void updateSetupActions(); // disabled in customer mode
    // Live views (mainwindowlive.cpp): another desk's committed change shows by itself.
    void startLiveViews();
    void stopLiveViews();
    void addLiveActions(QMenu *view);
    void refreshLive();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Desk> m_service;
    TaskRunner *m_tasks = nullptr;
    DeskContext m_ctx;
    CustomerListModel *m_customers = nullptr;
    QTableView *m_customerView = nullptr;
    QLineEdit *m_filter = nullptr;
    CustomerPage *m_page = nullptr;
    ElidedLabel *m_dbLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QPointer<QObject> m_lastWizard;
    QPointer<ProductsWindow> m_products;
    QAction *m_newCustomer = nullptr;
    QAction *m_editCustomer = nullptr;
    QAction *m_productsAction = nullptr;
    QAction *m_inventoryAction = nullptr;
    QPointer<DidInventoryWindow> m_inventory;
    ChangeWatcher *m_watcher = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findCustomer = nullptr;
    QAction *m_filterAccounts = nullptr;
};

} // namespace ad
