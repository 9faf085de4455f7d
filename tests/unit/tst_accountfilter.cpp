// The Extensions tab's filter on the GUI thread: a name filter (the start of any word, a scan over
// the customer's names when few or none match: 0.4 s a pause for a million accounts) runs on the
// task runner's reader and the list shows its first page when it is back; the last text typed
// wins; digits and account IDs (an index) apply at once. With AD_MEASURE_ACCOUNTS=N it also
// prints what the GUI thread spends on a filter that matches nothing, before (the model's own
// query) and now, for a customer with N accounts.
#include "deskfixture.h"
#include "extensionspane.h"
#include "itemmodels/accountlistmodel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstAccountFilter : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

    void addAccounts(int n)
    {
        Database &db = *m_desk.db;
        const auto exec = [&db](const QString &sql, const QVariantList &v = {}) {
            const Status st = db.exec(sql, v);
            QVERIFY2(st.ok(), qPrintable(st.message()));
        };
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        exec(QStringLiteral("INSERT INTO audit (i_audit, at, who, i_customer, action) VALUES "
                            "(999999, 'x', 'test', 46170, 'test')"));
        exec(QStringLiteral("INSERT INTO bulk_batch (i_audit) VALUES (999999)"));
        exec(QStringLiteral(
                 "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < ? - 1)"
                 " INSERT INTO account (i_account, id, i_customer, i_product, status, created_at,"
                 " i_audit) SELECT 1000000 + i, 'ph46170x' || (1000000 + i), 46170,"
                 " (SELECT i_product FROM product WHERE name = 'Cloud PBX'), 'active', 'x', 999999"
                 " FROM c"),
             {n});
        exec(QStringLiteral(
            "INSERT INTO extension (i_customer, kind, number, name, time_zone, i_account)"
            " SELECT 46170, 'extension', substr(id, 9), 'Person ' || (i_account % 7919), 'UTC',"
            " i_account FROM account WHERE i_audit = 999999"));
        exec(QStringLiteral("DELETE FROM bulk_batch WHERE i_audit = 999999"));
        exec(QStringLiteral("COMMIT"));
        exec(QStringLiteral("ANALYZE"));
    }

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    // Enter applies a name filter without waiting for the typing pause, but not on the GUI
    // thread: the list still shows the old rows when Enter returns, the matches come after.
    void nameFilterRunsOffTheGuiThread()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        const int all = pane.model()->rowCount();
        QVERIFY(all >= 2);
        QSignalSpy resets(pane.model(), &QAbstractItemModel::modelReset);
        pane.filterEdit()->setText(QStringLiteral("doe"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(pane.model()->rowCount(), all);
        QTRY_COMPARE(pane.model()->filter(), QStringLiteral("doe"));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.model()->account(0)->name, QStringLiteral("John Doe"));
        // Digits use the index: at once, on the GUI thread.
        pane.filterEdit()->setText(QStringLiteral("4665"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QCOMPARE(pane.model()->filter(), QStringLiteral("4665"));
        QCOMPARE(pane.model()->rowCount(), 1);
    }

    // A name filter's answer that comes back after the text changed again is dropped: the list
    // shows what the filter box says.
    void lastTextWins()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        const int all = pane.model()->rowCount();
        pane.filterEdit()->setText(QStringLiteral("no such name"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        pane.filterEdit()->clear(); // applies at once
        m_desk.tasks->waitForIdle();
        QApplication::processEvents();
        QTest::qWait(ExtensionsPane::kFilterDelayMs * 2);
        QCOMPARE(pane.model()->filter(), QString());
        QCOMPARE(pane.model()->rowCount(), all);
        // And a name that matches nothing shows an empty list, not the "no extensions" hint.
        pane.filterEdit()->setText(QStringLiteral("no such name"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(pane.model()->filter(), QStringLiteral("no such name"));
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(pane.model()->account(0) == nullptr);
    }

    // A part of an account ID matches as the full ID does: its end ("x466"), its middle with
    // the x ("46170x46"), its start ("ph46170x46"), in any case; and the auto attendant's
    // ("aa1"). They use the account ID's index: applied at once, on the GUI thread. Another
    // customer's ID and an ID that is not there match nothing.
    void partOfAccountIdMatches()
    {
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        const QStringList johnDoe = {QStringLiteral("ph46170x4665"), QStringLiteral("x466"),
                                     QStringLiteral("X4665"),        QStringLiteral("x4"),
                                     QStringLiteral("ph46170x46"),   QStringLiteral("PH46170X46"),
                                     QStringLiteral("46170x4665"),   QStringLiteral("0x466"),
                                     QStringLiteral("h46170x4"),     QStringLiteral(" x4665 ")};
        for (const QString &text : johnDoe) {
            pane.filterEdit()->setText(text);
            QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
            QCOMPARE(pane.model()->filter(), text);
            QVERIFY2(pane.model()->rowCount() == 1, qPrintable(text));
            QCOMPARE(pane.model()->account(0)->id, QStringLiteral("ph46170x4665"));
        }
        for (const QString &text : {QStringLiteral("aa1"), QStringLiteral("46170aa")}) {
            pane.filterEdit()->setText(text);
            QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
            QVERIFY2(pane.model()->rowCount() == 1, qPrintable(text));
            QCOMPARE(pane.model()->account(0)->id, QStringLiteral("ph46170aa1"));
        }
        for (const QString &text : {QStringLiteral("x9"), QStringLiteral("46171x4665"),
                                    QStringLiteral("ph46171x4665"), QStringLiteral("1x4665")}) {
            pane.filterEdit()->setText(text);
            QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
            QTRY_COMPARE(pane.model()->filter(), text);
            QVERIFY2(pane.model()->rowCount() == 0, qPrintable(text));
        }
        // A name is still a name: "x" alone is the start of a word, not of every extension ID.
        QCOMPARE(AccountListModel::searchText(46170, QStringLiteral("x")), QStringLiteral("x"));
        QCOMPARE(AccountListModel::searchText(46170, QStringLiteral("Max4")),
                 QStringLiteral("Max4"));
        QCOMPARE(AccountListModel::searchText(46170, QStringLiteral("aa")), QStringLiteral("aa"));
        QCOMPARE(AccountListModel::searchText(46170, QStringLiteral("x466")),
                 QStringLiteral("ph46170x466"));
    }

    void measure()
    {
        const int n = qEnvironmentVariableIntValue("AD_MEASURE_ACCOUNTS");
        if (n <= 0)
            QSKIP("set AD_MEASURE_ACCOUNTS=N to measure with N accounts");
        addAccounts(n);
        AccountListModel model(*m_desk.db);
        model.setCustomer(46170);
        QElapsedTimer t;
        t.start();
        model.setFilter(QStringLiteral("no such name"));
        const double before = t.nsecsElapsed() / 1e6;
        QCOMPARE(model.rowCount(), 0);
        ExtensionsPane pane(m_desk.ctx);
        pane.setCustomer(46170, QStringLiteral("ABC Company"));
        pane.show();
        pane.filterEdit()->setText(QStringLiteral("no such name"));
        t.restart();
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        const double now = t.nsecsElapsed() / 1e6;
        t.restart();
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->filter(), QStringLiteral("no such name"), 60000);
        const double answer = t.nsecsElapsed() / 1e6;
        qInfo("%d accounts, a name filter matching nothing: GUI thread %.1f ms before (the query), "
              "%.1f ms now; the answer after %.1f ms on the reader",
              n, before, now, answer);
        QVERIFY(now < before);
    }
};

QTEST_MAIN(TstAccountFilter)
#include "tst_accountfilter.moc"
