// Updates and closes from a file, on SQLite and PostgreSQL: the round trip export -> import
// --update-existing changes nothing; an edited export changes exactly what was edited (DIDs set
// exactly, released numbers back in the pool, hunt group membership set exactly); the CLI's
// --update-existing, --map and the "action" / "changes" of its JSON; the batched writes of a
// bulk change (more rows than a batch, DIDs moved from row to row, one audit entry per account)
// and a DID taken meanwhile refused by name.
#include "import/csvreader.h"
#include "import/csvwriter.h"
#include "services/auditlog.h"
#include "services/exporter.h"
#include "services/importservice.h"
#include "storage/changewriter.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace {

constexpr qint64 kAbc = 46170;

Status importBytes(Database &db, const QByteArray &bytes, bool updateExisting, ImportPlan *plan)
{
    csv::ReadOptions ro;
    ro.updateExisting = updateExisting;
    const csv::ReadResult read = csv::CsvReader::readBytes(bytes, QStringLiteral("t.csv"), ro);
    ImportService service(db, Actor{QStringLiteral("tester"), false});
    CommitResult result;
    const Status st = service.commit(kAbc, read, nullptr,
                                     CommitOptions{false, false, {}, updateExisting}, &result);
    *plan = result.plan;
    return st;
}

QByteArray exportAbc(Database &db)
{
    CsvWriter w;
    int n = 0;
    const Status st = Exporter::exportExtensions(db, kAbc, &w, &n);
    if (!st.ok())
        qWarning("export: %s", qPrintable(st.message()));
    return w.bytes();
}

// A planned update of ABC Company's extension `ext` (its keys looked up), changing nothing yet.
PlannedChange updateOf(Database &db, int row, const QString &ext)
{
    PlannedChange c;
    c.row = row;
    c.action = RowAction::Update;
    c.accountId = QStringLiteral("ph46170x") + ext;
    c.extension = ext;
    c.iAccount =
        scalar(db, QStringLiteral("SELECT i_account FROM account WHERE id = ?"), {c.accountId});
    c.iExtension = scalar(
        db, QStringLiteral("SELECT i_extension FROM extension WHERE i_account = ?"), {c.iAccount});
    return c;
}

