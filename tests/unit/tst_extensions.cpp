// Widget tests of the Extensions tab (offscreen): blocking by administrator vs customer,
// the selection after adding, failed reads, the add-ons' fees, the name filter at any word
// start, an IoT customer's list, columns that follow their content (the add-extension
// dialog's tests are in tst_addextension).
#include "addextensiondialog.h"
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "didspane.h"
#include "extensionspane.h"
#include "historypane.h"
#include "huntgroupspane.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/simpletablemodel.h"
#include "services/desk.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ad;
using namespace ad::test;

class TstExtensions : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    std::unique_ptr<TaskRunner> &m_tasks = m_desk.tasks;
    DeskContext &m_ctx = m_desk.ctx;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

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

    // A message under a field makes the dialog taller: the wrapped text is never cut (it was
    // cut at the top and the bottom). Checked at the size the layout really gives each label
    // (shown, exposed, laid out), for each message alone and several at once, at the dialog's
    // own width and after the user made it as narrow as it goes: the text's wrapped height and
    // width fit in the label's contents rectangle, and no label overlaps the next field.
    void addonsShowFees()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        withDialog(
            this, [&] { pane.editAddons(); },
            [&](QDialog *dialog) {
                const auto boxes = dialog->findChildren<QCheckBox *>();
                QCOMPARE(boxes.size(), 1);
                QVERIFY2(boxes.first()->text().contains(QLatin1String("Call recording")) &&
                             boxes.first()->text().contains(QLatin1String("4.00")),
                         qPrintable(boxes.first()->text()));
            });
    }

    // "Novak" finds "Jana Novak": a name matches at the start of any of its words.
    void nameFilterMatchesAnyWord()
    {
        ExtensionRequest r;
        r.number = QStringLiteral("4702");
        r.name = QStringLiteral("Jana Novak");
        r.product = QStringLiteral("Cloud PBX");
        QVERIFY_OK(m_service->accounts.addExtension(46170, r, nullptr));
        r.number = QStringLiteral("4703");
        r.name = QStringLiteral("Novakova Petra");
        QVERIFY_OK(m_service->accounts.addExtension(46170, r, nullptr));
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QTest::keyClicks(pane.filterEdit(), QStringLiteral("novak"));
        QTRY_COMPARE(pane.model()->filter(), QStringLiteral("novak")); // after the typing pause
        QStringList names;
        for (int i = 0; i < pane.model()->rowCount(); ++i)
            names << pane.model()->account(i)->name;
        // The names starting with it first, then those with a later word starting with it.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Novakova Petra"), QStringLiteral("Jana Novak")}));
        pane.filterEdit()->clear();
        QTest::keyClicks(pane.filterEdit(), QStringLiteral("ovak"));
        QTRY_COMPARE(pane.model()->filter(), QStringLiteral("ovak"));
        QCOMPARE(pane.model()->rowCount(), 0); // a word start, not anywhere
        QVERIFY(pane.filterEdit()->placeholderText().contains(QLatin1String("any word")));
    }

    // Typing a name into the filter runs one query when typing pauses, with the last text,
    // not one per key (a name filter over a million accounts took 350 ms a key); clearing it
    // applies at once.
    void filterRunsOnceWhenTypingPauses()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QSignalSpy queries(pane.model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(pane.filterEdit(), QStringLiteral("john"), Qt::NoModifier, 20);
        QCOMPARE(queries.count(), 0); // none while typing (keys 20 ms apart)
        QCOMPARE(pane.model()->filter(), QString());
        QTRY_COMPARE(queries.count(), 1);
        QCOMPARE(pane.model()->filter(), QStringLiteral("john"));
        QVERIFY(pane.model()->rowCount() >= 1);
        QCOMPARE(pane.model()->account(0)->name, QStringLiteral("John Doe"));
        QTest::qWait(ExtensionsPane::kFilterDelayMs * 2);
        QCOMPARE(queries.count(), 1); // and no more after it
        pane.filterEdit()->clear();
        QCOMPARE(queries.count(), 2);
        QCOMPARE(pane.model()->filter(), QString());
    }

    // An IoT customer (generic accounts only) is not offered Add extension, and its list has no
    // Ext, DIDs or Hunt group columns; a PBX customer has them.
    void iotCustomerHasNoExtensionColumns()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46174, QStringLiteral("Nordic Sensors"));
        pane.show();
        QVERIFY(!pane.usesExtensions());
        QVERIFY(!pane.addExtensionAction()->isVisible());
        QVERIFY(!pane.addExtensionAction()->isEnabled());
        QVERIFY(!pane.addAutoAttendantAction()->isEnabled());
        for (int c : {AccountListModel::NumberColumn, AccountListModel::DidsColumn,
                      AccountListModel::HuntGroupColumn})
            QVERIFY(pane.view()->isColumnHidden(c));
        QVERIFY(!pane.view()->isColumnHidden(AccountListModel::AccountIdColumn));
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        QVERIFY(pane.usesExtensions());
        QVERIFY(pane.addExtensionAction()->isEnabled());
        QVERIFY(!pane.view()->isColumnHidden(AccountListModel::NumberColumn));
        // A customer with no account yet may start with extensions.
        pane.setCustomer(46173, QStringLiteral("Delta Logistics"));
        QVERIFY(pane.addExtensionAction()->isEnabled());
    }

    // At 900 px the columns follow their content: the name never collapses to "…", long IDs
    // are cut in the middle with the whole ID in the tooltip, the status is whole.
    void columnsFollowContent()
    {
        QVERIFY_OK(m_service->accounts.addGenericAccount(
            46170, QStringLiteral("a-very-long-account-id-for-a-generic-product@example.org"),
            QStringLiteral("Cloud PBX"), false, nullptr));
        ExtensionsPane pane(m_ctx);
        pane.resize(900, 500);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.selectAccount(QStringLiteral("ph46170x4665"));
        pane.blockAction()->trigger();
        m_tasks->waitForIdle();
        QTRY_VERIFY(pane.model()->rowOf(QStringLiteral("ph46170x4665")) >= 0);
        QTableView *view = pane.view();
        const QFontMetrics fm = view->fontMetrics();
        QVERIFY2(view->columnWidth(AccountListModel::NameColumn) >=
                     fm.horizontalAdvance(QStringLiteral("John Doe")),
                 "the name column collapsed");
        QVERIFY(view->columnWidth(AccountListModel::StatusColumn) >=
                fm.horizontalAdvance(QStringLiteral("Blocked by administrator")));
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const int row = pane.model()->rowOf(
            QStringLiteral("a-very-long-account-id-for-a-generic-product@example.org"));
        QVERIFY(row >= 0);
        const QModelIndex id = pane.model()->index(row, AccountListModel::AccountIdColumn);
        QVERIFY(view->columnWidth(AccountListModel::AccountIdColumn) <
                fm.horizontalAdvance(id.data().toString()));
        QCOMPARE(id.data(Qt::ToolTipRole).toString(), id.data().toString());
    }

    // With room to spare, a list of DIDs is shown whole instead of cut in the middle beside a
    // half-empty Name column (1400 px window: "1209455594…2094555951").
    void didsShownWholeWhenThereIsRoom()
    {
        QVERIFY_OK(m_service->accounts.addExtension(
            46170,
            ExtensionRequest{QStringLiteral("4702"),
                             QStringLiteral("Jana Novak"),
                             {QStringLiteral("12094555949"), QStringLiteral("12094555951")},
                             {},
                             {},
                             {},
                             QStringLiteral("Cloud PBX"),
                             {},
                             false},
            nullptr));
        ExtensionsPane pane(m_ctx);
        pane.resize(1000, 500);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView *view = pane.view();
        const int row = pane.model()->rowOf(QStringLiteral("ph46170x4702"));
        QVERIFY(row >= 0);
        const QModelIndex dids = pane.model()->index(row, AccountListModel::DidsColumn);
        QVERIFY(dids.data().toString().contains(QLatin1String("12094555951")));
        const int needed =
            static_cast<QAbstractItemView *>(view)->sizeHintForColumn(AccountListModel::DidsColumn);
        QVERIFY2(view->columnWidth(AccountListModel::DidsColumn) >= needed,
                 qPrintable(QStringLiteral("DIDs %1 px of %2, Name %3 px")
                                .arg(view->columnWidth(AccountListModel::DidsColumn))
                                .arg(needed)
                                .arg(view->columnWidth(AccountListModel::NameColumn))));
    }
};

QTEST_MAIN(TstExtensions)
#include "tst_extensions.moc"
