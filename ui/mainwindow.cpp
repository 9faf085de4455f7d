#include "mainwindow.h"

#include "domain/money.h"
#include "sql/database.h"
#include "sql/provisioningservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad {

MainWindow::MainWindow(std::unique_ptr<Database> db, const QString &notice, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    m_service = std::make_unique<ProvisioningService>(*m_db, Actor{});
    setWindowTitle(tr("Agreement Desk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Filter customers by name or i_customer…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter customers"));
    layout->addWidget(m_filter);
    m_table = new QTableWidget(central);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("i_customer"), tr("Time zone"), tr("Accounts"), tr("Monthly estimate")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table);
    setCentralWidget(central);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_status->setText(tr("%1 · desk user: %2").arg(m_db->describe(), m_service->actor().user));
    if (!notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::reload);
    resize(1000, 600);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    QList<CustomerInfo> list;
    const Status st = m_service->customers(&list, m_filter->text());
    if (!st.ok()) {
        statusBar()->showMessage(st.message());
        return;
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const CustomerInfo &c = list.at(i);
        qint64 charges = 0;
        m_service->monthlyCharges(c.id, &charges);
        auto *name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(i, 0, name);
        auto *id = new QTableWidgetItem;
        id->setData(Qt::DisplayRole, c.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, id);
        m_table->setItem(i, 2, new QTableWidgetItem(c.timeZone));
        auto *accounts = new QTableWidgetItem;
        accounts->setData(Qt::DisplayRole, c.accounts);
        accounts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 3, accounts);
        auto *money = new QTableWidgetItem(QLocale().toCurrencyString(charges / 100.0, c.currency));
        money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 4, money);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void MainWindow::selectCustomer(qint64 iCustomer)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == iCustomer) {
            m_table->selectRow(r);
            return;
        }
    }
    statusBar()->showMessage(tr("There is no customer %1.").arg(iCustomer), 10000);
}

} // namespace ad
