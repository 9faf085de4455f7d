// The provider's set-up in the window (#13): New customer… and Edit customer… keep the input and
// show the refusal inside the dialog, and the list then selects the customer; the Products window
// lists the catalog with its usage and creates, edits, retires and deletes, with the reason when
// refused; the DIDs tab returns a free number to the inventory; customer mode disables all of it.
// Offscreen, on real widgets, against a fresh SQLite demo database. (The subscriptions, the
// agreement's offer and the DID inventory window: tst_setupwindows.)
#include "agreementpane.h"
#include "customerdialog.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "didinventorywindow.h"
#include "didspane.h"
#include "domain/money.h"
#include "extensionspane.h"
#include "itemmodels/agreementmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "itemmodels/simpletablemodel.h"
#include "mainwindow.h"
#include "problemlabel.h"
#include "productswindow.h"
#include "quantitydelegate.h"
#include "setupuihelpers.h"
#include "subscriptionspane.h"
#include "testdb.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ad;
using namespace ad::test;

class TstSetupUi : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void newCustomerKeptOpenOnRefusalThenSelected()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        window.show();
        QVERIFY(window.newCustomerAction()->isEnabled());
        window.newCustomerAction()->trigger();
        auto *dialog = window.findChild<CustomerDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // A name that exists: refused inside the dialog, which keeps the input.
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ABC Company"));
        dialog->currencyEdit()->clear();
        QTest::keyClicks(dialog->currencyEdit(), QStringLiteral("eur"));
        QCOMPARE(dialog->currencyEdit()->text(), QStringLiteral("EUR"));
        // The time zone picker finds a zone by any part of its name.
        QComboBox *zone = dialog->timeZoneBox();
        zone->lineEdit()->clear();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("berlin"));
        QCompleter *completer = zone->completer();
        QVERIFY(completer);
        QVERIFY(completer->completionCount() >= 1);
        QStringList found;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            found << completer->currentCompletion();
        }
        QVERIFY2(found.contains(QStringLiteral("Europe/Berlin")),
                 qPrintable(found.join(QLatin1Char(','))));
        zone->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog->selfCareBox()->setCurrentIndex(1);
        clickOk(dialog);
        QTRY_VERIFY(!problemOf(dialog).isEmpty());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("ABC Company")),
                 qPrintable(problemOf(dialog)));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ABC Company"));
        QCOMPARE(dialog->timeZoneBox()->currentText(), QStringLiteral("Europe/Berlin"));
        shot(dialog, QStringLiteral("new-customer"));
        // Corrected: created, the dialog closes and the list selects the new customer.
        dialog->nameEdit()->setText(QStringLiteral("Acme Telecom"));
        clickOk(dialog);
        QTRY_VERIFY(!window.findChild<CustomerDialog *>() ||
                    !window.findChild<CustomerDialog *>()->isVisible());
        CustomerInfo made;
        QVERIFY_OK(m_desk.service->customers.find(QStringLiteral("Acme Telecom"), &made));
        QCOMPARE(made.currency, QStringLiteral("EUR"));
        QCOMPARE(made.timeZone, QStringLiteral("Europe/Berlin"));
        QVERIFY(made.selfCareInactive);
        QTRY_COMPARE(window.page()->customer(), made.id);
        QCOMPARE(window.customerView()
                     ->currentIndex()
                     .data(CustomerListModel::CustomerIdRole)
                     .toLongLong(),
                 made.id);
    }

    void editCustomerRefusalThenSaved()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        window.editCustomerAction()->trigger();
        auto *dialog = window.findChild<CustomerDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ABC Company"));
        // ABC Company has accounts: its currency is locked; the reason shows in the dialog.
        dialog->currencyEdit()->setText(QStringLiteral("EUR"));
        dialog->timeZoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
        clickOk(dialog);
        QTRY_VERIFY(!problemOf(dialog).isEmpty());
        QVERIFY(dialog->isVisible());
        CustomerInfo info;
        QVERIFY_OK(m_desk.service->customers.get(46170, &info));
        QCOMPARE(info.currency, QStringLiteral("USD"));
        QVERIFY(info.timeZone != QLatin1String("Europe/Berlin")); // nothing written
        dialog->currencyEdit()->setText(QStringLiteral("USD"));
        dialog->selfCareBox()->setCurrentIndex(1);
        clickOk(dialog);
        QTRY_VERIFY(!window.findChild<CustomerDialog *>() ||
                    !window.findChild<CustomerDialog *>()->isVisible());
        QVERIFY_OK(m_desk.service->customers.get(46170, &info));
        QCOMPARE(info.timeZone, QStringLiteral("Europe/Berlin"));
        QVERIFY(info.selfCareInactive);
        QCOMPARE(window.page()->customer(), qint64(46170));
    }

    // Edit customer… used to reload the page and drop the quantities typed but not applied,
    // without asking: they stay staged (and undoable) while the header shows the new name.
    void editCustomerKeepsUnappliedQuantities()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        AgreementPane *pane = window.page()->agreement();
        QTableView *view = pane->mainView();
        AgreementModel *model = pane->mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Auto attendant"));
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, QStringLiteral("7"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(model->stagedQuantity(row), 7);
        QCOMPARE(pane->pendingCount(), 1);

        window.editCustomerAction()->trigger();
        auto *dialog = window.findChild<CustomerDialog *>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("ABC Company Ltd"));
        clickOk(dialog);
        QTRY_VERIFY(!window.findChild<CustomerDialog *>() ||
                    !window.findChild<CustomerDialog *>()->isVisible());
        QTRY_COMPARE(window.page()->customerName(), QStringLiteral("ABC Company Ltd"));
        QCOMPARE(pane->pendingCount(), 1);
        QCOMPARE(model->stagedQuantity(model->rowOfProduct(QStringLiteral("Auto attendant"))), 7);
        QVERIFY(pane->applyButton()->isEnabled());
        QVERIFY(pane->undoStack()->canUndo());
        QVERIFY(window.windowTitle().contains(QStringLiteral("ABC Company Ltd")));
    }

    void customerModeDisablesTheSetUp()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        window.productsAction()->trigger();
        ProductsWindow *products = window.productsWindow();
        QVERIFY(products);
        QVERIFY(button(products, QStringLiteral("New product…"))->isEnabled());
        window.page()->extensions()->asCustomerAction()->setChecked(true);
        QVERIFY(!window.newCustomerAction()->isEnabled());
        QVERIFY(!window.editCustomerAction()->isEnabled());
        QVERIFY(!window.productsAction()->isEnabled());
        QVERIFY(!button(products, QStringLiteral("New product…"))->isEnabled());
        QVERIFY(!button(window.page()->dids(), QStringLiteral("Give numbers…"))->isEnabled());
        window.page()->extensions()->asCustomerAction()->setChecked(false);
        QVERIFY(window.newCustomerAction()->isEnabled());
        QVERIFY(window.editCustomerAction()->isEnabled());
        QVERIFY(button(products, QStringLiteral("New product…"))->isEnabled());
    }

    void productsCatalog()
    {
        ProductsWindow w(m_desk.ctx);
        QAbstractItemModelTester tester(w.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QList<ProductUsage> catalog;
        QVERIFY_OK(m_desk.service->products.catalog(&catalog));
        QCOMPARE(w.model()->rowCount(), catalog.size());
        for (const ProductUsage &u : catalog) {
            const int r = rowOf(w.model(), u.product.name);
            QVERIFY(r >= 0);
            QCOMPARE(w.model()->text(r, ProductsWindow::CustomersColumn),
                     QString::number(u.customers));
            QCOMPARE(w.model()->text(r, ProductsWindow::AccountsColumn),
                     QString::number(u.accounts));
        }
        w.resize(900, 420);
        shot(&w, QStringLiteral("products"));
        const int pbx = rowOf(w.model(), QStringLiteral("Cloud PBX"));
        QVERIFY(w.model()->text(pbx, ProductsWindow::AccountsColumn).toInt() > 0);

        // New: a bad fee is refused in the dialog; corrected, the product is created.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto edits = dialog->findChildren<QLineEdit *>();
            QLineEdit *name = nullptr, *fee = nullptr;
            for (QLineEdit *e : edits) {
                if (e->accessibleName() == QLatin1String("Product name"))
                    name = e;
                if (e->accessibleName() == QLatin1String("Monthly fee"))
                    fee = e;
            }
            QVERIFY(name && fee);
            QTest::keyClicks(name, QStringLiteral("Fax line"));
            QTest::keyClicks(fee, QStringLiteral("six"));
            clickOk(dialog);
            QTRY_VERIFY(!problemOf(dialog).isEmpty());
            QVERIFY(dialog->isVisible());
            fee->setText(QStringLiteral("6"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        w.newProduct();
        m_desk.tasks->waitForIdle();
        ProductInfo fax;
        QVERIFY_OK(m_desk.service->products.find(QStringLiteral("Fax line"), &fax));
        QCOMPARE(fax.fee, std::optional<qint64>(600));
        QVERIFY(rowOf(w.model(), QStringLiteral("Fax line")) >= 0);

        // Edit: a rename to an existing name is refused in the dialog; then a new fee.
        QVERIFY(w.selectProduct(QStringLiteral("Fax line")));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QLineEdit *name = nullptr, *fee = nullptr;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
                if (e->accessibleName() == QLatin1String("Product name"))
                    name = e;
                if (e->accessibleName() == QLatin1String("Monthly fee"))
                    fee = e;
            }
            QVERIFY(name && fee);
            QCOMPARE(fee->text(), QStringLiteral("6.00"));
            name->setText(QStringLiteral("cloud pbx"));
            clickOk(dialog);
            QTRY_VERIFY(!problemOf(dialog).isEmpty());
            QVERIFY(dialog->isVisible());
            name->setText(QStringLiteral("Fax line plus"));
            fee->setText(QStringLiteral("7.50"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        w.editSelected();
        m_desk.tasks->waitForIdle();
        QVERIFY_OK(m_desk.service->products.find(QStringLiteral("Fax line plus"), &fax));
        QCOMPARE(fax.fee, std::optional<qint64>(750));

        // Delete a used product: refused, with the reason in the window.
        QVERIFY(w.selectProduct(QStringLiteral("Cloud PBX")));
        answerYes(this);
        button(&w, QStringLiteral("Delete"))->click();
        QTRY_VERIFY(!w.problem().isEmpty());
        QVERIFY2(w.problem().contains(QStringLiteral("Cloud PBX")), qPrintable(w.problem()));
        QVERIFY(rowOf(w.model(), QStringLiteral("Cloud PBX")) >= 0);

        // Retire: marked retired, the retire button then disabled.
        QVERIFY(w.selectProduct(QStringLiteral("Fax line plus")));
        answerYes(this);
        button(&w, QStringLiteral("Retire"))->click();
        m_desk.tasks->waitForIdle();
        QTRY_COMPARE(w.model()->text(rowOf(w.model(), QStringLiteral("Fax line plus")),
                                     ProductsWindow::StatusColumn),
                     QStringLiteral("Retired"));
        QVERIFY(!button(&w, QStringLiteral("Retire"))->isEnabled());
        // Delete the never-used one: gone.
        answerYes(this);
        button(&w, QStringLiteral("Delete"))->click();
        m_desk.tasks->waitForIdle();
        QTRY_COMPARE(rowOf(w.model(), QStringLiteral("Fax line plus")), -1);
        QVERIFY(w.problem().isEmpty());
        QCOMPARE(m_desk.service->products.find(QStringLiteral("Fax line plus"), &fax).firstCode(),
                 QStringLiteral("product_unknown"));
    }

    void returnFreeDidToInventory()
    {
        DidsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        auto *view = pane.findChild<QTableView *>();
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPushButton *ret = button(&pane, QStringLiteral("Return to inventory"));
        QPushButton *release = button(&pane, QStringLiteral("Release"));
        QVERIFY(ret && release);
        int freeRow = -1, usedRow = -1;
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            (pane.model()->text(r, 1) == QLatin1String("free") ? freeRow : usedRow) = r;
        QVERIFY(freeRow >= 0 && usedRow >= 0);
        view->setCurrentIndex(pane.model()->index(usedRow, 0));
        QVERIFY(!ret->isEnabled());
        QVERIFY(release->isEnabled());
        view->setCurrentIndex(pane.model()->index(freeRow, 0));
        QVERIFY(ret->isEnabled());
        QVERIFY(!release->isEnabled()); // no more "use --to-inventory"
        const QString number = pane.model()->key(freeRow).toString();
        // In customer mode: disabled.
        Actor customer = m_desk.tasks->actor();
        customer.asCustomer = true;
        m_desk.tasks->setActor(customer);
        pane.updateActions();
        QVERIFY(!ret->isEnabled());
        customer.asCustomer = false;
        m_desk.tasks->setActor(customer);
        pane.updateActions();
        const int before = pane.count();
        ret->click();
        m_desk.tasks->waitForIdle();
        QTRY_COMPARE(pane.count(), before - 1);
        QVERIFY(pane.problem().isEmpty());
        QStringList inventory;
        QVERIFY_OK(m_desk.service->dids.inventory(&inventory));
        QVERIFY(inventory.contains(number));
    }
};

QTEST_MAIN(TstSetupUi)
#include "tst_setupui.moc"