QJsonObject runCli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(AD_CLI), args);
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TstUpdates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data() { addEngineRows(); }

    void exportThenUpdateChangesNothing()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        ImportPlan plan;
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,DID numbers,Published,Email for "
                               "notifications,Timezone,Product,Huntgroup\n"
                               "4701,Ada Lovelace,\"12094555950, 12094555951\",Y,ada@abc.example,"
                               "Europe/London,Cloud PBX,\"Sales, Support\"\n"
                               "4702,Zoë Ünal,,N,,Europe/Berlin,Cloud PBX,Support\n"
                               "4703,,,,,,Cloud PBX,\n",
                               false, &plan));
        QCOMPARE(plan.accounts.size(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM hunt_group_member")), 3);
        const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit"));

        // The export, imported again: every row unchanged, nothing written, nothing audited.
        const QByteArray exported = exportAbc(*db);
        QVERIFY2(exported.contains("\"Sales, Support\""), exported.constData());
        QVERIFY_OK(importBytes(*db, exported, true, &plan));
        QCOMPARE(plan.accounts.size(), 0);
        QCOMPARE(plan.changes.size(), 4); // 4665 of the demo data and the three above
        for (const PlannedChange &c : plan.changes)
            QVERIFY2(c.action == RowAction::Unchanged, qPrintable(c.extension));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
        QCOMPARE(exportAbc(*db), exported);

        // Without --update-existing the same file is refused row by row, naming the option.
        QVERIFY(!importBytes(*db, exported, false, &plan).ok());
        int exists = 0;
        for (const Problem &p : plan.errors)
            exists += p.code == QLatin1String("extension_exists") ? 1 : 0;
        QCOMPARE(exists, 4);
        QCOMPARE(plan.errors.first().code, QStringLiteral("extension_exists"));
        QVERIFY(plan.errors.first().message.contains(QLatin1String("--update-existing")));

        // Edited: 4701 renamed, one DID dropped and one added, out of Support; 4702 closed by
        // an Action column in a second file.
        QByteArray edited = exported;
        edited.replace("Ada Lovelace", "Ada King");
        edited.replace("\"12094555950,12094555951\"", "\"12094555951,12094555952\"");
        edited.replace("\"Sales, Support\"", "Sales");
        QVERIFY(edited != exported);
        QVERIFY_OK(importBytes(*db, edited, true, &plan));
        QCOMPARE(plan.countOf(RowAction::Update), 1);
        QCOMPARE(plan.countOf(RowAction::Unchanged), 3);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM extension WHERE number = '4701'")),
                 QStringLiteral("Ada King"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM did WHERE number = '12094555950'"
                                           " AND i_account IS NULL AND i_customer = 46170")) == 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT a.id FROM did d JOIN account a ON a.i_account ="
                                          " d.i_account WHERE d.number = '12094555952'")),
                 QStringLiteral("ph46170x4701"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM hunt_group_member m JOIN extension"
                                       " e ON e.i_extension = m.i_extension WHERE e.number ="
                                       " '4701'")),
            1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action ="
                                            " 'extension.update'")),
                 1);

        QVERIFY_OK(importBytes(*db, "Action,Extension\nclose,4702\n", false, &plan));
        QCOMPARE(plan.countOf(RowAction::Close), 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT a.status FROM account a WHERE a.id ="
                                          " 'ph46170x4702'")),
                 QStringLiteral("closed"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM hunt_group_member m JOIN extension"
                                       " e ON e.i_extension = m.i_extension WHERE e.number ="
                                       " '4702'")),
            0);
        // Closed is closed: a second close, or an update, finds no open extension.
        QVERIFY(!importBytes(*db, "Action,Extension\nclose,4702\n", false, &plan).ok());
        QCOMPARE(plan.errors.value(0).code, QStringLiteral("extension_unknown"));
    }

    void cliUpdateExistingAndMap()
    {
        AD_REQUIRE_ENGINE();
        QString spec;
        auto db = freshDatabase(currentEngine(), true, &spec);
        QVERIFY(db);
        db.reset();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("other.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nebenstelle;Anzeigename;Tarif\n4665;Johnny Doe;Cloud PBX\n4701;Ann;Cloud PBX\n");
        f.close();
        const QStringList base{QStringLiteral("--db"),
                               spec,
                               QStringLiteral("import"),
                               QStringLiteral("46170"),
                               file,
                               QStringLiteral("--json"),
                               QStringLiteral("--map"),
                               QStringLiteral("Nebenstelle=extension"),
                               QStringLiteral("--map"),
                               QStringLiteral("Anzeigename=Name"),
                               QStringLiteral("--map"),
                               QStringLiteral("Tarif=plan")};
        int rc = -1;
        QJsonObject o = runCli(base, &rc);
        QCOMPARE(rc, 1); // 4665 exists and --update-existing is not given
        QCOMPARE(o.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("column")),
                 QJsonValue(QStringLiteral("Nebenstelle")));
        QCOMPARE(o.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("column_letter")),
                 QJsonValue(QStringLiteral("A")));

        o = runCli(base + QStringList{QStringLiteral("--update-existing")}, &rc);
        QCOMPARE(rc, 0);
        const QJsonArray rows = o.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("update"));
        QCOMPARE(rows.at(0)
                     .toObject()
                     .value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("John Doe"), QStringLiteral("Johnny Doe")}));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("add"));

        // A field that does not exist is a usage error; so is an option given twice.
        runCli({QStringLiteral("--db"), spec, QStringLiteral("import"), QStringLiteral("46170"),
                file, QStringLiteral("--map"), QStringLiteral("Tarif=colour")},
               &rc);
        QCOMPARE(rc, 2);
        runCli({QStringLiteral("--db"), spec, QStringLiteral("import"), QStringLiteral("46170"),
                file, QStringLiteral("--encoding"), QStringLiteral("UTF-8"),
                QStringLiteral("--encoding"), QStringLiteral("UTF-8")},
               &rc);
        QCOMPARE(rc, 2);
    }

    void bulkChangeInBatches()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        // 950 extensions (more than two batches), the first 10 with one DID each.
        const qint64 firstDid = 12094555950LL;
        QByteArray add = "Extension number,Name,DID numbers,Product\n";
        QByteArray update = add;
        for (int i = 0; i < 950; ++i) {
            const QByteArray ext = QByteArray::number(5000 + i);
            const QByteArray did = i < 10 ? QByteArray::number(firstDid + i) : QByteArray();
            // Each of the 10 takes the DID the next one lets go of.
            const QByteArray moved =
                i < 10 ? QByteArray::number(firstDid + (i + 1) % 10) : QByteArray();
            add += ext + ",Person " + ext + "," + did + ",Cloud PBX\n";
            update += ext + ",Renamed " + ext + "," + moved + ",\n";
        }
        ImportPlan plan;
        QVERIFY_OK(importBytes(*db, add, false, &plan));
        const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit"));
        QVERIFY_OK(importBytes(*db, update, true, &plan));
        QCOMPARE(plan.countOf(RowAction::Update), 950);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM extension"
                                            " WHERE name LIKE 'Renamed %'")),
                 950);
        QCOMPARE(text(*db,
                      QStringLiteral("SELECT e.number FROM did d JOIN extension e ON"
                                     " e.i_account = d.i_account WHERE d.number = ?"),
                      {QString::number(firstDid)}),
                 QStringLiteral("5009"));
        QCOMPARE(text(*db,
                      QStringLiteral("SELECT e.number FROM did d JOIN extension e ON"
                                     " e.i_account = d.i_account WHERE d.number = ?"),
                      {QString::number(firstDid + 5)}),
                 QStringLiteral("5004"));
        // The import's own entry and one per account changed, each with its before and after.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit")) - auditBefore, 951);
        QCOMPARE(text(*db, QStringLiteral("SELECT new_value FROM audit WHERE action ="
                                          " 'extension.update' AND object = 'ph46170x5949'")),
                 QStringLiteral("Name: Renamed 5949"));
    }

    void takenDidRefusedByName()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        ImportPlan plan;
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,DID numbers,Product\n"
                               "4701,Ann,12094555950,Cloud PBX\n4702,Bob,,Cloud PBX\n",
                               false, &plan));
        // A plan made before another desk gave 12094555950 to 4701: 4702 takes it and a free one.
        PlannedChange c = updateOf(*db, 2, QStringLiteral("4702"));
        c.addedDids = QStringList{QStringLiteral("12094555951"), QStringLiteral("12094555950")};
        QVERIFY_OK(db->exec(QStringLiteral("BEGIN")));
        const Status st = ChangeWriter(*db).write(kAbc, {c});
        QVERIFY_OK(db->exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(st.firstCode(), QStringLiteral("did_in_use"));
        QVERIFY2(st.message().contains(QLatin1String("12094555950")), qPrintable(st.message()));
        QCOMPARE(text(*db,
                      QStringLiteral("SELECT a.id FROM did d JOIN account a ON"
                                     " a.i_account = d.i_account WHERE d.number = ?"),
                      {QStringLiteral("12094555950")}),
                 QStringLiteral("ph46170x4701"));
    }

    // A DID one row lets go and another takes (on SQLite one UPDATE moves it, takeBatched): it
    // moves as planned, is taken if another desk freed it meanwhile, and is refused by its number,
    // nothing written, if another desk gave it to a third extension meanwhile.
    void movedDidChecksItsOwner()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        ImportPlan plan;
        QVERIFY_OK(importBytes(*db,
                               "Extension number,Name,DID numbers,Product\n"
                               "4701,Ann,12094555950,Cloud PBX\n4702,Bob,,Cloud PBX\n"
                               "4703,Cy,12094555952,Cloud PBX\n",
                               false, &plan));
        const QString did = QStringLiteral("12094555950");
        PlannedChange lets = updateOf(*db, 2, QStringLiteral("4701"));
        lets.releasedDids = QStringList{did};
        PlannedChange takes = updateOf(*db, 3, QStringLiteral("4702"));
        takes.addedDids = QStringList{did};
        const QString owner = QStringLiteral("SELECT coalesce((SELECT a.id FROM did d JOIN account"
                                             " a ON a.i_account = d.i_account WHERE d.number = ?),"
                                             " 'free')");
        // The outcome and the DID's owner inside the transaction, which is then rolled back.
        const auto attempt = [&]() -> std::pair<Status, QString> {
            if (Status begun = db->exec(QStringLiteral("BEGIN")); !begun.ok())
                return {begun, QString()};
            const Status st = ChangeWriter(*db).write(kAbc, {lets, takes});
            const QString after = text(*db, owner, {did});
            const Status back = db->exec(QStringLiteral("ROLLBACK"));
            return {back.ok() ? st : back, after};
        };
        // As planned: 4701 lets go, 4702 takes.
        auto [st, after] = attempt();
        QVERIFY_OK(st);
        QCOMPARE(after, QStringLiteral("ph46170x4702"));
        QCOMPARE(text(*db, owner, {did}), QStringLiteral("ph46170x4701")); // rolled back
        // Another desk let it go meanwhile: still 4702's.
        QCOMPARE(
            rawExec(*db, QStringLiteral("UPDATE did SET i_account = NULL WHERE number = ?"), {did}),
            QString());
        std::tie(st, after) = attempt();
        QVERIFY_OK(st);
        QCOMPARE(after, QStringLiteral("ph46170x4702"));
        // Another desk gave it to 4703 meanwhile: refused by its number, nothing moved.
        QCOMPARE(rawExec(*db, QStringLiteral("UPDATE did SET i_account = ? WHERE number = ?"),
                         {updateOf(*db, 4, QStringLiteral("4703")).iAccount, did}),
                 QString());
        std::tie(st, after) = attempt();
        QCOMPARE(st.firstCode(), QStringLiteral("did_in_use"));
        QVERIFY2(st.message().contains(did), qPrintable(st.message()));
        QCOMPARE(text(*db, owner, {did}), QStringLiteral("ph46170x4703"));
    }

    // An import's audit entries are written from UTF-8 (AuditLog::writeManyUtf8, bound as they
    // are on SQLite): the rows stored are those writeMany stores from the same texts as QString
    // (non-ASCII, empty and null texts, one more entry than a PostgreSQL batch).
    void auditEntriesFromUtf8AsFromTexts()
    {
        AD_REQUIRE_ENGINE();
        auto db = freshDatabase(currentEngine(), true);
        QVERIFY(db);
        QList<AuditLog::Entry> texts;
        for (int i = 0; i < 101; ++i)
            texts.append({QStringLiteral("extension.update"), QStringLiteral("ph46170x%1").arg(i),
                          QString::fromUtf8("Name: Zoë %1").arg(i),
                          i % 3 ? QString::fromUtf8("Name: 王 %1").arg(i) : QString()});
        texts.append({QStringLiteral("account.close"), QStringLiteral(""), QString(),
                      QStringLiteral("closed")});
        QList<QByteArray> utf8; // the views below point into these
        for (const AuditLog::Entry &e : std::as_const(texts))
            utf8 << e.action.toUtf8() << e.object.toUtf8();
        QList<AuditLog::Utf8Entry> entries;
        for (qsizetype i = 0; i < texts.size(); ++i)
            entries.append({utf8.at(2 * i), utf8.at(2 * i + 1), texts.at(i).oldValue.toUtf8(),
                            texts.at(i).newValue.toUtf8()});
        AuditLog audit(*db, Actor{QStringLiteral("tester"), false});
        const qint64 first =
            scalar(*db, QStringLiteral("SELECT coalesce(max(i_audit), 0) FROM audit"));
        QVERIFY_OK(audit.writeMany(kAbc, texts));
        const qint64 second = scalar(*db, QStringLiteral("SELECT max(i_audit) FROM audit"));
        QVERIFY_OK(audit.writeManyUtf8(kAbc, entries));
        const auto stored = [&](qint64 from, qint64 to) {
            QSqlQuery q;
            QStringList out;
            const Status st = db->exec(
                QStringLiteral("SELECT action, object, old_value, new_value, i_customer, via FROM"
                               " audit WHERE i_audit > ? AND i_audit <= ? ORDER BY i_audit"),
                {from, to}, &q);
            if (!st.ok())
                return QStringList{st.message()};
            while (q.next())
                out << QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString()}
                           .join(QLatin1Char('|'));
            return out;
        };
        const QStringList a = stored(first, second);
        const QStringList b = stored(second, second + texts.size() + 1000);
        QCOMPARE(a.size(), texts.size());
        QCOMPARE(b, a);
        QCOMPARE(b.at(1), QString::fromUtf8("extension.update|ph46170x1|Name: Zoë 1|Name: 王 1|"
                                            "46170|admin"));
        QCOMPARE(b.at(0), QString::fromUtf8("extension.update|ph46170x0|Name: Zoë 0||46170|admin"));
        QCOMPARE(b.last(), QStringLiteral("account.close|||closed|46170|admin"));
    }
};

QTEST_GUILESS_MAIN(TstUpdates)
#include "tst_updates.moc"
