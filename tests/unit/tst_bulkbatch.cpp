// The close of a SQLite bulk batch (schema versions 3, 6, 9 and 10): rows written inside a batch
// skip the per-row rule triggers, and deleting the batch row checks them all at once (the account
// ID is the extension's key since version 10, checked by each INSERT). A batch
// that names its customer (version 9, what the import opens) is closed by probing indexes; one
// without is closed by the general trigger. Both must refuse the same rows, and the named one
// must also refuse an account of another customer (which its probes would not look at).
// SQLite only: PostgreSQL has no bulk batch (its rule triggers are statement-level).
#include "testdb.h"

#include <QTest>

using namespace ad;
using namespace ad::test;

class TstBulkBatch : public QObject {
    Q_OBJECT
    std::unique_ptr<Database> m_db;

    qint64 product(const QString &name)
    {
        return scalar(*m_db, QStringLiteral("SELECT i_product FROM product WHERE name = ?"),
                      {name});
    }
    qint64 inUse(qint64 c, qint64 p)
    {
        return scalar(*m_db,
                      QStringLiteral("SELECT in_use FROM agreement_line WHERE i_customer = ? AND "
                                     "i_product = ?"),
                      {c, p});
    }
    // Opens a batch (naming customer 46170 when named), writes one account and its extension
    // into it, closes it and returns the close's error text (empty when accepted). Rolled back
    // unless keep.
    QString closeBatch(bool named, qint64 c, const QString &id, const QString &number,
                       qint64 productId, bool keep = false)
    {
        QString err = rawExec(*m_db, QStringLiteral("BEGIN IMMEDIATE"));
        const QList<std::pair<QString, QVariantList>> steps = {
            {QStringLiteral("INSERT INTO audit (i_audit, at, who, i_customer, action) VALUES "
                            "(999999, 'x', 'test', 46170, 'test')"),
             {}},
            {named ? QStringLiteral("INSERT INTO bulk_batch (i_audit, i_customer) VALUES (999999, "
                                    "46170)")
                   : QStringLiteral("INSERT INTO bulk_batch (i_audit) VALUES (999999)"),
             {}},
            {QStringLiteral("INSERT INTO account (i_account, id, i_customer, i_product, status, "
                            "created_at, i_audit) VALUES (900001, ?, ?, ?, 'active', 'x', 999999)"),
             {id, c, productId}},
            {QStringLiteral("INSERT INTO extension (i_customer, kind, number, name, time_zone, "
                            "i_account) VALUES (?, 'extension', ?, 'Bulk', 'UTC', 900001)"),
             {c, number}},
            {QStringLiteral("DELETE FROM bulk_batch WHERE i_audit = 999999"), {}}};
        for (const auto &step : steps) {
            if (!err.isEmpty())
                break;
            err = rawExec(*m_db, step.first, step.second);
        }
        rawExec(*m_db,
                err.isEmpty() && keep ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return err;
    }

private slots:
    void init()
    {
        m_db = freshDatabase(QStringLiteral("sqlite"), true);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void closeChecksEveryRule_data()
    {
        QTest::addColumn<bool>("named");
        QTest::newRow("batch naming its customer") << true;
        QTest::newRow("batch without a customer") << false;
    }
    void closeChecksEveryRule()
    {
        QFETCH(bool, named);
        const qint64 cloud = product(QStringLiteral("Cloud PBX"));
        const QString huntNumber =
            text(*m_db,
                 QStringLiteral("SELECT number FROM hunt_group WHERE i_customer = 46170 LIMIT 1"));
        const QList<std::tuple<QString, QString, qint64, QString>> refused = {
            {QStringLiteral("ph46170x7101"), QStringLiteral("7101"),
             product(QStringLiteral("Phone line")), QStringLiteral("product_not_in_agreement")},
            {QStringLiteral("ph46170x7102"), QStringLiteral("7102"),
             product(QStringLiteral("Call recording")), QStringLiteral("product_not_main")},
            {QStringLiteral("ph46170x") + huntNumber, huntNumber, cloud,
             QStringLiteral("extension_exists")},
            // Since schema 10 the extension's key refuses it at its INSERT, before the close.
            {QStringLiteral("ph46170x9999"), QStringLiteral("7103"), cloud,
             QStringLiteral("FOREIGN KEY")}};
        const qint64 accounts = scalar(*m_db, QStringLiteral("SELECT count(*) FROM account"));
        for (const auto &[id, number, productId, code] : refused) {
            const QString err = closeBatch(named, 46170, id, number, productId);
            QVERIFY2(err.contains(code), qPrintable(code + QStringLiteral(": ") + err));
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM account")), accounts);
        // A valid row is accepted and counted once.
        const qint64 before = inUse(46170, cloud);
        QCOMPARE(closeBatch(named, 46170, QStringLiteral("ph46170x7104"), QStringLiteral("7104"),
                            cloud, true),
                 QString());
        QCOMPARE(inUse(46170, cloud), before + 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM bulk_batch")), 0);
    }

    // A batch naming customer 46170 with an account of customer 46171: refused, whatever the
    // account's own rules say (the named close only looks at 46170's products and lines).
    void namedBatchRefusesAnotherCustomersAccount()
    {
        const qint64 p = product(QStringLiteral("Cloud PBX up to 5 phone lines"));
        QVERIFY(p > 0);
        const QString err =
            closeBatch(true, 46171, QStringLiteral("ph46171x7105"), QStringLiteral("7105"), p);
        QVERIFY2(err.contains(QLatin1String("bulk_batch_customer")), qPrintable(err));
        // Without a name, the general close checks it as 46171's account (and accepts it).
        QCOMPARE(
            closeBatch(false, 46171, QStringLiteral("ph46171x7105"), QStringLiteral("7105"), p),
            QString());
    }
};

QTEST_GUILESS_MAIN(TstBulkBatch)
#include "tst_bulkbatch.moc"
