#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ad {
class Database;
class ProvisioningService;

// For now: the customers of the database, filterable, with their accounts and monthly
// estimate. The full main window (agreement tables, extensions, DIDs, hunt groups, history)
// is issue #4.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, const QString &notice, QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectCustomer(qint64 iCustomer);

private:
    void reload();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProvisioningService> m_service;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ad
