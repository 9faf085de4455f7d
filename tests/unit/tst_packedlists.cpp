// The packed lists that hold an update run's rows (issue #16): what goes in comes out exactly —
// null and empty texts apart, non-ASCII and long texts (a length over one varint byte), every
// optional and list of a change, DIDs sorted and hunt groups in load order per extension.
#include "domain/changelist.h"
#include "domain/openextensions.h"

#include <QTest>

using namespace ad;

namespace {

PlannedChange sample(int row)
{
    PlannedChange c;
    c.row = row;
    c.action = RowAction::Update;
    c.iAccount = 5000000000LL + row;
    c.iExtension = 7000000000LL + row;
    c.accountId = QStringLiteral("ph46170x%1").arg(row);
    c.extension = QString::number(row);
    c.product = QStringLiteral("Cloud PBX — Büro");
    c.name = QString::fromUtf8("Zoë \"Q\", Ñandú 😀 ") + QString(300, QLatin1Char('x'));
    c.productId = 42;
    c.active = false;
    c.published = true;
    c.email = QString(); // a column present and cleared: set, null
    c.timeZone = QStringLiteral("");
    c.releasedDids = {QStringLiteral("12094555949"), QString()};
    c.addedDids = {QStringLiteral("0101")};
    c.leftHuntGroups = {3, -1};
    c.joinedHuntGroups = {9};
    c.changes = {{QStringLiteral("Name"), QStringLiteral("old"), *c.name},
                 {QStringLiteral("Email"), QString(), QStringLiteral("")},
                 {QStringLiteral("Not a template column"), QStringLiteral("a"), QString()}};
    return c;
}

void compareChange(const PlannedChange &a, const PlannedChange &b)
{
    QCOMPARE(a.row, b.row);
    QCOMPARE(int(a.action), int(b.action));
    QCOMPARE(a.iAccount, b.iAccount);
    QCOMPARE(a.iExtension, b.iExtension);
    QCOMPARE(a.accountId, b.accountId);
    QCOMPARE(a.extension, b.extension);
    QCOMPARE(a.product, b.product);
    QCOMPARE(a.name.has_value(), b.name.has_value());
    if (a.name) {
        QCOMPARE(*a.name, *b.name);
        QCOMPARE(a.name->isNull(), b.name->isNull());
    }
    QCOMPARE(a.productId, b.productId);
    QCOMPARE(a.active, b.active);
    QCOMPARE(a.published, b.published);
    QCOMPARE(a.email.has_value(), b.email.has_value());
    if (a.email)
        QCOMPARE(a.email->isNull(), b.email->isNull());
    QCOMPARE(a.timeZone.has_value(), b.timeZone.has_value());
    if (a.timeZone) {
        QCOMPARE(a.timeZone->isNull(), b.timeZone->isNull());
        QCOMPARE(*a.timeZone, *b.timeZone);
    }
    QCOMPARE(a.releasedDids, b.releasedDids);
    QCOMPARE(a.releasedDids.value(1).isNull(), b.releasedDids.value(1).isNull());
    QCOMPARE(a.addedDids, b.addedDids);
    QCOMPARE(a.leftHuntGroups, b.leftHuntGroups);
    QCOMPARE(a.joinedHuntGroups, b.joinedHuntGroups);
    QCOMPARE(a.changes.size(), b.changes.size());
    for (int i = 0; i < a.changes.size(); ++i) {
        QCOMPARE(a.changes.at(i).field, b.changes.at(i).field);
        QCOMPARE(a.changes.at(i).before, b.changes.at(i).before);
        QCOMPARE(a.changes.at(i).after, b.changes.at(i).after);
        QCOMPARE(a.changes.at(i).before.isNull(), b.changes.at(i).before.isNull());
        QCOMPARE(a.changes.at(i).after.isNull(), b.changes.at(i).after.isNull());
    }
}

// The audit entry texts as ImportService made them from a built row before auditTexts().
ChangeList::AuditTexts auditAsBuilt(const PlannedChange &ch)
{
    if (ch.action == RowAction::Close) {
        QString detail = QStringLiteral("closed");
        if (!ch.releasedDids.isEmpty())
            detail += QStringLiteral("; DIDs released: ") + ch.releasedDids.join(QLatin1Char(' '));
        return {ch.accountId, ch.changes.value(0).before, detail};
    }
    QStringList before, after;
    for (const FieldChange &f : ch.changes) {
        before << f.field + QStringLiteral(": ") + f.before;
        after << f.field + QStringLiteral(": ") + f.after;
    }
    return {ch.accountId, before.join(QStringLiteral("; ")), after.join(QStringLiteral("; "))};
}

void compareAudit(const ChangeList::AuditTexts &a, const ChangeList::AuditTexts &b)
{
    QCOMPARE(a.accountId, b.accountId);
    QCOMPARE(a.before, b.before);
    QCOMPARE(a.after, b.after);
    QCOMPARE(a.before.isNull(), b.before.isNull());
    QCOMPARE(a.after.isNull(), b.after.isNull());
}

// The UTF-8 an SQLite writer binds (auditUtf8) is the built texts' UTF-8, null texts null.
void compareAuditUtf8(const ChangeList::AuditUtf8 &a, const ChangeList::AuditTexts &b)
{
    QCOMPARE(QByteArray(a.accountId.data(), a.accountId.size()), b.accountId.toUtf8());
    QCOMPARE(a.accountId.isNull(), b.accountId.isNull());
    QCOMPARE(a.before, b.before.toUtf8());
    QCOMPARE(a.after, b.after.toUtf8());
    QCOMPARE(a.before.isNull(), b.before.isNull());
    QCOMPARE(a.after.isNull(), b.after.isNull());
}

} // namespace

