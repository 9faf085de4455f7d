// The item models of models/item: QAbstractItemModelTester on each, and their behaviour
// (lazy paging, SQL filters, staged quantities), on SQLite and PostgreSQL.
#include "csvgen.h"
#include "import/csvreader.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/agreementmodel.h"
#include "itemmodels/customerlistmodel.h"
#include "itemmodels/simpletablemodel.h"
#include "services/desk.h"
#include "services/importservice.h"
#include "testdb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstItemModels : public QObject {
    Q_OBJECT
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase_data() { addEngineRows(); }
    void init()
    {
        AD_REQUIRE_ENGINE();
        m_db = freshDatabase(currentEngine(), true);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void customerList()
    {
        CustomerListModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, CustomerListModel::NameColumn)).toString(),
                 QStringLiteral("ABC Company"));
        QCOMPARE(model.data(model.index(0, CustomerListModel::AccountsColumn)).toInt(), 2);
        model.setFilter(QStringLiteral("BAK"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), CustomerListModel::CustomerIdRole).toLongLong(),
                 46172);
        model.setFilter(QStringLiteral("4617"));
        QCOMPARE(model.rowCount(), 5);
        model.setFilter(QStringLiteral("46173"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QString());
        model.sort(CustomerListModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0), CustomerListModel::CustomerIdRole).toLongLong(),
                 46174);
        QVERIFY(!model.canFetchMore({}));
    }

    void customerListPages()
    {
        Desk s(*m_db, Actor{});
        for (int i = 0; i < 450; ++i)
            QVERIFY_OK(s.customers.add(QStringLiteral("Zeta %1").arg(i, 4, 10, QLatin1Char('0')),
                                       QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"),
                                       nullptr));
        CustomerListModel model(*m_db);
        QCOMPARE(model.rowCount(),
                 CustomerListModel::kPageSize); // one page until more is asked for
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 455);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter(QStringLiteral("zeta 04"));
        QCOMPARE(model.rowCount(), 50);
    }

    void agreementModel()
    {
        Desk s(*m_db, Actor{});
        QList<AgreementLineInfo> lines;
        QVERIFY_OK(s.agreement.lines(46170, &lines));
        AgreementModel model(true);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(lines, QStringLiteral("USD"));
        QCOMPARE(model.rowCount(), 2);
        const int aa = model.rowOfProduct(QStringLiteral("Auto attendant"));
        QVERIFY(aa >= 0);
        QCOMPARE(model.data(model.index(aa, AgreementModel::QuantityColumn), Qt::EditRole).toInt(),
                 3);
        QCOMPARE(model.data(model.index(aa, AgreementModel::InUseColumn)).toInt(), 1);
        QCOMPARE(model.data(model.index(aa, AgreementModel::AvailableColumn)).toString(),
                 QStringLiteral("2"));
        QVERIFY(model.flags(model.index(aa, AgreementModel::QuantityColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            !(model.flags(model.index(aa, AgreementModel::ProductColumn)) & Qt::ItemIsEditable));
        QSignalSpy pending(&model, &AgreementModel::pendingChanged);
        QVERIFY(model.setData(model.index(aa, AgreementModel::QuantityColumn), 5));
        QCOMPARE(pending.last().first().toInt(), 1);
        QVERIFY(model.data(model.index(aa, 0), AgreementModel::DirtyRole).toBool());
        QCOMPARE(model.pendingChanges().first().quantity.value_or(-1), 5);
        QVERIFY(model.setData(model.index(aa, AgreementModel::QuantityColumn),
                              AgreementModel::kUnlimited));
        QVERIFY(!model.pendingChanges().first().quantity.has_value());
        QVERIFY(model.data(model.index(aa, AgreementModel::QuantityColumn))
                    .toString()
                    .startsWith(QLatin1String("Unlimited")));
        QVERIFY(model.setData(model.index(aa, AgreementModel::QuantityColumn),
                              3)); // back to the stored value
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(!model.setData(model.index(aa, AgreementModel::QuantityColumn), 1000000));
        model.setRowError(QStringLiteral("Auto attendant"), QStringLiteral("no"));
        QCOMPARE(model.data(model.index(aa, 0), AgreementModel::ErrorRole).toString(),
                 QStringLiteral("no"));
        QCOMPARE(model.data(model.index(aa, 0), Qt::ToolTipRole).toString(), QStringLiteral("no"));
        model.setData(model.index(aa, AgreementModel::QuantityColumn), 7);
        model.revert();
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(model.data(model.index(aa, 0), AgreementModel::ErrorRole).toString().isEmpty());
        AgreementModel addons(false);
        QAbstractItemModelTester tester2(&addons,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        addons.setLines(lines, QStringLiteral("USD"));
        QCOMPARE(addons.rowCount(), 1);
    }

    void accountList()
    {
        // 450 more extensions, so that the model has to fetch three pages.
        QTemporaryDir dir;
        const GeneratedFile g =
            generateExtensionsCsv(dir.filePath(QStringLiteral("a.csv")), 450, 10000);
        Desk s(*m_db, Actor{});
        QVERIFY_OK(s.dids.add(46170, g.didRanges, nullptr));
        ImportService importer(*m_db, Actor{});
        const csv::ReadResult read = csv::CsvReader::readFile(g.path);
        CommitResult result;
        QVERIFY_OK(importer.commit(46170, read, nullptr, {}, &result));

        AccountListModel model(*m_db);
        QCOMPARE(model.rowCount(), 0);
        model.setCustomer(46170);
        QCOMPARE(model.rowCount(), AccountListModel::kPageSize); // one page until more is asked for
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.data(model.index(0, AccountListModel::AccountIdColumn)).toString(),
                 QStringLiteral("ph46170aa1"));
        QCOMPARE(model.data(model.index(0, AccountListModel::DidsColumn)).toString(),
                 QStringLiteral("12094555948"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 452);
        // Digits: extension numbers starting with them.
        model.setFilter(QStringLiteral("1001"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, AccountListModel::NumberColumn)).toString(),
                 QStringLiteral("10010"));
        model.setFilter(QStringLiteral("4665"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, AccountListModel::NameColumn)).toString(),
                 QStringLiteral("John Doe"));
        // Text: account ID or name start.
        model.setFilter(QStringLiteral("ph46170aa"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("john"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("nobody here"));
        QCOMPARE(model.rowCount(), 0);
        // Status text shows who blocked.
        QVERIFY_OK(s.accountState.block(QStringLiteral("ph46170x4665")));
        model.setFilter(QStringLiteral("4665"));
        model.reload();
        const int row = model.rowOf(QStringLiteral("ph46170x4665"));
        QCOMPARE(model.data(model.index(row, AccountListModel::StatusColumn)).toString(),
                 QStringLiteral("Blocked by administrator"));
    }

    void simpleTable()
    {
        SimpleTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("1"), QStringLiteral("x")},
                       {QStringLiteral("2"), QStringLiteral("y")}},
                      {10, 20});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.key(1).toInt(), 20);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TstItemModels)
#include "tst_itemmodels.moc"
