// Widget tests (offscreen): the Quantity delegate (Unlimited <-> number, the minimum, Apply,
// Revert, undo/redo, a refusal shown on its row and readable, the editor covering the old value),
// the main window (shortcuts, accessibility, the customer filter, the title), the user guide
// and the History columns. The Extensions tab has tst_extensions.
#include "addextensiondialog.h"
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "didspane.h"
#include "extensionspane.h"
#include "helpdialog.h"
#include "historypane.h"
#include "huntgroupspane.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/agreementmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "itemmodels/simpletablemodel.h"
#include "mainwindow.h"
#include "quantitydelegate.h"
#include "services/desk.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace ad;
using namespace ad::test;

class TstWidgets : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    QString &m_spec = m_desk.spec;
    std::unique_ptr<Database> &m_db = m_desk.db;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    std::unique_ptr<TaskRunner> &m_tasks = m_desk.tasks;
    DeskContext &m_ctx = m_desk.ctx;

    qint64 quantityInDb(qint64 c, const QString &product)
    {
        return scalar(*m_db,
                      QStringLiteral("SELECT coalesce(l.quantity, 0) FROM agreement_line l JOIN "
                                     "product p ON p.i_product = l.i_product"
                                     " WHERE l.i_customer = ? AND p.name = ?"),
                      {c, product});
    }

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void quantitySpinBox()
    {
        QuantitySpinBox spin;
        spin.setInUse(3);
        QCOMPARE(spin.lowestNumber(), 3);
        spin.setQuantity(AgreementModel::kUnlimited);
        QCOMPARE(spin.text(), QStringLiteral("Unlimited"));
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited);
        spin.stepBy(1);
        QCOMPARE(spin.quantity(), 3); // one step up from Unlimited: the number in use
        spin.stepBy(-1);
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited); // one step down from it: Unlimited
        spin.setQuantity(10);
        QTest::keyClick(&spin, Qt::Key_U);
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited);
        spin.lineEdit()->selectAll();
        QTest::keyClicks(&spin, QStringLiteral("7"));
        spin.interpretText();
        QCOMPARE(spin.quantity(), 7);
        // Numbers are kept as typed, also below the number in use and 0: never Unlimited.
        for (const char *typed : {"2", "1", "0"}) {
            spin.lineEdit()->selectAll();
            QTest::keyClicks(&spin, QString::fromLatin1(typed));
            spin.interpretText();
            QVERIFY2(!spin.isUnlimited(), typed);
            QCOMPARE(spin.value(), QByteArray(typed).toInt());
        }
        QuantitySpinBox fresh;
        fresh.setInUse(0);
        QCOMPARE(fresh.lowestNumber(), 1);
        fresh.setQuantity(1);
        QCOMPARE(fresh.quantity(), 1);
        fresh.stepBy(-1);
        QVERIFY(fresh.isUnlimited());
        QVERIFY(QuantityDelegate::refusalFor(0, 0).contains(QStringLiteral("1 to")));
        QVERIFY(QuantityDelegate::refusalFor(1, 2).contains(QStringLiteral("lower than 2")));
        QVERIFY(QuantityDelegate::refusalFor(2, 2).isEmpty());
    }

    // A clerk types "in use - 1", 0, or less into the Quantity editor: the row says why it is
    // refused, nothing is staged, and Apply has nothing to write (it used to become Unlimited).
    void quantityBelowUsageIsRefusedOnTheRow_data()
    {
        QTest::addColumn<qint64>("customer");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("typed");
        QTest::newRow("Bluebird, 2 in use, types 1")
            << qint64(46171) << QStringLiteral("Cloud PBX up to 5 phone lines")
            << QStringLiteral("1");
        QTest::newRow("Bluebird, 2 in use, types 0")
            << qint64(46171) << QStringLiteral("Cloud PBX up to 5 phone lines")
            << QStringLiteral("0");
        QTest::newRow("ABC auto attendant, 1 in use, types 0")
            << qint64(46170) << QStringLiteral("Auto attendant") << QStringLiteral("0");
    }
    void quantityBelowUsageIsRefusedOnTheRow()
    {
        QFETCH(qint64, customer);
        QFETCH(QString, product);
        QFETCH(QString, typed);
        AgreementPane pane(m_ctx);
        pane.setCustomer(customer, QStringLiteral("USD"));
        pane.show();
        QTableView *view = pane.mainView();
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(product);
        QVERIFY(row >= 0);
        const int before = model->stagedQuantity(row);
        const int inUse = model->lines().at(row).inUse;
        QVERIFY(inUse > typed.toInt());
        const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, typed);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!model->data(cell, AgreementModel::ErrorRole).toString().isEmpty());
        const QString error = model->data(cell, AgreementModel::ErrorRole).toString();
        QVERIFY2(error.contains(QString::number(inUse)) || error.contains(QStringLiteral("1 to")),
                 qPrintable(error));
        QCOMPARE(model->stagedQuantity(row), before);
        QVERIFY(before != int(AgreementModel::kUnlimited));
        QCOMPARE(pane.pendingCount(), 0);
        QVERIFY(!pane.applyButton()->isEnabled());
        QCOMPARE(quantityInDb(customer, product), qint64(before));
    }

    void quantityDelegateApplyRevertUndo()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.show();
        QTableView *view = pane.mainView();
        AgreementModel *model = pane.mainModel();
        const int aa = model->rowOfProduct(QStringLiteral("Auto attendant"));
        const QModelIndex cell = model->index(aa, AgreementModel::QuantityColumn);
        // Edit through the delegate: open the editor, type a number, commit with Enter.
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->inUse(), 1);
        QCOMPARE(spin->quantity(), 3);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, QStringLiteral("5"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(model->stagedQuantity(aa), 5);
        QVERIFY(model->data(cell, AgreementModel::DirtyRole).toBool());
        QCOMPARE(pane.pendingCount(), 1);
        QVERIFY(pane.applyButton()->isEnabled());
        // U switches to Unlimited.
        view->edit(cell);
        spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QTest::keyClick(spin, Qt::Key_U);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(model->stagedQuantity(aa), int(AgreementModel::kUnlimited));
        // Undo and redo the two edits.
        QCOMPARE(pane.undoStack()->count(), 2);
        pane.undoStack()->undo();
        QCOMPARE(model->stagedQuantity(aa), 5);
        pane.undoStack()->undo();
        QCOMPARE(model->stagedQuantity(aa), 3);
        QCOMPARE(pane.pendingCount(), 0);
        pane.undoStack()->redo();
        QCOMPARE(model->stagedQuantity(aa), 5);
        // Revert drops it; nothing reached the database.
        pane.revert();
        QCOMPARE(model->stagedQuantity(aa), 3);
        QCOMPARE(quantityInDb(46170, QStringLiteral("Auto attendant")), 3);
        // Apply writes it, off the GUI thread.
        QVERIFY(model->setStagedQuantity(aa, 8));
        QTest::mouseClick(pane.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_COMPARE(quantityInDb(46170, QStringLiteral("Auto attendant")), 8);
        QCOMPARE(pane.pendingCount(), 0);
        QCOMPARE(model->data(cell, Qt::DisplayRole).toString(), QStringLiteral("8"));
    }

    void refusalShownOnItsRow()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46171, QStringLiteral("USD")); // Bluebird: 5-line product, 2 in use
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
        QVERIFY(row >= 0);
        // Another desk uses up the lines in the meantime; then our staged 3 is below the usage.
        QVERIFY_OK(m_service->accounts.addExtension(
            46171,
            ExtensionRequest{QStringLiteral("102"),
                             {},
                             {},
                             {},
                             {},
                             {},
                             QStringLiteral("Cloud PBX up to 5 phone lines"),
                             {},
                             false},
            nullptr));
        QVERIFY_OK(m_service->accounts.addExtension(
            46171,
            ExtensionRequest{QStringLiteral("103"),
                             {},
                             {},
                             {},
                             {},
                             {},
                             QStringLiteral("Cloud PBX up to 5 phone lines"),
                             {},
                             false},
            nullptr));
        QVERIFY(model->setStagedQuantity(row, 3));
        pane.apply();
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_VERIFY(
            !model->data(model->index(row, 0), AgreementModel::ErrorRole).toString().isEmpty());
        const QString error =
            model->data(model->index(row, 0), AgreementModel::ErrorRole).toString();
        QVERIFY2(error.contains(QLatin1String("4 account")), qPrintable(error));
        QCOMPARE(quantityInDb(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 5);
        QCOMPARE(pane.pendingCount(), 1); // still staged, so the user can change it
    }

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

    // The Quantity editor covers the cell: the old value does not show through, and "Unlimited"
    // with the arrows fits.
    void quantityEditorCoversTheOldValue()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        AgreementModel *model = pane.mainModel();
        const QModelIndex cell = model->index(model->rowOfProduct(QStringLiteral("Cloud PBX")),
                                              AgreementModel::QuantityColumn);
        pane.mainView()->setCurrentIndex(cell);
        pane.mainView()->edit(cell);
        auto *spin = pane.mainView()->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QVERIFY(spin->autoFillBackground());
        QVERIFY(spin->width() >= spin->sizeHint().width());
        QVERIFY(spin->geometry().contains(pane.mainView()->visualRect(cell).center()));
    }

    // A refusal on an agreement row is readable: the row is as tall as the wrapped text, and
    // the selected row shows it on its own background, not red on the selection's blue.
    void agreementRefusalReadable()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46171, QStringLiteral("USD"));
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
        const QString refusal = QuantityDelegate::refusalFor(1, 2) + QLatin1Char(' ') +
                                QuantityDelegate::refusalFor(1, 2);
        model->setRowError(QStringLiteral("Cloud PBX up to 5 phone lines"), refusal);
        QTableView *view = pane.mainView();
        view->selectRow(row);
        QApplication::processEvents();
        const int width = view->columnWidth(AgreementModel::AvailableColumn);
        const int needed = view->fontMetrics()
                               .boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap,
                                             QStringLiteral("⚠ ") + refusal)
                               .height();
        QVERIFY2(view->rowHeight(row) >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(view->rowHeight(row)).arg(needed)));
        const QRect cell = view->visualRect(model->index(row, AgreementModel::AvailableColumn));
        const QImage image = view->viewport()->grab(cell).toImage();
        const QColor background = image.pixelColor(2, 2);
        QVERIFY2(background != view->palette().color(QPalette::Highlight),
                 qPrintable(background.name()));
    }

    // History: After is in view next to Before, at 1400 and at 900 pixels.
    void historyAfterColumnVisible()
    {
        QVERIFY_OK(m_service->agreement.set(46170, QStringLiteral("Auto attendant"), 5));
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
        }
    }
};

QTEST_MAIN(TstWidgets)
#include "tst_widgets.moc"