class TstPackedLists : public QObject {
    Q_OBJECT
private slots:
    void changesComeBackAsAppended()
    {
        ChangeList list;
        PlannedChange bare; // nothing optional set, no lists
        bare.row = 2;
        bare.action = RowAction::Unchanged;
        PlannedChange closing = sample(3);
        closing.action = RowAction::Close;
        closing.name.reset();
        closing.active.reset();
        closing.published.reset();
        closing.productId.reset();
        list.append(sample(1));
        list.append(bare);
        list.append(closing);
        QCOMPARE(list.size(), 3);
        compareChange(list.at(0), sample(1));
        compareChange(list.at(1), bare);
        compareChange(list.at(2), closing);
        // The light accessors say what the built rows say.
        QCOMPARE(list.row(2), 3);
        QCOMPARE(int(list.action(1)), int(RowAction::Unchanged));
        QCOMPARE(list.iAccount(0), sample(1).iAccount);
        QCOMPARE(list.productId(0), std::optional<qint64>(42));
        QCOMPARE(list.productId(1), std::optional<qint64>());
        QCOMPARE(list.active(0), std::optional<bool>(false));
        QCOMPARE(list.active(2), std::optional<bool>());
        QCOMPARE(list.releasedDids(0), sample(1).releasedDids);
        QCOMPARE(list.releasedDids(2), sample(3).releasedDids);
        QCOMPARE(list.iExtension(0), sample(1).iExtension);
        QCOMPARE(list.name(0), sample(1).name);
        QCOMPARE(list.name(2), std::optional<QString>());
        QVERIFY(list.setsOtherFields(0));
        QVERIFY(!list.setsOtherFields(1));
        QCOMPARE(list.addedDids(0), sample(1).addedDids);
        QCOMPARE(list.addedDids(1), QStringList());
        QVERIFY(list.has(0, ChangeList::Part::JoinedHuntGroups));
        QVERIFY(!list.has(1, ChangeList::Part::AddedDids));
        int n = 0;
        for (const PlannedChange &c : list)
            QCOMPARE(c.row, list.row(n++));
        QCOMPARE(n, 3);
        for (qsizetype i = 0; i < list.size(); ++i)
            compareAudit(list.auditTexts(i), auditAsBuilt(list.at(i)));
        list.removeRows([](int row) { return row == 2; });
        QCOMPARE(list.size(), 2);
        compareChange(list.at(1), closing);
        list.clear();
        QVERIFY(list.isEmpty());
    }

    // The audit entries made from the packed texts are the ones made from the built rows: null
    // and empty before texts, non-ASCII, a column outside the template, a new text referring to
    // the row's name, e-mail or time zone and one written out, closes with and without DIDs.
    void auditTextsAsBuilt()
    {
        ChangeList list;
        QList<PlannedChange> rows;
        rows << sample(1);
        PlannedChange refs = sample(2);
        refs.email = QString::fromUtf8("zoë@example.com");
        refs.timeZone = QStringLiteral("Europe/Berlin");
        refs.changes = {
            {QStringLiteral("Email"), QString(), *refs.email},
            {QStringLiteral("Time zone"), QStringLiteral(""), *refs.timeZone},
            {QStringLiteral("Status"), QStringLiteral("active"), QStringLiteral("inactive")},
            {QString::fromUtf8("Übrig"), QString::fromUtf8("ä"), QString()}};
        rows << refs;
        PlannedChange close = sample(3);
        close.action = RowAction::Close;
        rows << close;
        PlannedChange closeBare;
        closeBare.row = 4;
        closeBare.action = RowAction::Close;
        closeBare.accountId = QStringLiteral("ph1x4");
        rows << closeBare;
        PlannedChange closeNullBefore = closeBare;
        closeNullBefore.releasedDids = {QStringLiteral("12094555949"), QStringLiteral("0101")};
        closeNullBefore.changes = {{QStringLiteral("Name"), QString(), QString()}};
        rows << closeNullBefore;
        PlannedChange noChanges = sample(6);
        noChanges.changes.clear();
        rows << noChanges;
        for (const PlannedChange &c : rows)
            list.append(c);
        for (qsizetype i = 0; i < list.size(); ++i) {
            compareAudit(list.auditTexts(i), auditAsBuilt(rows.at(i)));
            compareAuditUtf8(list.auditUtf8(i), auditAsBuilt(rows.at(i)));
        }
        QVERIFY(list.auditTexts(3).before.isNull());
        QVERIFY(list.auditUtf8(3).before.isNull());
        QCOMPARE(list.auditUtf8(1).after,
                 QString::fromUtf8("Email: zoë@example.com; Time zone: Europe/Berlin;"
                                   " Status: inactive; Übrig: ")
                     .toUtf8());
        QCOMPARE(list.auditTexts(4).after,
                 QStringLiteral("closed; DIDs released: 12094555949 0101"));
    }

