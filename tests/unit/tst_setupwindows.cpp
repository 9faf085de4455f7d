// The provider's set-up in the window (#13), continued: the subscriptions charged to the customer
// in the Agreement tab and the header estimate's parts, the agreement offering active products
// only, and the DID inventory window. Offscreen, on real widgets, against a fresh SQLite demo
// database.
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "didinventorywindow.h"
#include "domain/money.h"
#include "setupuihelpers.h"
#include "subscriptionspane.h"
#include "testdb.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstSetupWindows : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    // The subscriptions charged to the customer, in the Agreement tab: listed, added (a bad fee
    // refused in the dialog), fee changed, removed; the header's estimate explains its parts.
    void subscriptionsAndEstimateParts()
    {
        CustomerPage page(m_desk.ctx);
        page.setCustomer(46171);
        page.show();
        SubscriptionsPane *subs = page.agreement()->subscriptions();
        QAbstractItemModelTester tester(subs->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SubscriptionInfo> inDb;
        QVERIFY_OK(m_desk.service->subscriptions.list(46171, &inDb));
        QCOMPARE(subs->model()->rowCount(), inDb.size());
        QVERIFY(inDb.size() >= 1);
        QCOMPARE(subs->model()->key(0).toString(), inDb.first().name);
        // The estimate's tooltip gives its parts, and they add up to the header's figure.
        ChargesBreakdown parts;
        QVERIFY_OK(m_desk.service->customers.charges(46171, &parts));
        qint64 total = 0;
        QVERIFY_OK(m_desk.service->customers.monthlyCharges(46171, &total));
        QCOMPARE(parts.total(), total);
        QLabel *estimate = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->text().startsWith(QLatin1String("Monthly estimate")))
                estimate = l;
        QVERIFY(estimate);
        QTRY_VERIFY(estimate->toolTip().startsWith(QLatin1String("Subscriptions")));
        QVERIFY2(estimate->toolTip().contains(
                     money::display(parts.subscriptions, QStringLiteral("USD"))),
                 qPrintable(estimate->toolTip()));
        QVERIFY(estimate->toolTip().contains(money::display(total, QStringLiteral("USD"))));

        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QLineEdit *name = nullptr, *fee = nullptr;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
                if (e->accessibleName() == QLatin1String("Subscription name"))
                    name = e;
                if (e->accessibleName() == QLatin1String("Monthly fee"))
                    fee = e;
            }
            QVERIFY(name && fee);
            QTest::keyClicks(name, QStringLiteral("Up to 10 lines"));
            QTest::keyClicks(fee, QStringLiteral("thirty"));
            clickOk(dialog);
            QTRY_VERIFY(!problemOf(dialog).isEmpty());
            QVERIFY(dialog->isVisible());
            fee->setText(QStringLiteral("30"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        subs->addSubscription();
        m_desk.tasks->waitForIdle();
        QVERIFY_OK(m_desk.service->subscriptions.list(46171, &inDb));
        QCOMPARE(subs->model()->rowCount(), inDb.size());
        const int row = rowOf(subs->model(), QStringLiteral("Up to 10 lines"));
        QVERIFY(row >= 0);
        QCOMPARE(subs->model()->text(row, 1), money::display(3000, QStringLiteral("USD")));
        page.resize(1000, 720);
        shot(&page, QStringLiteral("agreement-subscriptions"));
        // The header follows.
        QTRY_VERIFY(estimate->toolTip().contains(
            money::display(parts.subscriptions + 3000, QStringLiteral("USD"))));

        QVERIFY(subs->selectSubscription(QStringLiteral("Up to 10 lines")));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *fee = dialog->findChild<QLineEdit *>();
            QCOMPARE(fee->text(), QStringLiteral("30.00"));
            fee->setText(QStringLiteral("25"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        subs->changeFee();
        m_desk.tasks->waitForIdle();
        QVERIFY_OK(m_desk.service->subscriptions.list(46171, &inDb));
        bool found = false;
        for (const SubscriptionInfo &s : inDb)
            if (s.name == QLatin1String("Up to 10 lines")) {
                found = true;
                QCOMPARE(s.fee, qint64(2500));
            }
        QVERIFY(found);

        QVERIFY(subs->selectSubscription(QStringLiteral("Up to 10 lines")));
        answerYes(this);
        button(subs, QStringLiteral("Remove subscription"))->click();
        m_desk.tasks->waitForIdle();
        QTRY_COMPARE(rowOf(subs->model(), QStringLiteral("Up to 10 lines")), -1);
        QVERIFY(subs->problem().isEmpty());
        // In customer mode the changes are disabled.
        Actor customer = m_desk.tasks->actor();
        customer.asCustomer = true;
        m_desk.tasks->setActor(customer);
        subs->updateActions();
        QVERIFY(!button(subs, QStringLiteral("Add subscription…"))->isEnabled());
    }

    // Add main product… offers active products only: a retired one is not in the list.
    void addProductOffersActiveOnly()
    {
        QVERIFY_OK(m_desk.service->products.retire(QStringLiteral("Enterprise PBX")));
        AgreementPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.show();
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *box = dialog->findChild<QComboBox *>();
            QVERIFY(box);
            for (int i = 0; i < box->count(); ++i)
                offered << box->itemText(i);
            dialog->reject();
        });
        button(&pane, QStringLiteral("Add main product…"))->click();
        QVERIFY(!offered.isEmpty());
        QVERIFY(offered.contains(QStringLiteral("Phone line")));
        QVERIFY2(!offered.contains(QStringLiteral("Enterprise PBX")),
                 qPrintable(offered.join(QLatin1Char(','))));
    }

    // The DID inventory window: add a range (a bad number refused in the dialog), filter, give
    // the selected numbers to a customer, take a free one back; customer mode disables it.
    void didInventoryWindow()
    {
        DidInventoryWindow w(m_desk.ctx);
        QAbstractItemModelTester tester(w.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QList<InventoryDid> all;
        QVERIFY_OK(m_desk.service->didInventory.list(&all));
        QCOMPARE(w.model()->rowCount(), all.size());
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *numbers = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(numbers, QStringLiteral("15550009000..15550009004 12"));
            clickOk(dialog);
            QTRY_VERIFY(!problemOf(dialog).isEmpty());
            QVERIFY(dialog->isVisible());
            numbers->setText(QStringLiteral("15550009000..15550009004"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        w.addNumbers();
        m_desk.tasks->waitForIdle();
        QCOMPARE(w.model()->rowCount(), all.size() + 5);
        w.filterEdit()->setText(QStringLiteral("1555000900"));
        QTRY_COMPARE(w.model()->rowCount(), 5);
        QVERIFY(w.selectNumber(QStringLiteral("15550009000")));
        QVERIFY(w.selectNumber(QStringLiteral("15550009001"), true));
        QVERIFY(button(&w, QStringLiteral("Give selected to a customer…"))->isEnabled());
        QVERIFY(!button(&w, QStringLiteral("Take back"))->isEnabled());
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *customer = dialog->findChild<QLineEdit *>();
            customer->setText(QStringLiteral("No Such Customer"));
            clickOk(dialog);
            QTRY_VERIFY(!problemOf(dialog).isEmpty());
            QVERIFY(dialog->isVisible());
            customer->setText(QStringLiteral("46170"));
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        });
        w.giveSelected();
        m_desk.tasks->waitForIdle();
        QList<DidInfo> owned;
        QVERIFY_OK(m_desk.service->dids.list(46170, &owned));
        QStringList ownedNumbers;
        for (const DidInfo &d : owned)
            ownedNumbers << d.number;
        QVERIFY(ownedNumbers.contains(QStringLiteral("15550009000")));
        QVERIFY(ownedNumbers.contains(QStringLiteral("15550009001")));
        QCOMPARE(w.model()->text(0, DidInventoryWindow::OwnerColumn),
                 QStringLiteral("ABC Company"));
        w.filterEdit()->clear();
        QTRY_COMPARE(w.model()->rowCount(), all.size() + 5);
        w.resize(760, 480);
        shot(&w, QStringLiteral("did-inventory"));
        QVERIFY(w.selectNumber(QStringLiteral("15550009001")));
        QVERIFY(button(&w, QStringLiteral("Take back"))->isEnabled());
        button(&w, QStringLiteral("Take back"))->click();
        m_desk.tasks->waitForIdle();
        QStringList inventory;
        QVERIFY_OK(m_desk.service->dids.inventory(&inventory));
        QVERIFY(inventory.contains(QStringLiteral("15550009001")));
        QVERIFY(!inventory.contains(QStringLiteral("15550009000")));
        Actor customer = m_desk.tasks->actor();
        customer.asCustomer = true;
        m_desk.tasks->setActor(customer);
        w.updateActions();
        QVERIFY(!button(&w, QStringLiteral("Add numbers…"))->isEnabled());
    }
};

QTEST_MAIN(TstSetupWindows)
#include "tst_setupwindows.moc"
