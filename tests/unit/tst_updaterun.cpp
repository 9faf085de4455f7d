// The update run in one pass (ImportService::readPlanAndCommit with updateExisting and without
// skipInvalid, importupdaterun.cpp), on SQLite and PostgreSQL: the names of the rows planned so
// far are written while later rows are planned, so the tests make the later rows matter: a row
// refused near the end leaves every name as it was; a file found not to be UTF-8 near its end is
// read again and every name comes out as the second reading has it, each account audited once;
// a cancel rolls everything back; --skip-invalid (planned as a whole) still writes the valid rows.
#include "services/importservice.h"
#include "testdb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {
constexpr qint64 kAbc = 46170;
constexpr int kRows = 10000; // more than two of the reader's batches
} // namespace

class TstUpdateRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QByteArray &bytes)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("u%1.csv").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // kRows rows; row `special` (1-based, 0 = none) gets `cell` as its email or name.
    static QByteArray rows(const QByteArray &prefix, int special = 0, const QByteArray &name = {},
                           const QByteArray &email = {})
    {
        QByteArray out = "Extension number,Name,Email,Product\n";
        for (int i = 1; i <= kRows; ++i) {
            const QByteArray ext = QByteArray::number(20000 + i);
            out += ext + "," + (i == special && !name.isEmpty() ? name : prefix + ext) + "," +
                   (i == special ? email : QByteArray()) + ",Cloud PBX\n";
        }
        return out;
    }
    Status run(Database &db, const QByteArray &bytes, bool update, bool skipInvalid = false,
               std::function<bool(int, int)> progress = {})
    {
        csv::ReadOptions ro;
        ro.updateExisting = update;
        ro.keepRecords = false;
        ImportService service(db, Actor{QStringLiteral("tester"), false});
        CommitOptions co{false, skipInvalid, std::move(progress), update};
        csv::ReadResult read;
        CommitResult result;
        return service.readPlanAndCommit(kAbc, file(bytes), ro, co, &read, &result);
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void laterRowsDecide()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        QVERIFY_OK(run(*db, rows("Person "), false));
        const QString renamed = QStringLiteral("SELECT count(*) FROM extension WHERE name LIKE ?");
        const qint64 audit = scalar(*db, QStringLiteral("SELECT count(*) FROM audit"));

        // Row 9,990 has an email that is not one: refused, and no name written.
        const Status refusedRow = run(*db, rows("Renamed ", 9990, {}, "not-an-email"), true);
        QVERIFY(!refusedRow.ok());
        QVERIFY2(refusedRow.firstCode().contains(QLatin1String("email")),
                 qPrintable(refusedRow.firstCode()));
        QCOMPARE(scalar(*db, renamed, {QStringLiteral("Renamed %")}), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit")), audit);

        // Cancelled after the first batch: rolled back.
        const Status cancelled =
            run(*db, rows("Renamed "), true, false, [](int done, int) { return done < 4096; });
        QCOMPARE(cancelled.firstCode(), QStringLiteral("cancelled"));
        QCOMPARE(scalar(*db, renamed, {QStringLiteral("Renamed %")}), 0);

        // Row 9,995 is Windows-1252 (0xFC): the file is read again, every name as read then.
        QVERIFY_OK(run(*db, rows("Neu ", 9995, "M\xFCller"), true));
        QCOMPARE(scalar(*db, renamed, {QStringLiteral("Neu %")}), kRows - 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM extension WHERE number = '29995'")),
                 QStringLiteral("M\u00fcller"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit")) - audit, kRows + 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit WHERE object ="
                                            " 'ph46170x20001'")),
                 1);

        // --skip-invalid: planned as a whole; the valid rows are written, the invalid one not.
        QVERIFY_OK(run(*db, rows("Skip ", 7, {}, "not-an-email"), true, true));
        QCOMPARE(scalar(*db, renamed, {QStringLiteral("Skip %")}), kRows - 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM extension WHERE number = '20007'")),
                 QStringLiteral("Neu 20007"));
    }
};

QTEST_GUILESS_MAIN(TstUpdateRun)
#include "tst_updaterun.moc"
