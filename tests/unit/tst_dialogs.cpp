// Dialogs keep the user's input until the change is done: OK runs the change with the dialog
// open; a refusal is shown in the dialog (the input, e.g. a hunt order, stays for a correction)
// and nothing is written; only success closes it. Offscreen, on real widgets.
#include "accountpicker.h"
#include "addextensiondialog.h"
#include "deskfixture.h"
#include "didspane.h"
#include "extensionspane.h"
#include "huntgroupspane.h"
#include "itemmodels/simpletablemodel.h"
#include "problemlabel.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ad;
using namespace ad::test;

class TstDialogs : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

    QStringList membersInDb(const QString &group)
    {
        QList<HuntGroupInfo> groups;
        if (!m_desk.service->huntGroups.list(46170, &groups).ok())
            return {QStringLiteral("<error>")};
        for (const auto &g : groups)
            if (g.name == group)
                return g.members;
        return {QStringLiteral("<none>")};
    }
    int auditRows()
    {
        return int(scalar(*m_desk.db, QStringLiteral("SELECT count(*) FROM audit")));
    }

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void huntGroupEditKeptOpenOnRefusal()
    {
        HuntGroupsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        auto *view = pane.findChild<QTableView *>();
        QVERIFY(view);
        QVERIFY(pane.model()->rowCount() > 0);
        view->setCurrentIndex(pane.model()->index(0, 0));
        const QString group = pane.model()->index(0, 0).data().toString();
        const QStringList before = membersInDb(group);
        const int auditBefore = auditRows();

        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *members = dialog->findChild<QListWidget *>();
            QVERIFY(members);
            // The member field takes digits only.
            QLineEdit *candidate = nullptr;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
                if (e->accessibleName() == QLatin1String("Extension to add"))
                    candidate = e;
            QVERIFY(candidate);
            QTest::keyClicks(candidate, QStringLiteral("9x9y99"));
            QCOMPARE(candidate->text(), QStringLiteral("9999"));
            QTest::keyClick(candidate, Qt::Key_Return); // adds 9999, no such extension
            QCOMPARE(members->item(members->count() - 1)->text(), QStringLiteral("9999"));
            const QStringList order = [&] {
                QStringList o;
                for (int i = 0; i < members->count(); ++i)
                    o << members->item(i)->text();
                return o;
            }();
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            buttons->button(QDialogButtonBox::Save)->click();
            // Refused: still open, the reason inside, the order as the user left it.
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY2(problem->problem().contains(QStringLiteral("9999")),
                     qPrintable(problem->problem()));
            QVERIFY(dialog->isVisible());
            QCOMPARE(members->count(), order.size());
            QCOMPARE(members->item(members->count() - 1)->text(), QStringLiteral("9999"));
            // Fix it: remove 9999, save; now it closes.
            members->setCurrentRow(members->count() - 1);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == QLatin1String("Remove"))
                    b->click();
            buttons->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        pane.editSelected();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(membersInDb(group), before);
        // Neither the refused save nor the save that changed nothing wrote to the history (a
        // no-op "huntgroup.update" used to be written, before = after).
        QCOMPARE(auditRows(), auditBefore);
    }

    // Save on an unchanged hunt group closes the dialog and writes nothing; a real rename is
    // audited once.
    void huntGroupSaveWithoutChangeWritesNoAudit()
    {
        HuntGroupsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        auto *view = pane.findChild<QTableView *>();
        view->setCurrentIndex(pane.model()->index(0, 0));
        const int auditBefore = auditRows();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        pane.editSelected();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(auditRows(), auditBefore);
        QVERIFY_OK(m_desk.service->huntGroups.update(46170, QStringLiteral("Sales"),
                                                     QStringLiteral("Sales team"), {}, {}));
        QCOMPARE(auditRows(), auditBefore + 1);
    }

    // Assign DID: a picker of the customer's open accounts, typing to filter ("4665" offers
    // ph46170x4665; it used to be a line edit pre-filled with "ph46170x"); a refused account
    // keeps the dialog open with the reason; the right one assigns and closes.
    void assignDidPickerKeptOpenOnRefusal()
    {
        DidsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        auto *view = pane.findChild<QTableView *>();
        QVERIFY(view);
        int freeRow = -1;
        for (int r = 0; r < pane.model()->rowCount() && freeRow < 0; ++r)
            if (pane.model()->index(r, 1).data().toString() == QLatin1String("free"))
                freeRow = r;
        QVERIFY(freeRow >= 0);
        const QString number = pane.model()->index(freeRow, 0).data().toString();
        view->setCurrentIndex(pane.model()->index(freeRow, 0));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *picker = dialog->findChild<AccountPicker *>();
            QVERIFY(picker);
            QVERIFY(picker->currentText().isEmpty()); // nothing pre-filled
            // Closed accounts are not offered; open ones are, with their names.
            QVERIFY(picker->findData(QStringLiteral("ph46170x4665")) >= 0);
            QVERIFY(picker->findData(QStringLiteral("ph46170aa1")) >= 0);
            QTest::keyClicks(picker->lineEdit(), QStringLiteral("nosuch"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(dialog->isVisible());
            QCOMPARE(picker->currentText(), QStringLiteral("nosuch"));
            // Typing filters: "4665" matches anywhere in "ph46170x4665 — 4665 John Doe".
            picker->lineEdit()->clear();
            QTest::keyClicks(picker->lineEdit(), QStringLiteral("4665"));
            QCOMPARE(picker->completer()->completionCount(), 1);
            QVERIFY(picker->completer()->currentCompletion().contains(QLatin1String("John Doe")));
            QCOMPARE(picker->accountId(), QStringLiteral("ph46170x4665"));
            ok->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        pane.assignSelected();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(scalar(*m_desk.db,
                        QStringLiteral("SELECT count(*) FROM did d JOIN account a ON a.i_account = "
                                       "d.i_account WHERE a.id = 'ph46170x4665' AND d.number = ?"),
                        {number}),
                 qint64(1));
    }

    // Add account with an ID the rules refuse: the dialog stays with the reason; corrected, it
    // creates the account and closes.
    void addAccountKeptOpenOnRefusal()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46174, QStringLiteral("Nordic Sensors"));
        pane.show();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *id = dialog->findChild<QLineEdit *>();
            QVERIFY(id);
            id->setText(QStringLiteral("ph1bad"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(dialog->isVisible());
            QCOMPARE(id->text(), QStringLiteral("ph1bad"));
            id->setText(QStringLiteral("89460000000000000099"));
            ok->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        for (QAction *a : pane.findChildren<QAction *>())
            if (a->text() == QString::fromUtf8("Add a&ccount…"))
                a->trigger();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(pane.selectedAccountIds(), QStringList{QStringLiteral("89460000000000000099")});
        QCOMPARE(
            scalar(*m_desk.db, QStringLiteral("SELECT count(*) FROM account WHERE id = 'ph1bad'")),
            qint64(0));
    }

    // A refusal inside a dialog is readable whole: the dialog grows to its wrapped lines (in
    // New hunt group the second line was cut, under the buttons).
    void refusalInDialogNotCut()
    {
        HuntGroupsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Closed also when a check fails, so that a failure does not hang in exec().
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
            QVERIFY(edits.size() >= 2);
            QTest::keyClicks(edits.at(0), QStringLiteral("support")); // ABC has "Support"
            QTest::keyClicks(edits.at(1), QStringLiteral("777"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            buttons->button(QDialogButtonBox::Ok)->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QApplication::processEvents();
            QVERIFY(dialog->isVisible());
            const QRect room = problem->contentsRect();
            const QRect text = problem->fontMetrics().boundingRect(
                QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, problem->text());
            QVERIFY2(text.height() <= room.height(),
                     qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                    .arg(problem->text())
                                    .arg(text.height())
                                    .arg(room.height())));
            const QRect label(problem->mapTo(dialog, QPoint(0, 0)), problem->size());
            const QRect box(buttons->mapTo(dialog, QPoint(0, 0)), buttons->size());
            QVERIFY(!label.intersects(box));
            QVERIFY(dialog->rect().contains(label));
            checked = true;
        });
        pane.createGroup();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
    }

    // Add extension: a refusal after the dialog's own checks (another desk took the number
    // while the dialog was open) keeps the dialog with the reason and the input; nothing is
    // written or audited; corrected, it creates the extension and closes.
    void addExtensionKeptOpenOnRefusal()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        bool checked = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<AddExtensionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QTest::keyClicks(dialog->numberEdit(), QStringLiteral("4710"));
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Eva Mala"));
            for (int i = 0; i < dialog->productBox()->count(); ++i)
                if (dialog->productBox()->itemData(i).toString() == QLatin1String("Cloud PBX"))
                    dialog->productBox()->setCurrentIndex(i);
            QVERIFY(dialog->isAcceptable());
            // Another desk is faster.
            ExtensionRequest r;
            r.number = QStringLiteral("4710");
            r.name = QStringLiteral("Other desk");
            r.product = QStringLiteral("Cloud PBX");
            QVERIFY_OK(m_desk.service->accounts.addExtension(46170, r, nullptr));
            const int audit = auditRows();
            dialog->addButton()->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(problem->problem().contains(QLatin1String("4710")));
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->numberEdit()->text(), QStringLiteral("4710"));
            QCOMPARE(auditRows(), audit);
            dialog->numberEdit()->setText(QStringLiteral("4711"));
            dialog->addButton()->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        poll.start();
        pane.addExtension();
        QTRY_VERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(pane.selectedAccountIds(), QStringList{QStringLiteral("ph46170x4711")});
        QCOMPARE(text(*m_desk.db,
                      QStringLiteral("SELECT name FROM extension e JOIN account a ON "
                                     "a.i_account = e.i_account WHERE a.id = 'ph46170x4710'")),
                 QStringLiteral("Other desk"));
    }

    // Give numbers: a refused number keeps the dialog with the reason and the typed text;
    // nothing is audited; a number from the inventory then goes through and closes it.
    void giveNumbersKeptOpenOnRefusal()
    {
        DidsPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        pane.show();
        QStringList inventory;
        QVERIFY_OK(m_desk.service->dids.inventory(&inventory));
        QVERIFY(!inventory.isEmpty());
        const QString owned = pane.model()->index(0, 0).data().toString(); // the customer's own
        QVERIFY(!owned.isEmpty());
        const int audit = auditRows();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("didNumbers"));
            QVERIFY(edit);
            edit->clear();
            QTest::keyClicks(edit, owned);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(dialog->isVisible());
            QCOMPARE(edit->text(), owned);
            QCOMPARE(auditRows(), audit);
            edit->setText(inventory.first());
            ok->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        pane.giveNumbers();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(scalar(*m_desk.db, QStringLiteral("SELECT i_customer FROM did WHERE number = ?"),
                        {inventory.first()}),
                 qint64(46170));
    }

    // Add-ons: the whole change or nothing. Unticking Call recording and ticking a full
    // Voicemail is refused in the dialog (kept open, ticks kept) and Call recording stays;
    // nothing is audited; a save without a change writes nothing either.
    void addonsKeptOpenAllOrNothing()
    {
        const QString rec = QStringLiteral("Call recording"),
                      vm = QStringLiteral("Voicemail to email");
        const QString x4665 = QStringLiteral("ph46170x4665");
        QVERIFY_OK(m_desk.service->agreement.add(46170, vm, 1));
        ExtensionRequest r;
        r.number = QStringLiteral("4702");
        r.name = QStringLiteral("Jana Novak");
        r.product = QStringLiteral("Cloud PBX");
        QVERIFY_OK(m_desk.service->accounts.addExtension(46170, r, nullptr));
        QVERIFY_OK(m_desk.service->accountState.addonAdd(QStringLiteral("ph46170x4702"), vm));
        AccountInfo a;
        QVERIFY_OK(m_desk.service->accounts.find(x4665, &a));
        if (!a.addons.contains(rec))
            QVERIFY_OK(m_desk.service->accountState.addonAdd(x4665, rec));
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        pane.selectAccount(x4665);
        const int audit = auditRows();
        auto box = [](QDialog *dialog, const QString &product) -> QCheckBox * {
            for (QCheckBox *b : dialog->findChildren<QCheckBox *>())
                if (b->property("product").toString() == product)
                    return b;
            return nullptr;
        };
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCheckBox *recBox = box(dialog, rec), *vmBox = box(dialog, vm);
            QVERIFY(recBox && vmBox);
            QVERIFY(recBox->isChecked());
            recBox->click();
            vmBox->click();
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(dialog->isVisible());
            QVERIFY(!recBox->isChecked() && vmBox->isChecked());
            AccountInfo now;
            QVERIFY_OK(m_desk.service->accounts.find(x4665, &now));
            QCOMPARE(now.addons, QStringList{rec}); // the removal was not applied alone
            QCOMPARE(auditRows(), audit);
            checked = true;
        });
        pane.editAddons();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        // OK without a change: closes, nothing audited.
        checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        pane.editAddons();
        QVERIFY(checked);
        m_desk.tasks->waitForIdle();
        QCOMPARE(auditRows(), audit);
    }
};

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
