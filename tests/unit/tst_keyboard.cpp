// The main window by keyboard alone (offscreen, real widgets, the demo database): Tab leaves the
// tables and the current row is framed; after an action the keyboard's current row is the
// selected one; the Extensions actions follow the rows the filter shows; the filters and the
// toolbar are in reach; every Alt+letter has one meaning (en and de).
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "extensionspane.h"
#include "i18n/i18n.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "mainwindow.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace ad;
using namespace ad::test;

namespace {

// How many pixels of the line at `y` of the view's viewport have the palette's Text colour: the
// frame of the current row, drawn while the view has the focus.
int framePixels(QTableView *view, int y)
{
    const QImage image = view->viewport()->grab().toImage();
    const QColor text = view->palette().color(QPalette::Text);
    int n = 0;
    for (int x = 0; x < image.width(); ++x)
        n += image.pixelColor(x, y) == text ? 1 : 0;
    return n;
}

} // namespace

class TstKeyboard : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

    void showWindow(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    // Tab walked the customer list cell by cell, never left it, and every third press selected
    // the next customer; the same in the Extensions table.
    void tabLeavesTables()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        showWindow(window);
        QVERIFY(window.selectCustomer(46170));
        QTableView *customers = window.customerView();
        customers->setFocus();
        QTRY_VERIFY(customers->hasFocus());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(!customers->hasFocus(), "Tab stayed in the customer list");
        QCOMPARE(window.page()->customer(), 46170);

        window.page()->tabs()->setCurrentIndex(CustomerPage::ExtensionsTab);
        QTableView *extensions = window.page()->extensions()->view();
        extensions->setFocus();
        QTRY_VERIFY(extensions->hasFocus());
        extensions->selectionModel()->setCurrentIndex(
            extensions->model()->index(1, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(extensions, Qt::Key_Tab);
        QVERIFY2(!extensions->hasFocus(), "Tab stayed in the Extensions table");
        QCOMPARE(extensions->currentIndex().row(), 1);
        // Shift+Tab from the Extensions filter never selects another customer.
        window.page()->extensions()->filterEdit()->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(window.page()->customer(), 46170);

        // The current row is framed while the table has the focus, and only then.
        extensions->setFocus();
        QTRY_VERIFY(extensions->hasFocus());
        const int top = extensions->visualRect(extensions->currentIndex()).top() + 1;
        const int focused = framePixels(extensions, top);
        window.page()->extensions()->filterEdit()->setFocus();
        QTRY_VERIFY(!extensions->hasFocus());
        const int unfocused = framePixels(extensions, top);
        QVERIFY2(focused > extensions->viewport()->width() / 3 && unfocused == 0,
                 qPrintable(QStringLiteral("%1 / %2 pixels").arg(focused).arg(unfocused)));
    }

    // Block reloaded the rows and left the keyboard's current row on the first one while the
    // second stayed highlighted: Down then selected the second row, Del offered to close it.
    void currentRowFollowsSelectionAfterAction()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QTableView *view = pane.view();
        QCOMPARE(pane.model()->rowCount(), 2);
        const QString id =
            pane.model()->index(1, 0).data(AccountListModel::AccountIdRole).toString();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(
            pane.model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (QAction *action : {pane.blockAction(), pane.unblockAction()}) {
            QTRY_VERIFY(action->isEnabled());
            action->trigger();
            QTRY_VERIFY(!m_desk.tasks->isBusy());
            QApplication::processEvents();
            QCOMPARE(pane.selectedAccountIds(), QStringList{id});
            QCOMPARE(view->currentIndex().row(), pane.model()->rowOf(id));
        }
        // Up from the blocked row selects the row above it (from the first row it stayed there).
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), pane.model()->rowOf(id) - 1);
    }
    // Filtering hid the selected rows and left Block and Close… enabled, doing nothing; a
    // filter with no match left the table blank; Esc in the filter clears it.
    void actionsFollowTheFilter()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QTableView *view = pane.view();
        const QString id =
            pane.model()->index(1, 0).data(AccountListModel::AccountIdRole).toString();
        pane.selectAccount(id);
        QVERIFY(pane.blockAction()->isEnabled());
        // A filter that still shows the selected row keeps it selected.
        pane.filterEdit()->setText(id);
        QTRY_COMPARE(pane.model()->filter(), id);
        QCOMPARE(pane.selectedAccountIds(), QStringList{id});
        QVERIFY(pane.blockAction()->isEnabled());
        QCOMPARE(view->currentIndex().row(), pane.model()->rowOf(id));
        // One that hides it: nothing selected, nothing to act on, and the table says so.
        pane.filterEdit()->setText(QStringLiteral("zzz"));
        QTRY_COMPARE(pane.model()->filter(), QStringLiteral("zzz"));
        QTRY_COMPARE(pane.model()->rowCount(), 0);
        QVERIFY(pane.selectedAccountIds().isEmpty());
        for (QAction *a : pane.accountActions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(pane.emptyText().contains(QLatin1String("zzz")), qPrintable(pane.emptyText()));
        pane.filterEdit()->setFocus();
        QTest::keyClick(pane.filterEdit(), Qt::Key_Escape);
        QVERIFY(pane.filterEdit()->text().isEmpty());
        QTRY_COMPARE(pane.model()->rowCount(), 2);
        QVERIFY(pane.emptyText().isEmpty());
    }

    // The Extensions toolbar's buttons had no Tab focus; Ctrl+F went to the customer filter on
    // the Extensions tab; --tab extensions started with the focus in the customer filter; Enter
    // in the customer filter left the header on a customer the list no longer showed.
    void keyboardReach()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        QVERIFY(window.selectCustomer(46170));
        window.showTab(CustomerPage::ExtensionsTab); // as --tab extensions, before show()
        showWindow(window);
        ExtensionsPane *pane = window.page()->extensions();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->view()));

        // Tab from the table around the window reaches every toolbar button.
        QSet<QString> reached;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (auto *b = qobject_cast<QToolButton *>(QApplication::focusWidget()))
                reached.insert(b->defaultAction() ? b->defaultAction()->text() : b->text());
        }
        for (QAction *a : {pane->addExtensionAction(), pane->importAction(), pane->exportAction()})
            QVERIFY2(reached.contains(a->text()), qPrintable(a->text()));
        QCOMPARE(window.page()->customer(), 46170);

        // Ctrl+F: the Extensions filter on that tab, the customer filter elsewhere.
        pane->view()->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->filterEdit()));
        window.showTab(CustomerPage::HistoryTab);
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(window.customerFilter()));
        // Enter selects the customer the filter left (the one shown is gone from the list).
        QTest::keyClicks(window.customerFilter(), QStringLiteral("blue"));
        QCOMPARE(window.customers()->rowCount(), 1);
        QCOMPARE(window.page()->customer(), 46170);
        QTest::keyClick(window.customerFilter(), Qt::Key_Return);
        QCOMPARE(window.page()->customer(), 46171);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.customerView()));
        // Down does the same.
        window.customerFilter()->setFocus();
        window.customerFilter()->setText(QStringLiteral("corner"));
        QCOMPARE(window.customers()->rowCount(), 1);
        QTest::keyClick(window.customerFilter(), Qt::Key_Down);
        QCOMPARE(window.page()->customer(), 46172);
        window.tasks()->waitForIdle();
    }

};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
