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
#include <QScopeGuard>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

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

// The Alt+letter of a text ("E&xtensions" -> "x"), or "" (none, or "&&" only).
QString mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Installs the translation of `language` for as long as the returned guard lives.
auto useLanguage(const QString &language)
{
    qputenv("AGREEMENTDESK_LANG", language.toLatin1());
    ad::i18n::install(*qApp);
    return qScopeGuard([] {
        qunsetenv("AGREEMENTDESK_LANG");
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
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
        extensions->selectionModel()->setCurrentIndex(extensions->model()->index(1, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
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
        view->selectionModel()->setCurrentIndex(pane.model()->index(1, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
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
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.customerFilter()));
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

    void mnemonicsUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    // One meaning per Alt+letter: the menu bar, the tab bar and the buttons of the tab shown
    // (Alt+X was the Extensions menu and tab, in German Alt+N and Alt+D too).
    void mnemonicsUnique()
    {
        QFETCH(QString, language);
        const auto restore = useLanguage(language);
        MainWindow window(openSpec(m_desk.spec), QString());
        showWindow(window);
        QStringList problems;
        for (qint64 customer : {46170, 46174}) { // a PBX, and generic accounts only (IoT)
            QVERIFY(window.selectCustomer(customer));
            window.tasks()->waitForIdle();
            QTRY_VERIFY(!window.page()->chargesText().contains(QLatin1String("…")));
            QTabWidget *tabs = window.page()->tabs();
            QMultiHash<QString, QString> fixed; // letter -> text
            for (QAction *a : window.menuBar()->actions())
                if (a->isVisible() && !mnemonic(a->text()).isEmpty())
                    fixed.insert(mnemonic(a->text()), a->text());
            for (int t = 0; t < tabs->count(); ++t)
                if (!mnemonic(tabs->tabText(t)).isEmpty())
                    fixed.insert(mnemonic(tabs->tabText(t)), tabs->tabText(t));
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QApplication::processEvents();
                QMultiHash<QString, QString> all = fixed;
                for (QWidget *w : tabs->widget(t)->findChildren<QWidget *>()) {
                    if (!w->isVisibleTo(&window))
                        continue;
                    QString text;
                    if (auto *b = qobject_cast<QAbstractButton *>(w))
                        text = b->text();
                    else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                        text = l->text();
                    if (!mnemonic(text).isEmpty())
                        all.insert(mnemonic(text), text);
                }
                for (const QString &letter : all.uniqueKeys())
                    if (all.count(letter) > 1) {
                        QStringList texts = all.values(letter);
                        texts.sort();
                        const QString p =
                            QStringLiteral("Alt+%1: %2 (tab %3)")
                                .arg(letter.toUpper(), texts.join(QStringLiteral(", ")),
                                     tabs->tabText(t));
                        if (!problems.contains(p))
                            problems << p;
                    }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
