// The main window on a small screen (900 × 600) and at its usual 1280 × 800, in English and in
// German: the window takes the size it is given (a minimum wider than the screen pushed Apply
// and the status bar off the right edge), and on every tab every button, field and label the
// clerk needs lies inside the window and inside its tab. Offscreen, on real widgets.
#include "agreementpane.h"
#include "customerpage.h"
#include "deskfixture.h"
#include "extensionspane.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/agreementmodel.h"
#include "languagescope.h"
#include "mainwindow.h"
#include "testdb.h"
#include "usagebardelegate.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {

// Where `w` shows in `window`'s coordinates.
QRect inWindow(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

// The widgets a clerk reads or uses on `page` that are shown.
QList<QWidget *> keyWidgets(QWidget *page, QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || (label && !label->text().isEmpty()))
            out << w;
    }
    return out;
}

QString describe(const QWidget *w, const QWidget *window)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(40);
    const QRect r = inWindow(w, window);
    return QStringLiteral("%1 \"%2\" at %3,%4 %5×%6 in a %7×%8 window")
        .arg(QString::fromLatin1(w->metaObject()->className()), text)
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .arg(window->width())
        .arg(window->height());
}

} // namespace

class TstSmallWindow : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void everythingInside_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "de"})
            for (const QSize size : {QSize(900, 600), QSize(1280, 800)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
    }
    void everythingInside()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const LanguageScope scope(language);
        QCOMPARE(scope.installed(), language);
        MainWindow window(openSpec(m_desk.spec), QString());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectCustomer(46170));
        window.showMessage(QStringLiteral("Customer ABC Company saved."));
        m_desk.tasks->waitForIdle();
        QApplication::processEvents();
        // The window takes the size it is given: its minimum is not wider than a small screen.
        QVERIFY2(window.minimumSizeHint().width() <= 900 &&
                     window.minimumSizeHint().height() <= 600,
                 qPrintable(QStringLiteral("minimum %1×%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), size);
        const QRect all = window.rect();
        // The status bar and its texts (the database and the desk user, the last message).
        QStatusBar *status = window.statusBar();
        QVERIFY(all.contains(inWindow(status, &window)));
        for (QLabel *l : status->findChildren<QLabel *>())
            if (l->isVisibleTo(&window) && !l->text().isEmpty())
                QVERIFY2(all.contains(inWindow(l, &window)), qPrintable(describe(l, &window)));
        QTabWidget *tabs = window.page()->tabs();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QApplication::processEvents();
            QWidget *page = tabs->widget(t);
            const QRect pageRect = inWindow(page, &window);
            QVERIFY2(all.contains(pageRect), qPrintable(describe(page, &window)));
            const QList<QWidget *> widgets = keyWidgets(page, &window);
            QVERIFY2(!widgets.isEmpty(), qPrintable(tabs->tabText(t)));
            for (QWidget *w : widgets)
                QVERIFY2(
                    pageRect.contains(inWindow(w, &window)),
                    qPrintable(tabs->tabText(t) + QStringLiteral(": ") + describe(w, &window)));
        }
        // The Extensions table: what a clerk reads first on each row — the extension, the name,
        // the account ID and whether it is active, blocked or closed — is on screen without
        // scrolling sideways (in German at 900 pixels the Status column was off the right edge).
        tabs->setCurrentIndex(CustomerPage::ExtensionsTab);
        QApplication::processEvents();
        QTableView *table = window.page()->extensions()->view();
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->offset(), 0);
        for (int c : {AccountListModel::NumberColumn, AccountListModel::NameColumn,
                      AccountListModel::AccountIdColumn, AccountListModel::StatusColumn}) {
            const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
            QVERIFY2(header->sectionViewportPosition(c) >= 0 && right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 \"%2\" ends at %3 of %4")
                                    .arg(c)
                                    .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
        tabs->setCurrentIndex(CustomerPage::AgreementTab);
        QApplication::processEvents();
        AgreementPane *agreement = window.page()->agreement();
        // The agreement's tables: every header whole (in German at 900 pixels "Verfügbar" was
        // cut), and each row's usage ("1 von 3 · 2 frei", "1 belegt · unbegrenzt") whole
        // beside its bar.
        for (QTableView *view : {agreement->mainView(), agreement->addonView()}) {
            QHeaderView *head = view->horizontalHeader();
            for (int c = 0; c < head->count(); ++c) {
                const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(head->sectionSize(c) >= head->sectionSizeHint(c),
                         qPrintable(QStringLiteral("\"%1\": %2 < %3")
                                        .arg(text)
                                        .arg(head->sectionSize(c))
                                        .arg(head->sectionSizeHint(c))));
                QVERIFY(head->sectionViewportPosition(c) + head->sectionSize(c) <=
                        view->viewport()->width());
            }
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QModelIndex i = view->model()->index(r, AgreementModel::AvailableColumn);
                const int quantity = i.data(AgreementModel::QuantityRole).toInt();
                const int inUse = i.data(AgreementModel::InUseRole).toInt();
                const QString usage = UsageBarDelegate::usageText(inUse, quantity);
                // The words whole beside a bar of 48 pixels (none for Unlimited).
                const int need =
                    UsageBarDelegate::neededWidth(view->fontMetrics(), inUse, quantity);
                QVERIFY2(view->columnWidth(AgreementModel::AvailableColumn) >= need,
                         qPrintable(QStringLiteral("\"%1\" needs %2, has %3")
                                        .arg(usage)
                                        .arg(need)
                                        .arg(view->columnWidth(AgreementModel::AvailableColumn))));
            }
        }
        for (QPushButton *b : {agreement->applyButton(), agreement->revertButton()}) {
            QVERIFY(b->isVisibleTo(&window));
            QVERIFY2(all.contains(inWindow(b, &window)), qPrintable(describe(b, &window)));
            QVERIFY(b->width() >= b->minimumSizeHint().width());
        }
    }
    void everyCustomerFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    // Every demo customer at 900 × 600, on every tab: the window stays as wide as the screen.
    // Selecting Corner Bakery (no accounts) made it 1006 pixels wide in English, 1260 in German
    // (the Extensions tab's empty-state text on one line), Apply and the estimate off the edge.
    void everyCustomerFits()
    {
        QFETCH(QString, language);
        const LanguageScope scope(language);
        QCOMPARE(scope.installed(), language);
        const QSize size(900, 600);
        MainWindow window(openSpec(m_desk.spec), QString());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *tabs = window.page()->tabs();
        for (qint64 customer = 46170; customer <= 46174; ++customer) {
            QVERIFY(window.selectCustomer(customer));
            m_desk.tasks->waitForIdle();
            QApplication::processEvents();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QApplication::processEvents();
                const QString where =
                    QStringLiteral("customer %1, tab %2: window %3×%4, minimum %5")
                        .arg(customer)
                        .arg(tabs->tabText(t))
                        .arg(window.width())
                        .arg(window.height())
                        .arg(window.minimumSizeHint().width());
                QVERIFY2(window.size() == size && window.minimumSizeHint().width() <= size.width(),
                         qPrintable(where));
                AgreementPane *agreement = window.page()->agreement();
                for (QPushButton *b : {agreement->applyButton(), agreement->revertButton()})
                    QVERIFY2(window.rect().contains(inWindow(b, &window)) ||
                                 !b->isVisibleTo(&window),
                             qPrintable(where + QStringLiteral(": ") + describe(b, &window)));
            }
        }
    }
};

QTEST_MAIN(TstSmallWindow)
#include "tst_smallwindow.moc"
