// The main window's part of the provider's set-up: New customer…, Edit customer… and the
// Products window, all the administrator's (disabled while acting as the customer).
#include "customermode.h"
#include "mainwindow.h"

#include "agreementpane.h"
#include "customerdialog.h"
#include "customerpage.h"
#include "didinventorywindow.h"
#include "didspane.h"
#include "itemmodels/customerlistmodel.h"
#include "productswindow.h"
#include "subscriptionspane.h"
#include "taskrunner.h"

#include <QAction>
#include <QMenu>

namespace ad {

ProductsWindow *MainWindow::productsWindow() const
{
    return m_products.data();
}

DidInventoryWindow *MainWindow::inventoryWindow() const
{
    return m_inventory.data();
}

void MainWindow::addSetupActions(QMenu *customer)
{
    // A database switch rebuilds the menus: a catalog window of the old database goes.
    if (m_products)
        m_products->close();
    if (m_inventory)
        m_inventory->close();
    m_newCustomer =
        customer->addAction(tr("&New customer…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                            this, &MainWindow::newCustomer);
    m_editCustomer = customer->addAction(tr("&Edit customer…"), this, &MainWindow::editCustomer);
    m_productsAction = customer->addAction(tr("&Products…"), this, &MainWindow::showProducts);
    m_productsAction->setStatusTip(tr("The provider's product catalog"));
    m_inventoryAction =
        customer->addAction(tr("DID &inventory…"), this, &MainWindow::showInventory);
    m_inventoryAction->setStatusTip(tr("The provider's DID numbers and who has them"));
    customer->addSeparator();
    updateSetupActions();
}

void MainWindow::updateSetupActions()
{
    const bool admin = !m_tasks->actor().asCustomer;
    for (QAction *a : {m_newCustomer, m_productsAction, m_inventoryAction})
        customermode::adminOnly(a, !admin);
    customermode::adminOnly(m_editCustomer, !admin, m_page->customer() > 0);
    if (m_products)
        m_products->updateActions();
    if (m_inventory)
        m_inventory->updateActions();
    m_page->dids()->updateActions();
    m_page->agreement()->updatePendingLabel(); // and its actions
    m_page->agreement()->subscriptions()->updateActions();
}

void MainWindow::newCustomer()
{
    if (m_tasks->actor().asCustomer)
        return;
    auto *dialog = new CustomerDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->customer();
        m_customers->reload();
        if (id > 0 && selectCustomer(id))
            showMessage(
                tr("Customer %1 created (i_customer %2).").arg(m_page->customerName()).arg(id));
    });
    dialog->open();
}

void MainWindow::editCustomer()
{
    const qint64 id = m_page->customer();
    if (id <= 0 || m_tasks->actor().asCustomer)
        return;
    auto *dialog = new CustomerDialog(m_ctx, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        m_customers->reload();
        // The header (name, time zone, currency) read again as for another desk's change: the
        // quantities typed but not applied stay (setCustomer dropped them without asking).
        if (m_page->customer() == id)
            m_page->refreshLive();
        selectCustomer(id);
        showMessage(tr("Customer %1 saved.").arg(m_page->customerName()));
    });
    dialog->open();
}

void MainWindow::showProducts()
{
    if (!m_products) {
        m_products = new ProductsWindow(m_ctx, this);
        m_products->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_products, &ProductsWindow::message, this, &MainWindow::showMessage);
        // Fees and names show in the agreement and the estimate.
        connect(m_products, &ProductsWindow::changed, m_page, &CustomerPage::refresh);
    }
    m_products->reload();
    m_products->show();
    m_products->raise();
    m_products->activateWindow();
}

void MainWindow::showInventory()
{
    if (!m_inventory) {
        m_inventory = new DidInventoryWindow(m_ctx, this);
        m_inventory->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inventory, &DidInventoryWindow::message, this, &MainWindow::showMessage);
        connect(m_inventory, &DidInventoryWindow::changed, m_page, &CustomerPage::refresh);
    }
    if (m_page->customer() > 0)
        m_inventory->setDefaultCustomer(QString::number(m_page->customer()));
    m_inventory->reload();
    m_inventory->show();
    m_inventory->raise();
    m_inventory->activateWindow();
}

} // namespace ad