    void openExtensionsComeBackAsAdded()
    {
        OpenExtensions open;
        ExistingExtension a;
        a.iAccount = 11;
        a.iExtension = 21;
        a.accountId = QStringLiteral("ph46170x4665");
        a.number = QStringLiteral("4665");
        a.name = QString::fromUtf8("Jürgen \"JJ\" Ødegård ") + QString(200, QLatin1Char('y'));
        a.productId = 5;
        a.active = false;
        a.blocked = true;
        a.published = true;
        a.email = QStringLiteral("");
        a.timeZone = QStringLiteral("Europe/Berlin");
        a.addonFees = 1234;
        ExistingExtension b;
        b.iAccount = 12;
        b.iExtension = 22;
        b.number = QStringLiteral("0101");
        b.timeZone = QStringLiteral("Europe/Berlin");
        open.add(a);
        open.add(b);
        // DIDs come in any order and are given sorted; hunt groups in the order loaded.
        open.addDid(open.indexOfAccount(12), QStringLiteral("3"));
        open.addDid(open.indexOfAccount(11), QStringLiteral("2"));
        open.addDid(open.indexOfAccount(12), QStringLiteral("1"));
        open.addHuntGroup(open.indexOfExtension(22), 9);
        open.addHuntGroup(open.indexOfExtension(22), 4);
        open.finish();
        QCOMPARE(open.size(), 2);
        const ExistingExtension x = open.at(open.indexOfAccount(11));
        QCOMPARE(x.iExtension, 21);
        QCOMPARE(x.accountId, a.accountId);
        QCOMPARE(x.number, a.number);
        QCOMPARE(x.name, a.name);
        QCOMPARE(x.productId, 5);
        QVERIFY(!x.active && x.blocked && x.published);
        QVERIFY(!x.email.isNull() && x.email.isEmpty());
        QCOMPARE(x.timeZone, a.timeZone);
        QCOMPARE(x.addonFees, 1234);
        QCOMPARE(x.dids, QStringList{QStringLiteral("2")});
        QVERIFY(x.huntGroups.isEmpty());
        const ExistingExtension y = open.at(1);
        QVERIFY(y.accountId.isNull() && y.name.isNull());
        QCOMPARE(open.number(1), QStringLiteral("0101"));
        QCOMPARE(y.dids, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(y.huntGroups, (QList<qint64>{9, 4}));
        QCOMPARE(open.row(1).iAccount, 12);
        QCOMPARE(open.indexOfAccount(99), -1);
    }

    // DIDs are held as digit keys when they are 1..15 ASCII digits and as texts otherwise: they
    // come back exactly (leading zeros, lengths, empty, non-ASCII) and sorted as texts.
    void openExtensionDidsExact()
    {
        const QStringList dids{QStringLiteral("9"),
                               QStringLiteral("10"),
                               QStringLiteral("100"),
                               QStringLiteral("0101"),
                               QStringLiteral("101"),
                               QStringLiteral("09"),
                               QStringLiteral("999999999999999"),
                               QStringLiteral("1234567890123456"), // 16 digits: as text
                               QStringLiteral("12094555949"),
                               QString::fromUtf8("\u0661\u0662"), // Arabic-Indic digits
                               QStringLiteral("+12094555949"),
                               QStringLiteral("")};
        OpenExtensions open;
        ExistingExtension a;
        a.iAccount = 1;
        a.iExtension = 2;
        a.number = QStringLiteral("1");
        ExistingExtension b = a;
        b.iAccount = 3;
        b.iExtension = 4;
        open.add(a);
        open.add(b);
        for (const QString &d : dids) // all on b, in this order; one on a
            open.addDid(1, d);
        open.addDid(0, QStringLiteral("0000001"));
        open.finish();
        QStringList expected = dids;
        std::sort(expected.begin(), expected.end());
        const QStringList got = open.at(1).dids;
        QCOMPARE(got, expected);
        QVERIFY(!got.first().isNull()); // the empty text, not a null one
        QCOMPARE(open.at(0).dids, QStringList{QStringLiteral("0000001")});
    }
};

QTEST_GUILESS_MAIN(TstPackedLists)
#include "tst_packedlists.moc"
