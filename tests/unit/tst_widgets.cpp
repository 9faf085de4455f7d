// Widget tests (offscreen): the Quantity delegate (Unlimited <-> number, the minimum, Apply,
// Revert, undo/redo, a refusal shown on its row), the add-extension dialog (ID preview,
// availability, validation, DID picker), blocking by administrator vs customer in the view,
// and the customer filter.
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

    void addExtensionDialog()
    {
        CustomerSnapshot s;
        QVERIFY_OK(m_service->customers.snapshot(46170, &s));
        AddExtensionDialog dialog(s);
        QVERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(dialog.accountIdPreview(), QStringLiteral("ph46170x…"));
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("4665"));
        QVERIFY(dialog.accountIdPreview().startsWith(QLatin1String("ph46170x4665")));
        QVERIFY(dialog.accountIdPreview().contains(QLatin1String("taken")));
        QVERIFY(dialog.fieldMessage(QStringLiteral("Extension number"))
                    .contains(QLatin1String("already has extension 4665")));
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.numberEdit()->clear();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("47a"));
        QVERIFY(dialog.fieldMessage(QStringLiteral("Extension number"))
                    .contains(QLatin1String("not an extension number")));
        // A 16th digit is kept and refused, not dropped silently.
        dialog.numberEdit()->clear();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("1234567890123456"));
        QCOMPARE(dialog.numberEdit()->text(), QStringLiteral("1234567890123456"));
        QVERIFY2(!dialog.fieldMessage(QStringLiteral("Extension number")).isEmpty(),
                 "no message for 16 digits");
        dialog.numberEdit()->setText(QStringLiteral("4702"));
        QCOMPARE(dialog.accountIdPreview(), QStringLiteral("ph46170x4702  ✓ free"));
        // No product is preselected (the first in the list, "Auto attendant", used to be, and
        // accepting the default billed the extension as an auto attendant): Add waits for a
        // choice, without an error message on the fresh field.
        QCOMPARE(dialog.productBox()->currentIndex(), -1);
        QVERIFY(dialog.request().product.isEmpty());
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.fieldMessage(QStringLiteral("Product")).isEmpty());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.result() != QDialog::Accepted);
        // Availability in the product list.
        auto *products = qobject_cast<QStandardItemModel *>(dialog.productBox()->model());
        QVERIFY(products);
        bool sawAa = false;
        for (int i = 0; i < products->rowCount(); ++i)
            if (products->item(i)->data(Qt::UserRole).toString() ==
                QLatin1String("Auto attendant")) {
                sawAa = true;
                QVERIFY(products->item(i)->text().contains(QLatin1String("1 of 3 used")));
                QVERIFY(products->item(i)->isEnabled());
            }
        QVERIFY(sawAa);
        // Charges preview, for the product chosen.
        for (int i = 0; i < products->rowCount(); ++i)
            if (products->item(i)->data(Qt::UserRole).toString() == QLatin1String("Cloud PBX"))
                dialog.productBox()->setCurrentIndex(i);
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY2(dialog.chargesLabel()->text().contains(QLatin1String("26.00")),
                 qPrintable(dialog.chargesLabel()->text()));
        QVERIFY(dialog.chargesLabel()->text().contains(QLatin1String("16.00")));
        // The DID picker offers free DIDs only (12094555948 belongs to the auto attendant).
        QCOMPARE(dialog.didList()->count(), 12);
        QVERIFY(
            dialog.didList()->findItems(QStringLiteral("12094555948"), Qt::MatchExactly).isEmpty());
        dialog.didList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.request().dids, QStringList{dialog.didList()->item(0)->text()});
        // Inline validation of the e-mail.
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("hana@"));
        QVERIFY(dialog.fieldMessage(QStringLiteral("Email for notifications"))
                    .contains(QLatin1String("not an email address")));
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.emailEdit()->setText(QStringLiteral("hana@abc.example"));
        QVERIFY(dialog.addButton()->isEnabled());
        dialog.huntGroupBox()->setCurrentIndex(
            dialog.huntGroupBox()->findData(QStringLiteral("Sales")));
        dialog.nameEdit()->setText(QStringLiteral("Hana Kobayashi"));
        dialog.show();
        shot(&dialog, QStringLiteral("add-extension"));
        const ExtensionRequest r = dialog.request();
        QCOMPARE(r.huntGroup, QStringLiteral("Sales"));
        QCOMPARE(r.product, QStringLiteral("Cloud PBX"));
        QVERIFY_OK(m_service->accounts.addExtension(46170, r, nullptr));
    }

    void fullProductDisabled()
    {
        QVERIFY_OK(
            m_service->agreement.set(46171, QStringLiteral("Cloud PBX up to 5 phone lines"), 2));
        CustomerSnapshot s;
        QVERIFY_OK(m_service->customers.snapshot(46171, &s));
        AddExtensionDialog dialog(s);
        auto *products = qobject_cast<QStandardItemModel *>(dialog.productBox()->model());
        QCOMPARE(products->rowCount(), 1);
        QVERIFY(!products->item(0)->isEnabled());
        QVERIFY(products->item(0)->text().contains(QLatin1String("full")));
        QVERIFY(products->item(0)->toolTip().contains(QLatin1String("raise it")));
        dialog.numberEdit()->setText(QStringLiteral("150"));
        QVERIFY(!dialog.addButton()->isEnabled());
    }

    void blockByAdminVersusCustomer()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        QVERIFY(pane.blockAction()->isEnabled());
        pane.blockAction()->trigger();
        QTRY_VERIFY(!m_tasks->isBusy());
        auto status = [&] {
            const int row = pane.model()->rowOf(QStringLiteral("ph46170x4665"));
            return pane.model()
                ->data(pane.model()->index(row, AccountListModel::StatusColumn))
                .toString();
        };
        QTRY_COMPARE(status(), QStringLiteral("Blocked by administrator"));
        // As the customer: an administrator's block stays, and Unblock is not even offered for
        // it (it used to stay enabled and refuse only in the status bar); Activate is the
        // administrator's check.
        pane.asCustomerAction()->setChecked(true);
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        QVERIFY(!pane.unblockAction()->isEnabled());
        QVERIFY(!pane.blockAction()->isEnabled());
        pane.unblockAction()->trigger();
        QTRY_VERIFY(!m_tasks->isBusy());
        QCOMPARE(status(), QStringLiteral("Blocked by administrator"));
        // Back to administrator: unblock; then the customer blocks it.
        pane.asCustomerAction()->setChecked(false);
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        pane.unblockAction()->trigger();
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_COMPARE(status(), QStringLiteral("Active"));
        pane.asCustomerAction()->setChecked(true);
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        pane.blockAction()->trigger();
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_COMPARE(status(), QStringLiteral("Blocked by customer"));
        // The customer may lift its own block.
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        QVERIFY(pane.unblockAction()->isEnabled());
    }

    // After Add auto attendant, the new account alone is selected: the row selected before
    // (closed 4675 in the report) must not be blocked together with it.
    void newAccountAloneIsSelected()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>();
            QVERIFY(name);
            name->setText(QStringLiteral("Front desk menu"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        pane.addAutoAttendantAction()->trigger();
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_COMPARE(pane.selectedAccountIds(), QStringList{QStringLiteral("ph46170aa2")});
    }

    void readFailuresShown()
    {
        // When a read fails the pane says so, with the database's reason, instead of showing an
        // empty list; an action that must read first says so in the status bar and opens nothing.
        CustomerPage page(m_ctx);
        page.setCustomer(46170);
        page.show();
        QString lastMessage;
        connect(&page, &CustomerPage::message, this, [&](const QString &m) { lastMessage = m; });
        QVERIFY(page.agreement()->problem().isEmpty());
        QVERIFY(page.dids()->problem().isEmpty());
        QVERIFY(page.huntGroups()->problem().isEmpty());
        QVERIFY(page.history()->problem().isEmpty());
        QVERIFY(page.dids()->count() > 0);
        page.extensions()->selectAccount(QStringLiteral("ph46170x4665"));
        page.huntGroups()->findChild<QTableView *>()->setCurrentIndex(
            page.huntGroups()->model()->index(0, 0));
        m_tasks->waitForIdle();

        m_desk.loseGuiConnection();
        // Says whether text is the message for prefix, followed by the database's reason.
        auto says = [](const QString &text, const char *prefix) {
            return text.startsWith(QLatin1String(prefix)) && text.size() > int(qstrlen(prefix));
        };
        ModalGuard guard;
        page.dids()->giveNumbers();
        QVERIFY2(says(lastMessage, "Could not load the provider's DID inventory: "),
                 qPrintable(lastMessage));
        page.huntGroups()->editSelected();
        QVERIFY2(says(lastMessage, "Could not load the hunt group: "), qPrintable(lastMessage));
        page.extensions()->addAutoAttendant();
        QVERIFY2(says(lastMessage, "Could not load the agreement's products: "),
                 qPrintable(lastMessage));
        lastMessage.clear();
        page.extensions()->addGenericAccount();
        QVERIFY2(says(lastMessage, "Could not load the agreement's products: "),
                 qPrintable(lastMessage));
        page.extensions()->editAddons();
        QVERIFY2(says(lastMessage, "Could not load the agreement: "), qPrintable(lastMessage));
        for (QPushButton *b : page.agreement()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Add &main product…"))
                b->click();
        QVERIFY2(says(lastMessage, "Could not load the products: "), qPrintable(lastMessage));

        page.agreement()->reload();
        page.dids()->reload();
        page.huntGroups()->reload();
        page.history()->reload();
        QVERIFY2(says(page.agreement()->problem(), "Could not load the agreement: "),
                 qPrintable(page.agreement()->problem()));
        QVERIFY2(says(page.dids()->problem(), "Could not load the DIDs: "),
                 qPrintable(page.dids()->problem()));
        QVERIFY2(says(page.huntGroups()->problem(), "Could not load the hunt groups: "),
                 qPrintable(page.huntGroups()->problem()));
        QVERIFY2(says(page.history()->problem(), "Could not load the history: "),
                 qPrintable(page.history()->problem()));
        QCOMPARE(page.dids()->count(), 0);
        QCOMPARE(guard.closed, 0); // no dialog was opened on a failed read
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
};

QTEST_MAIN(TstWidgets)
#include "tst_widgets.moc"
