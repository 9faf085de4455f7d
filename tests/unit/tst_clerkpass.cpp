// What a clerk's pass over the main window with the keyboard found (Xvfb, xdotool), one test per
// fix: Add extension says what it still needs while its button is disabled (Enter did nothing and
// nothing said why); the Agreement's usage bar gives way to its words in a narrow column; at
// 900 × 600 a quantity refused on its row is shown whole (the table was shorter than the row, and
// the row shorter than its reason). Offscreen, on real widgets, against a fresh SQLite demo
// database.
#include "addextensiondialog.h"
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "itemmodels/agreementmodel.h"
#include "mainwindow.h"
#include "quantitydelegate.h"
#include "testdb.h"
#include "usagebardelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstClerkPass : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void addExtensionSaysWhatIsMissing()
    {
        CustomerSnapshot s;
        QVERIFY_OK(m_desk.service->customers.snapshot(46170, &s));
        AddExtensionDialog dialog(s);
        dialog.show();
        QVERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(dialog.chargesLabel()->text(),
                 QStringLiteral("To add it: type an extension number and choose a product."));
        // Letters: the refusal is under the number, not a "to add it" hint.
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("47a1"));
        QVERIFY(dialog.fieldMessage(QStringLiteral("Extension number"))
                    .contains(QLatin1String("not an extension number")));
        QVERIFY(dialog.chargesLabel()->text().isEmpty());
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.numberEdit()->clear();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("4711"));
        QCOMPARE(dialog.chargesLabel()->text(), QStringLiteral("To add it: choose a product."));
        QTest::keyClick(dialog.numberEdit(), Qt::Key_Return); // does nothing: still open
        QVERIFY(dialog.isVisible());
        dialog.productBox()->setCurrentIndex(
            dialog.productBox()->findData(QStringLiteral("Cloud PBX"), Qt::UserRole));
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY(dialog.chargesLabel()->text().startsWith(QLatin1String("Adds")));
        dialog.numberEdit()->clear();
        QCOMPARE(dialog.chargesLabel()->text(),
                 QStringLiteral("To add it: type an extension number."));
    }

    // At 900 pixels the Available column is narrow: the bar shrinks so that "1 of 3 · 2 free"
    // stays whole (it was cut to "1 of 3 · 2 fr"); in a wide column the bar is 120 pixels.
    void usageBarGivesWayToItsWords()
    {
        QCOMPARE(UsageBarDelegate::barWidth(400, 100), 120);
        QCOMPARE(UsageBarDelegate::barWidth(180, 100), 72);
        QCOMPARE(UsageBarDelegate::barWidth(100, 100), 24); // then the words are elided
        const QFontMetrics fm(QApplication::font());
        const QString text = UsageBarDelegate::usageText(1, 3);
        const int cell = 160;
        const int bar = UsageBarDelegate::barWidth(cell, fm.horizontalAdvance(text));
        QVERIFY(bar + 8 + fm.horizontalAdvance(text) <= cell || bar == 24);
    }

    void refusedQuantityWholeAt900()
    {
        MainWindow window(openSpec(m_desk.spec), QString());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectCustomer(46170));
        AgreementPane *pane = window.page()->agreement();
        QTableView *view = pane->mainView();
        AgreementModel *model = pane->mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Auto attendant"));
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        QTest::keyClick(spin, Qt::Key_Return);
        const QModelIndex available = model->index(row, AgreementModel::AvailableColumn);
        QTRY_VERIFY(!model->data(available, AgreementModel::ErrorRole).toString().isEmpty());
        QApplication::processEvents();
        // Every product and the reason, without scrolling.
        int rows = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            rows += view->rowHeight(r);
        QVERIFY2(rows <= view->viewport()->height(),
                 qPrintable(QStringLiteral("rows %1 px tall (the refused one %2), the table shows "
                                           "%3 px")
                                .arg(rows)
                                .arg(view->rowHeight(row))
                                .arg(view->viewport()->height())));
        QVERIFY(view->viewport()->rect().contains(view->visualRect(available)));
        // And the refused row as tall as its reason wrapped in the column's width.
        const QString error = model->data(available, AgreementModel::ErrorRole).toString();
        const QRect text = view->fontMetrics().boundingRect(
            QRect(0, 0, view->columnWidth(AgreementModel::AvailableColumn) - 8, 10000),
            Qt::TextWordWrap, QStringLiteral("⚠ ") + error);
        QVERIFY2(view->rowHeight(row) >= text.height() + 6,
                 qPrintable(QStringLiteral("row %1 px, reason %2 px")
                                .arg(view->rowHeight(row))
                                .arg(text.height())));
        QCOMPARE(pane->pendingCount(), 0); // refused: nothing staged
        QCOMPARE(window.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TstClerkPass)
#include "tst_clerkpass.moc"
