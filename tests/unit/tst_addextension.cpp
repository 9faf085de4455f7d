// Widget tests of the add-extension and add-auto-attendant dialogs (offscreen): the ID
// preview, availability (a full product disabled), validation, the DID picker, messages
// never cut and the dialog shrinking back when they go, an auto attendant's free DIDs.
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

class TstAddExtension : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    std::unique_ptr<TaskRunner> &m_tasks = m_desk.tasks;
    DeskContext &m_ctx = m_desk.ctx;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

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

    void addExtensionMessagesNotCut_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("messages");
        QTest::newRow("number taken") << QStringLiteral("4665") << QString() << 1;
        QTest::newRow("hunt group's number") << QStringLiteral("200") << QString() << 1;
        QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << QString() << 1;
        QTest::newRow("e-mail") << QStringLiteral("4702") << QStringLiteral("hana@") << 1;
        QTest::newRow("taken and e-mail") << QStringLiteral("4665") << QStringLiteral("hana@") << 2;
    }
    void addExtensionMessagesNotCut()
    {
        QFETCH(QString, number);
        QFETCH(QString, email);
        QFETCH(int, messages);
        CustomerSnapshot s;
        QVERIFY_OK(m_service->customers.snapshot(46170, &s));
        AddExtensionDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.numberEdit(), number);
        QTest::keyClicks(dialog.emailEdit(), email);
        for (int width : {dialog.width(), dialog.minimumWidth()}) {
            dialog.resize(width, dialog.height());
            QApplication::processEvents();
            dialog.layout()->activate();
            QApplication::processEvents();
            const QString where = QStringLiteral("at %1 px: ").arg(dialog.width());
            int shown = 0;
            const QList<QWidget *> fields = {dialog.numberEdit(), dialog.nameEdit(),
                                             dialog.emailEdit(), dialog.addButton()};
            for (QLabel *l : dialog.findChildren<QLabel *>()) {
                if (!l->objectName().startsWith(QLatin1String("message ")) || !l->isVisible())
                    continue;
                ++shown;
                const QRect room = l->contentsRect();
                const QRect text = l->fontMetrics().boundingRect(QRect(0, 0, room.width(), 100000),
                                                                 Qt::TextWordWrap, l->text());
                QVERIFY2(text.height() <= room.height() && text.width() <= room.width(),
                         qPrintable(where + QStringLiteral("\"%1\" needs %2x%3, has %4x%5")
                                                .arg(l->text())
                                                .arg(text.width())
                                                .arg(text.height())
                                                .arg(room.width())
                                                .arg(room.height())));
                // As wide as the fields (it wrapped at its own size hint: five short lines).
                QVERIFY2(l->width() >= dialog.nameEdit()->width() - 2,
                         qPrintable(where + QStringLiteral("%1 px wide beside a %2 px field")
                                                .arg(l->width())
                                                .arg(dialog.nameEdit()->width())));
                // No file in this dialog, so no advice about files ("choose update existing
                // extensions" is an import's choice).
                QVERIFY2(!l->text().contains(QLatin1String("file")), qPrintable(l->text()));
                QVERIFY2(l->text().contains(number == QLatin1String("200")
                                                ? QLatin1String("as a hunt group number")
                                                : QLatin1String(".")),
                         qPrintable(l->text()));
                const QRect onDialog(l->mapTo(&dialog, QPoint(0, 0)), l->size());
                QVERIFY2(dialog.rect().contains(onDialog), qPrintable(where + l->text()));
                for (QWidget *f : fields) {
                    const QRect field(f->mapTo(&dialog, QPoint(0, 0)), f->size());
                    QVERIFY2(!field.intersects(onDialog),
                             qPrintable(where + l->text() + QStringLiteral(" overlaps ") +
                                        QString::fromLatin1(f->metaObject()->className())));
                }
            }
            QCOMPARE(shown, messages);
        }
    }

    // When the messages go, the dialog is as tall as it was: the room they left is not spread
    // between the rows (the number's label stood above its field, gaps under Email).
    void addExtensionShrinksBackWhenMessagesGo()
    {
        CustomerSnapshot s;
        QVERIFY_OK(m_service->customers.snapshot(46170, &s));
        AddExtensionDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        const int fresh = dialog.height();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("4665"));
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("hana@"));
        QApplication::processEvents();
        QVERIFY(dialog.height() > fresh);
        dialog.numberEdit()->clear();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("4702"));
        dialog.emailEdit()->clear();
        QApplication::processEvents();
        QCOMPARE(dialog.height(), fresh);
        QLabel *numberLabel = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->buddy() == dialog.numberEdit())
                numberLabel = l;
        QVERIFY(numberLabel);
        const int labelMiddle = numberLabel->mapTo(&dialog, numberLabel->rect().center()).y();
        const QRect edit(dialog.numberEdit()->mapTo(&dialog, QPoint(0, 0)),
                         dialog.numberEdit()->size());
        QVERIFY2(labelMiddle >= edit.top() && labelMiddle <= edit.bottom(),
                 qPrintable(QStringLiteral("label at %1, field %2..%3")
                                .arg(labelMiddle)
                                .arg(edit.top())
                                .arg(edit.bottom())));
    }

    // Add auto attendant shows the account ID it will get and offers the free DIDs to tick.
    void autoAttendantPreviewAndDids()
    {
        ExtensionsPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        QString picked;
        withDialog(
            this, [&] { pane.addAutoAttendantAction()->trigger(); },
            [&](QDialog *dialog) {
                auto *preview = dialog->findChild<QLabel *>(QStringLiteral("aaPreview"));
                QVERIFY(preview);
                QCOMPARE(preview->text(), QStringLiteral("ph46170aa2"));
                auto *dids = dialog->findChild<QListWidget *>(QStringLiteral("aaDids"));
                QVERIFY(dids);
                QCOMPARE(dids->count(), 12); // 12094555948 is the first attendant's
                picked = dids->item(3)->text();
                dids->item(3)->setCheckState(Qt::Checked);
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("aaName")),
                                 QStringLiteral("Night menu"));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                QTRY_VERIFY(!dialog->isVisible());
            });
        m_tasks->waitForIdle();
        QCOMPARE(scalar(*m_desk.db,
                        QStringLiteral("SELECT count(*) FROM did d JOIN account a ON a.i_account = "
                                       "d.i_account WHERE a.id = 'ph46170aa2' AND d.number = ?"),
                        {picked}),
                 qint64(1));
    }

    // The add-ons dialog says what each add-on costs a month.
};

QTEST_MAIN(TstAddExtension)
#include "tst_addextension.moc"
