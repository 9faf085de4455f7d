// Widget tests of the main window (offscreen): shortcuts with one meaning each and the README's
// keys, accessibility, the customer filter, the title, the user guide and the History columns.
// The Agreement tab has tst_agreementpane, the Extensions tab tst_extensions.
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "extensionspane.h"
#include "helpdialog.h"
#include "historypane.h"
#include "i18n/i18n.h"
#include "itemmodels/agreementmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "itemmodels/simpletablemodel.h"
#include "mainwindow.h"
#include "services/desk.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoCommand>
#include <QUndoStack>

using namespace ad;
using namespace ad::test;

class TstMainWindow : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    QString &m_spec = m_desk.spec;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    DeskContext &m_ctx = m_desk.ctx;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void userGuide()
    {
        HelpDialog help;
        const QString text = help.browser()->toPlainText();
        for (const char *topic :
             {"Agreement", "Extensions and accounts", "DIDs", "Hunt groups",
              "Importing extensions from CSV", "quantity_exceeded", "did_not_owned", "plan_stale"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
        // The German guide is shipped too and has the same sections.
        QFile de(QStringLiteral(":/agreementdesk/help/guide_de.html"));
        QVERIFY(de.open(QIODevice::ReadOnly));
        const QString german = QString::fromUtf8(de.readAll());
        for (const char *topic :
             {"Vereinbarung", "Nebenstellen und Konten", "DIDs", "Sammelrufgruppen",
              "aus CSV importieren", "quantity_exceeded", "plan_stale"})
            QVERIFY2(german.contains(QString::fromUtf8(topic)), topic);
    }

    // Every shortcut has one meaning: no key is bound twice where both bindings can be live at
    // once (two window-wide actions, or a window-wide action and one of a pane, or one action
    // with the same key twice). Then the README's keys do what it says.
    void shortcutsAreUnique()
    {
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        struct Binding {
            QAction *action;
            QWidget *scope; // nullptr = the whole window
        };
        QHash<QString, QList<Binding>> byKey;
        QStringList problems;
        for (QAction *a : window.findChildren<QAction *>()) {
            QSet<QString> own;
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString(QKeySequence::PortableText);
                if (own.contains(key))
                    problems << QStringLiteral("%1 is bound twice to \"%2\"").arg(key, a->text());
                own.insert(key);
                QWidget *scope = nullptr;
                if (a->shortcutContext() != Qt::WindowShortcut &&
                    a->shortcutContext() != Qt::ApplicationShortcut)
                    scope = qobject_cast<QWidget *>(a->parent());
                byKey[key].append({a, scope});
            }
        }
        for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
            const auto &list = it.value();
            for (int i = 0; i < list.size(); ++i)
                for (int j = i + 1; j < list.size(); ++j) {
                    QWidget *x = list[i].scope, *y = list[j].scope;
                    const bool disjoint =
                        x && y && !x->isAncestorOf(y) && !y->isAncestorOf(x) && x != y;
                    if (!disjoint && list[i].action != list[j].action)
                        problems << QStringLiteral("%1: \"%2\" and \"%3\"")
                                        .arg(it.key(), list[i].action->text(),
                                             list[j].action->text());
                }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(byKey.contains(QStringLiteral("Ctrl+Shift+Z")));
        QVERIFY(byKey.contains(QStringLiteral("Ctrl+Y")));
        QCOMPARE(byKey.value(QStringLiteral("Ctrl+N")).size(), 1);
        QCOMPARE(byKey.value(QStringLiteral("Ctrl+N")).first().action->text(),
                 QStringLiteral("Add e&xtension…"));

        // Redo by both of its keys, undo by Ctrl+Z, with the focus in the agreement table.
        AgreementPane *pane = window.findChild<AgreementPane *>();
        QVERIFY(pane);
        AgreementModel *model = pane->mainModel();
        const int aa = model->rowOfProduct(QStringLiteral("Auto attendant"));
        QUndoStack *stack = pane->undoStack();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(tabs->widget(0));
        pane->mainView()->setFocus();
        QVERIFY(model->setStagedQuantity(aa, 5));
        stack->push(new QUndoCommand(QStringLiteral("probe"))); // something to undo and redo
        const int index = stack->index();
        for (const QKeySequence &redoKey :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
            QTest::keySequence(pane->mainView(), QKeySequence(Qt::CTRL | Qt::Key_Z));
            QTRY_COMPARE(stack->index(), index - 1);
            QTest::keySequence(pane->mainView(), redoKey);
            QTRY_COMPARE(stack->index(), index);
        }

        // Ctrl+N opens Add extension from anywhere in the window, e.g. the customer filter.
        auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setFocus();
        QString opened;
        QTimer::singleShot(200, this, [&opened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = modal->windowTitle();
                modal->close();
            }
        });
        QTest::keySequence(filter, QKeySequence(Qt::CTRL | Qt::Key_N));
        QTRY_VERIFY(opened.startsWith(QLatin1String("Add extension")));
        QVERIFY(filter->text().isEmpty());
    }

    void accessibility()
    {
        // Every input and list of the main window and the import wizard has a name a screen
        // reader can say: its own accessible name, a label it is the buddy of, or its text.
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        QSet<QWidget *> labelled;
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->buddy())
                labelled.insert(l->buddy());
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) ||
                               qobject_cast<QAbstractItemView *>(w) ||
                               qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (!input || qobject_cast<QHeaderView *>(w) ||
                qobject_cast<QLineEdit *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // parts of other widgets
            if (w->accessibleName().isEmpty() && !labelled.contains(w))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                               w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Every menu action is reachable from the keyboard: a mnemonic (&) or a shortcut.
        QStringList unreachable;
        for (QAction *a : window.menuBar()->actions())
            for (QAction *item : a->menu()->actions()) {
                if (item->isSeparator() || item->menu())
                    continue;
                if (!item->text().contains(QLatin1Char('&')) && item->shortcut().isEmpty() &&
                    item->text() != QLatin1String("English") &&
                    item->text() != QLatin1String("Deutsch"))
                    unreachable << item->text();
            }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
        // Colour is never the only signal: a refused quantity says so in words.
        AgreementModel *model = window.page()->agreement()->mainModel();
        model->setRowError(QStringLiteral("Auto attendant"), QStringLiteral("no"));
        const int row = model->rowOfProduct(QStringLiteral("Auto attendant"));
        QVERIFY(
            model->data(model->index(row, AgreementModel::AvailableColumn), Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("Refused")));
        window.tasks()->waitForIdle();
    }

    void customerFilter()
    {
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QCOMPARE(window.customers()->rowCount(), 5);
        QTest::keyClicks(window.customerFilter(), QStringLiteral("blue"));
        QCOMPARE(window.customers()->rowCount(), 1);
        window.customerView()->setCurrentIndex(window.customers()->index(0, 0));
        QCOMPARE(window.page()->customer(), 46171);
        QVERIFY(window.windowTitle().contains(QLatin1String("Bluebird Dental")));
        QTRY_VERIFY(window.page()->chargesText().contains(QLatin1String("20.00")));
        window.customerFilter()->clear();
        QTest::keyClicks(window.customerFilter(), QStringLiteral("46174"));
        QCOMPARE(window.customers()->rowCount(), 1);
        QVERIFY(window.selectCustomer(46174));
        QCOMPARE(window.page()->customer(), 46174);
        window.tasks()->waitForIdle();
    }

    // The title names the customer; the window system adds " — Agreement Desk" (the display
    // name), which the title used to repeat.
    void windowTitleDoesNotRepeatTheName()
    {
        QApplication::setApplicationDisplayName(QStringLiteral("Agreement Desk"));
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        QCOMPARE(window.windowTitle(), QStringLiteral("ABC Company (46170)"));
        window.tasks()->waitForIdle();
        QApplication::setApplicationDisplayName(QString());
    }

    // The Extensions menu offers every add of the tab's toolbar (Add auto attendant and Add
    // account were only on the toolbar).
    void extensionsMenuHasTheToolbarsActions()
    {
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        QMenu *ext = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Extensions"))
                ext = a->menu();
        QVERIFY(ext);
        auto *pane = window.findChild<ExtensionsPane *>();
        QVERIFY(pane);
        const auto bars = pane->findChildren<QToolBar *>();
        QVERIFY(!bars.isEmpty());
        int checked = 0;
        for (QToolBar *bar : bars)
            for (QAction *a : bar->actions()) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                QVERIFY2(ext->actions().contains(a), qPrintable(a->text()));
                ++checked;
            }
        QVERIFY(checked >= 8);
        QVERIFY(ext->actions().contains(pane->addAutoAttendantAction()));
        QVERIFY(ext->actions().contains(pane->addAccountAction()));
    }

    // German at 900×600: the customer list shows its i_customer and Accounts columns whole
    // (the page beside it wants more room in German, and the list was squeezed until
    // i_customer scrolled off: "461" for 46170).
    void germanCustomerListWholeAt900()
    {
        qputenv("AGREEMENTDESK_LANG", "de");
        QCOMPARE(ad::i18n::install(*qApp), QStringLiteral("de"));
        const auto restore = qScopeGuard([] {
            qunsetenv("AGREEMENTDESK_LANG");
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectCustomer(46170));
        QApplication::processEvents();
        QTableView *list = nullptr;
        for (QTableView *v : window.findChildren<QTableView *>())
            if (qobject_cast<CustomerListModel *>(v->model()))
                list = v;
        QVERIFY(list);
        QCOMPARE(
            list->model()->headerData(CustomerListModel::NameColumn, Qt::Horizontal).toString(),
            QStringLiteral("Kunde"));
        auto *view = static_cast<QAbstractItemView *>(list);
        for (int c : {CustomerListModel::IdColumn, CustomerListModel::AccountsColumn}) {
            const int end = list->columnViewportPosition(c) + list->columnWidth(c);
            QVERIFY2(list->columnViewportPosition(c) >= 0 && end <= list->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3 px")
                                    .arg(c)
                                    .arg(end)
                                    .arg(list->viewport()->width())));
            QVERIFY(list->columnWidth(c) >= view->sizeHintForColumn(c));
        }
        QVERIFY(list->columnWidth(CustomerListModel::NameColumn) >=
                list->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    }

    // History: via (admin or customer) and the desk's own label are columns of their own, beside
    // who; nothing is appended to the name.
    void historyShowsViaAndDeskLabel()
    {
        Desk portal(*m_desk.db, Actor{QStringLiteral("abc-portal"), true});
        QVERIFY_OK(portal.accountState.block(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_service->accountState.unblock(QStringLiteral("ph46170x4665")));
        HistoryPane pane(m_ctx);
        pane.setCustomer(46170);
        SimpleTableModel *model = pane.model();
        QCOMPARE(model->headerData(HistoryPane::ViaColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Via"));
        QCOMPARE(model->headerData(HistoryPane::DeskLabelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Desk label"));
        // Newest first: the administrator's unblock, then the portal's block.
        QCOMPARE(model->text(0, HistoryPane::ViaColumn), QStringLiteral("admin"));
        QCOMPARE(model->text(0, HistoryPane::DeskLabelColumn), QStringLiteral("tester"));
        QCOMPARE(model->text(1, HistoryPane::ViaColumn), QStringLiteral("customer"));
        QCOMPARE(model->text(1, HistoryPane::DeskLabelColumn), QStringLiteral("abc-portal"));
        QVERIFY(!model->text(1, HistoryPane::WhoColumn).contains(QLatin1String("customer")));
        QVERIFY(model->text(1, HistoryPane::ActionColumn).contains(QLatin1String("block")));
        // On SQLite who is the label: the view does not repeat it. An entry whose label differs
        // from its who (PostgreSQL: the login) shows the column.
        auto *view = pane.findChild<QTableView *>();
        QVERIFY(view->isColumnHidden(HistoryPane::DeskLabelColumn));
        QCOMPARE(rawExec(*m_desk.db,
                         QStringLiteral("INSERT INTO audit (at, who, via, desk_label, action, "
                                        "object, old_value, new_value, i_customer) VALUES "
                                        "(?, 'desk_anna', 'admin', 'Anna', 'account.block', "
                                        "'ph46170x4665', 'no', 'yes', 46170)"),
                         {Database::nowUtc()}),
                 QString());
        pane.reload();
        QCOMPARE(model->text(0, HistoryPane::WhoColumn), QStringLiteral("desk_anna"));
        QCOMPARE(model->text(0, HistoryPane::DeskLabelColumn), QStringLiteral("Anna"));
        QVERIFY(!view->isColumnHidden(HistoryPane::DeskLabelColumn));
    }

    // History: After is in view next to Before, at 1400 and at 900 pixels; at 1400 a long After
    // (an added extension) is shown whole rather than cut in the middle beside an empty Before.
    void historyAfterColumnVisible()
    {
        QVERIFY_OK(m_service->agreement.set(46170, QStringLiteral("Auto attendant"), 5));
        QVERIFY_OK(m_service->accounts.addExtension(
            46170,
            ExtensionRequest{QStringLiteral("4702"),
                             QStringLiteral("Jana Novak"),
                             {QStringLiteral("12094555949"), QStringLiteral("12094555951")},
                             {},
                             QStringLiteral("jana.novak@example.com"),
                             {},
                             QStringLiteral("Cloud PBX"),
                             QStringLiteral("Sales"),
                             false},
            nullptr));
        for (int width : {1400, 900}) {
            HistoryPane pane(m_ctx);
            pane.resize(width, 500);
            pane.setCustomer(46170);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            auto *view = pane.findChild<QTableView *>();
            QVERIFY(view);
            const int after = view->model()->columnCount() - 1;
            QVERIFY(view->columnViewportPosition(after) >= 0);
            QVERIFY2(view->columnViewportPosition(after) + 40 < view->viewport()->width(),
                     qPrintable(QStringLiteral("%1: After starts at %2")
                                    .arg(width)
                                    .arg(view->columnViewportPosition(after))));
            if (width == 1400) {
                const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(after);
                QVERIFY2(view->columnWidth(after) >= needed,
                         qPrintable(QStringLiteral("After %1 px of %2, Before %3 px")
                                        .arg(view->columnWidth(after))
                                        .arg(needed)
                                        .arg(view->columnWidth(after - 1))));
            }
        }
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
