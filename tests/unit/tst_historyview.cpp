// The History tab as a clerk reads it: each action in words (English and German), the audit's
// code in the action's tooltip; times in this computer's time zone (the header says which), the
// UTC time in the time's tooltip; and the filter finds an action by its words as by its code.
// The desk's time zone is America/Los_Angeles here, so that local time and UTC differ.
#include "auditwords.h"
#include "deskfixture.h"
#include "domain/importsummary.h"
#include "historypane.h"
#include "itemmodels/simpletablemodel.h"
#include "languagescope.h"
#include "services/importservice.h"
#include "testdb.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace ad;
using namespace ad::test;

class TstHistoryView : public QObject {
    Q_OBJECT
    DeskFixture m_desk;

    // One entry at a fixed UTC time (rawExec: the services stamp "now").
    void addEntry(const QString &at, const QString &action, const QString &object)
    {
        QCOMPARE(rawExec(*m_desk.db,
                         QStringLiteral("INSERT INTO audit (at, who, via, desk_label, action, "
                                        "object, old_value, new_value, i_customer) VALUES "
                                        "(?, 'tester', 'admin', 'tester', ?, ?, 'no', 'yes', "
                                        "46170)"),
                         {at, action, object}),
                 QString());
    }

    // The rows' actions as the model holds them (words), newest first.
    static QStringList actions(const SimpleTableModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->text(r, HistoryPane::ActionColumn);
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/Los_Angeles");
        tzset();
    }
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void actionsInWordsTimesLocal()
    {
        QVERIFY_OK(m_desk.service->accountState.block(QStringLiteral("ph46170x4665")));
        addEntry(QStringLiteral("2026-07-01T18:30:05.250Z"), QStringLiteral("account.unblock"),
                 QStringLiteral("ph46170x4665"));
        addEntry(QStringLiteral("2026-12-01T08:00:00.000Z"), QStringLiteral("future.thing"),
                 QStringLiteral("x"));
        HistoryPane pane(m_desk.ctx);
        pane.resize(1000, 400);
        pane.setCustomer(46170);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        SimpleTableModel *model = pane.model();
        QCOMPARE(model->headerData(HistoryPane::WhenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Local time"));
        // The header names the zone the times are in.
        QVERIFY2(
            model->headerData(HistoryPane::WhenColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("America/Los_Angeles")),
            qPrintable(model->headerData(HistoryPane::WhenColumn, Qt::Horizontal, Qt::ToolTipRole)
                           .toString()));
        // Newest first: a code this desk does not know is shown as it is.
        QCOMPARE(model->text(0, HistoryPane::ActionColumn), QStringLiteral("future.thing"));
        QCOMPARE(model->text(1, HistoryPane::ActionColumn), QStringLiteral("Account unblocked"));
        QCOMPARE(model->toolTip(1, HistoryPane::ActionColumn), QStringLiteral("account.unblock"));
        // 18:30:05 UTC on 1 July is 11:30:05 in Los Angeles (summer time, UTC−7); 08:00 UTC on
        // 1 December is midnight (UTC−8).
        const QString summer = model->text(1, HistoryPane::WhenColumn);
        QVERIFY2(summer.contains(QLatin1String("11:30")) && !summer.contains(QLatin1String(":05")),
                 qPrintable(summer));
        QCOMPARE(summer, auditwords::shownTime(QDateTime(QDate(2026, 7, 1), QTime(11, 30, 5))));
        QCOMPARE(model->toolTip(1, HistoryPane::WhenColumn),
                 QStringLiteral("2026-07-01 18:30:05 UTC"));
        QCOMPARE(model->text(0, HistoryPane::WhenColumn),
                 auditwords::shownTime(QDateTime(QDate(2026, 12, 1), QTime(0, 0, 0))));
        // The block written by the service: in words, its code behind them, its UTC time too.
        const int blocked = actions(model).indexOf(QStringLiteral("Account blocked"));
        QVERIFY2(blocked >= 0, qPrintable(actions(model).join(QLatin1String(", "))));
        QCOMPARE(model->toolTip(blocked, HistoryPane::ActionColumn),
                 QStringLiteral("account.block"));
        QVERIFY(model->toolTip(blocked, HistoryPane::WhenColumn).endsWith(QLatin1String(" UTC")));
        // Its values in words too ("no" → "by_admin" was what the clerk read), the codes behind.
        QCOMPARE(model->text(blocked, HistoryPane::BeforeColumn), QStringLiteral("not blocked"));
        QCOMPARE(model->text(blocked, HistoryPane::AfterColumn),
                 QStringLiteral("blocked by the administrator"));
        QCOMPARE(model->toolTip(blocked, HistoryPane::AfterColumn), QStringLiteral("by_admin"));
        // A value that is not a code stays as it is (the other action's "no" is not a block).
        QCOMPARE(model->text(0, HistoryPane::BeforeColumn), QStringLiteral("no"));
        // The view shows the tooltips (the model's roles, not only its accessors).
        auto *view = pane.findChild<QTableView *>();
        QCOMPARE(view->model()->index(1, HistoryPane::ActionColumn).data(Qt::ToolTipRole),
                 QVariant(QStringLiteral("account.unblock")));
        // Every action the services write has words (none shows its code).
        for (const QString &code :
             {QStringLiteral("account.add"), QStringLiteral("extension.add"),
              QStringLiteral("agreement.set"), QStringLiteral("did.release"),
              QStringLiteral("huntgroup.members"), QStringLiteral("import"),
              QStringLiteral("customer.self_care"), QStringLiteral("did.inventory.add")})
            QVERIFY2(auditwords::actionText(code) != code, qPrintable(code));
    }

    // The filter finds what the clerk reads ("blocked": Account blocked and Account unblocked)
    // and still what the audit says (the code).
    void filterByWordsAndCode()
    {
        QVERIFY_OK(m_desk.service->accountState.block(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_desk.service->accountState.unblock(QStringLiteral("ph46170x4665")));
        QVERIFY_OK(m_desk.service->agreement.set(46170, QStringLiteral("Auto attendant"), 4));
        HistoryPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        SimpleTableModel *model = pane.model();
        QVERIFY(model->rowCount() >= 3);
        auto *filter = pane.findChild<QLineEdit *>();
        QTest::keyClicks(filter, QStringLiteral("Blocked"));
        QCOMPARE(actions(model), (QStringList{QStringLiteral("Account unblocked"),
                                              QStringLiteral("Account blocked")}));
        // Values by their words too: "not blocked" is kept as "no".
        filter->setText(QStringLiteral("not blocked"));
        QCOMPARE(actions(model), (QStringList{QStringLiteral("Account unblocked"),
                                              QStringLiteral("Account blocked")}));
        filter->setText(QStringLiteral("account.block"));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Account blocked")});
        filter->setText(QStringLiteral("quantity"));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Quantity changed")});
        QCOMPARE(model->toolTip(0, HistoryPane::ActionColumn), QStringLiteral("agreement.set"));
    }

    void german()
    {
        const LanguageScope scope(QStringLiteral("de"));
        QCOMPARE(scope.installed(), QStringLiteral("de"));
        QVERIFY_OK(m_desk.service->accountState.block(QStringLiteral("ph46170x4665")));
        HistoryPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        SimpleTableModel *model = pane.model();
        QCOMPARE(model->headerData(HistoryPane::WhenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Ortszeit"));
        QCOMPARE(model->text(0, HistoryPane::ActionColumn), QStringLiteral("Konto gesperrt"));
        QCOMPARE(model->text(0, HistoryPane::AfterColumn),
                 QStringLiteral("vom Administrator gesperrt"));
        QCOMPARE(model->toolTip(0, HistoryPane::ActionColumn), QStringLiteral("account.block"));
        pane.findChild<QLineEdit *>()->setText(QStringLiteral("gesperrt"));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Konto gesperrt")});
        // A value by its words: the audit keeps "by_admin", the clerk reads and types
        // "vom Administrator".
        pane.findChild<QLineEdit *>()->setText(QStringLiteral("vom administrator"));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Konto gesperrt")});
        QCOMPARE(model->text(0, HistoryPane::AfterColumn),
                 QStringLiteral("vom Administrator gesperrt"));
    }

    // An import's summary: the audit keeps it in fixed English, whatever the desk's language
    // (every desk, the CLI's history and SQL read the same text), and the History tab shows it
    // in the desk's language. A German desk's import was kept in German before, and an English
    // desk showed it so.
    void importSummaryInTheDesksLanguage()
    {
        const LanguageScope scope(QStringLiteral("de"));
        QCOMPARE(scope.installed(), QStringLiteral("de"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Extension,Name,Product\n4801,Ann Lee,Cloud PBX\n4802,Bo Chen,Cloud PBX\n");
        file.close();
        ImportService importer(*m_desk.db, Actor{QStringLiteral("tester"), false});
        csv::ReadResult read;
        CommitResult result;
        QVERIFY_OK(importer.readPlanAndCommit(46170, path, {}, {}, &read, &result));
        QCOMPARE(
            text(*m_desk.db, QStringLiteral("SELECT new_value FROM audit WHERE action = 'import'")),
            QStringLiteral("2 accounts created from 2 rows"));
        HistoryPane pane(m_desk.ctx);
        pane.setCustomer(46170);
        SimpleTableModel *model = pane.model();
        QCOMPARE(model->text(0, HistoryPane::ActionColumn),
                 QStringLiteral("Import aus einer Datei"));
        QCOMPARE(model->text(0, HistoryPane::AfterColumn),
                 QStringLiteral("2 Konten aus 2 Zeilen angelegt"));
        QCOMPARE(model->toolTip(0, HistoryPane::AfterColumn),
                 QStringLiteral("2 accounts created from 2 rows"));
        // Every part of a summary, singular and plural.
        ImportSummary s;
        s.added = 1;
        s.rows = 9;
        s.updated = 3;
        s.closed = 1;
        s.unchanged = 2;
        s.skipped = 1;
        s.inactive = true;
        QCOMPARE(auditwords::valueText(QStringLiteral("import"), s.auditText()),
                 QStringLiteral("1 Konto aus 9 Zeilen angelegt; 3 geändert; 1 geschlossen; 2 "
                                "unverändert; 1 ungültige Zeile übersprungen; inaktiv angelegt"));
        // Text that is not a summary is shown as it is.
        QCOMPARE(auditwords::valueText(QStringLiteral("import"),
                                       QStringLiteral("12 Konten aus 12 Zeilen angelegt")),
                 QStringLiteral("12 Konten aus 12 Zeilen angelegt"));
    }

    // On a small screen (900 × 600: the History pane about 540 pixels wide) After stays in view
    // without scrolling sideways: Before and After give way, and Via is hidden while every entry
    // came through the administrator's desk (shown again when one came through self-care; then
    // the table may scroll sideways at this width).
    void afterInViewOnASmallScreen()
    {
        QVERIFY_OK(m_desk.service->accountState.block(QStringLiteral("ph46170x4665")));
        HistoryPane pane(m_desk.ctx);
        pane.resize(540, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCustomer(46170);
        QApplication::processEvents();
        QTableView *view = pane.view();
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(view->isColumnHidden(HistoryPane::ViaColumn));
        const int right = header->sectionViewportPosition(HistoryPane::AfterColumn) +
                          header->sectionSize(HistoryPane::AfterColumn);
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("After ends at %1 of %2")
                                .arg(right)
                                .arg(view->viewport()->width())));
        QVERIFY(header->sectionSize(HistoryPane::AfterColumn) >=
                view->fontMetrics().horizontalAdvance(QStringLiteral("blocked b")));
        QCOMPARE(rawExec(*m_desk.db,
                         QStringLiteral("INSERT INTO audit (at, who, via, desk_label, action, "
                                        "object, i_customer) VALUES ('2026-12-01T10:00:00Z', "
                                        "'abc-portal', 'customer', 'abc-portal', 'account.block', "
                                        "'ph46170x4666', 46170)")),
                 QString());
        pane.reload();
        QVERIFY(!view->isColumnHidden(HistoryPane::ViaColumn));
        // A long desk user's name gives way (cut at its end, whole in its tooltip) instead of
        // pushing the values out of view: Who is at most 10 characters wide (or its header's
        // width) while the table is too narrow for everything.
        QCOMPARE(rawExec(*m_desk.db,
                         QStringLiteral("INSERT INTO audit (at, who, via, desk_label, action, "
                                        "object, i_customer) VALUES ('2026-12-01T11:00:00Z', "
                                        "'Maximilian Schreiber-Hofmann', 'admin', "
                                        "'Maximilian Schreiber-Hofmann', 'account.unblock', "
                                        "'ph46170x4666', 46170)")),
                 QString());
        pane.reload();
        const int zero = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        QVERIFY2(header->sectionSize(HistoryPane::WhoColumn) <=
                     qMax(header->sectionSizeHint(HistoryPane::WhoColumn), zero * 10),
                 qPrintable(QStringLiteral("Who is %1 px wide")
                                .arg(header->sectionSize(HistoryPane::WhoColumn))));
        QCOMPARE(pane.model()
                     ->data(pane.model()->index(0, HistoryPane::WhoColumn), Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Maximilian Schreiber-Hofmann"));
    }
};

QTEST_MAIN(TstHistoryView)
#include "tst_historyview.moc"
