// What a clerk's pass over the main window with the keyboard found (Xvfb, xdotool), one test per
// fix: Add extension says what it still needs while its button is disabled (Enter did nothing and
// nothing said why); the Agreement's usage bar gives way to its words in a narrow column. Offscreen, on real widgets, against a fresh SQLite demo database.
#include "addextensiondialog.h"
#include "deskfixture.h"
#include "usagebardelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        dialog.productBox()->setCurrentIndex(dialog.productBox()->findData(
            QStringLiteral("Cloud PBX"), Qt::UserRole));
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
};

QTEST_MAIN(TstClerkPass)
#include "tst_clerkpass.moc"
