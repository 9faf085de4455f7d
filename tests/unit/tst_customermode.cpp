// The GUI's customer mode (issue #12, domain.md "Who may do what"): Act as the customer disables
// everything the self-care path may not do -- agreement quantities and products, Apply, DIDs
// from and back to the inventory, Activate, customers, products, subscriptions, the DID
// inventory -- each saying why in its tooltip, keeps what it may do, and the status bar says
// so beside the desk user. Belt and braces: the service still refuses.
#include "agreementpane.h"
#include "customermode.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "didspane.h"
#include "extensionspane.h"
#include "itemmodels/agreementmodel.h"
#include "mainwindow.h"
#include "services/desk.h"
#include "storage/database.h"
#include "subscriptionspane.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {
QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QString deskLabel(MainWindow &window)
{
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
        if (l->toolTip().contains(QLatin1String("desk user"))) // the whole text (it elides)
            return l->toolTip();
    return {};
}

bool editorOpen(QTableView *view)
{
    for (QWidget *w : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (!w->isHidden())
            return true;
    return false;
}
} // namespace

class TstCustomerMode : public QObject {
    Q_OBJECT
private slots:
    void disablesWhatTheCustomerMayNotDo()
    {
        QString spec;
        QVERIFY(freshDatabase(QStringLiteral("sqlite"), true, &spec));
        MainWindow window(openSpec(spec), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectCustomer(46170));
        CustomerPage *page = window.page();
        AgreementPane *agreement = page->agreement();
        QPushButton *give = button(page->dids(), QStringLiteral("G&ive numbers…"));
        QPushButton *giveBack = button(page->dids(), QStringLiteral("Ret&urn to inventory"));
        QPushButton *addSubscription =
            button(agreement->subscriptions(), QStringLiteral("Add &subscription…"));
        QVERIFY(give && giveBack && addSubscription);
        QAction *activate = page->extensions()->accountActions().constFirst();

        struct Item {
            const char *what;
            QObject *item;
        };
        QList<Item> adminOnly = {{"New customer", window.newCustomerAction()},
                                 {"Edit customer", window.editCustomerAction()},
                                 {"Products", window.productsAction()},
                                 {"DID inventory", window.inventoryAction()},
                                 {"Give numbers", give},
                                 {"Add subscription", addSubscription}};
        for (QPushButton *b : agreement->productButtons())
            adminOnly.append({"agreement product button", b});
        const auto enabled = [](QObject *o) {
            if (auto *a = qobject_cast<QAction *>(o))
                return a->isEnabled();
            return qobject_cast<QWidget *>(o)->isEnabled();
        };
        const auto toolTip = [](QObject *o) {
            if (auto *a = qobject_cast<QAction *>(o))
                return a->toolTip();
            return qobject_cast<QWidget *>(o)->toolTip();
        };

        // The administrator: all there.
        for (const Item &i : adminOnly)
            QVERIFY2(enabled(i.item), i.what);
        QVERIFY(agreement->mainView()->editTriggers() != QAbstractItemView::NoEditTriggers);
        QVERIFY(!deskLabel(window).contains(QLatin1String("acting as the customer")));

        page->extensions()->asCustomerAction()->setChecked(true);
        QVERIFY(window.tasks()->actor().asCustomer);
        for (const Item &i : adminOnly) {
            QVERIFY2(!enabled(i.item), i.what);
            QVERIFY2(toolTip(i.item) == customermode::reason(), i.what);
        }
        QVERIFY(!giveBack->isEnabled());
        QVERIFY(!activate->isEnabled());
        QCOMPARE(activate->toolTip(), customermode::reason());
        QVERIFY(deskLabel(window).contains(QLatin1String("acting as the customer")));
        // What the customer may do stays: add extensions, export.
        QVERIFY(page->extensions()->addExtensionAction()->isEnabled());
        QVERIFY(page->extensions()->exportAction()->isEnabled());

        // Quantities cannot be edited: a double-click opens no editor, F2 neither.
        QTableView *view = agreement->mainView();
        const int aa = agreement->mainModel()->rowOfProduct(QStringLiteral("Auto attendant"));
        const QModelIndex cell = agreement->mainModel()->index(aa, AgreementModel::QuantityColumn);
        page->tabs()->setCurrentIndex(CustomerPage::AgreementTab);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QVERIFY(!editorOpen(view));
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(!editorOpen(view));
        QCOMPARE(view->toolTip(), customermode::reason());
        window.resize(1280, 800);
        shot(&window, QStringLiteral("customer-mode"));
        // A staged change (set before the switch, say) cannot be applied.
        QVERIFY(agreement->mainModel()->setData(cell, 9, Qt::EditRole));
        QVERIFY(!agreement->applyButton()->isEnabled());
        QVERIFY(!agreement->applyAction()->isEnabled());
        agreement->apply();
        window.tasks()->waitForIdle();
        QCOMPARE(scalar(*window.database(),
                        QStringLiteral("SELECT quantity FROM agreement_line al JOIN product p ON "
                                       "p.i_product = al.i_product WHERE al.i_customer = 46170 AND "
                                       "p.name = 'Auto attendant'")),
                 3);

        // Belt and braces: the service refuses the desk's actor as it is now.
        Desk desk(*window.database(), window.tasks()->actor());
        const Status refused = desk.agreement.set(46170, QStringLiteral("Auto attendant"), 9);
        QCOMPARE(refused.firstCode(), QStringLiteral("not_allowed_for_customer"));
        QCOMPARE(desk.dids.add(46170, {QStringLiteral("17775550000")}, nullptr).firstCode(),
                 QStringLiteral("not_allowed_for_customer"));

        // Back to the administrator: enabled again, their own tooltips back.
        page->extensions()->asCustomerAction()->setChecked(false);
        for (const Item &i : adminOnly) {
            QVERIFY2(enabled(i.item), i.what);
            QVERIFY2(toolTip(i.item) != customermode::reason(), i.what);
        }
        QVERIFY(agreement->applyButton()->isEnabled()); // the staged 9 can be applied now
        QVERIFY(view->editTriggers() != QAbstractItemView::NoEditTriggers);
        QVERIFY(!deskLabel(window).contains(QLatin1String("acting as the customer")));
    }
};

QTEST_MAIN(TstCustomerMode)
#include "tst_customermode.moc"
