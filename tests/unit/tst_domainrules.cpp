// Value rules that need no database (models/domain).
#include "domain/csvcolumns.h"
#include "domain/filerefusals.h"
#include "domain/money.h"
#include "domain/rules.h"

#include <QTest>
#include <vector>

using namespace ad;

class TstDomainRules : public QObject {
    Q_OBJECT
private slots:
    void accountIds()
    {
        QCOMPARE(rules::extensionAccountId(46170, QStringLiteral("4665")),
                 QStringLiteral("ph46170x4665"));
        QCOMPARE(rules::extensionAccountId(46170, QStringLiteral("0101")),
                 QStringLiteral("ph46170x0101"));
        QCOMPARE(rules::autoAttendantAccountId(46170, 1), QStringLiteral("ph46170aa1"));
        QVERIFY(rules::isValidGenericAccountId(QStringLiteral("8947000000000000011")));
        QVERIFY(rules::isValidGenericAccountId(QStringLiteral("phone-1")));
        QVERIFY(rules::isValidGenericAccountId(QStringLiteral("ph")));
        QVERIFY(!rules::isValidGenericAccountId(QStringLiteral("ph1")));
        QVERIFY(!rules::isValidGenericAccountId(QStringLiteral("a/b")));
        QVERIFY(rules::isValidGenericAccountId(QString(64, QLatin1Char('x'))));
        QVERIFY(!rules::isValidGenericAccountId(QString(65, QLatin1Char('x'))));
    }
    void dids_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("12094555948") << QStringLiteral("12094555948");
        QTest::newRow("plus spaces")
            << QStringLiteral("+1 209 455 5948") << QStringLiteral("12094555948");
        QTest::newRow("brackets dashes dots")
            << QStringLiteral("(209) 455-59.48") << QStringLiteral("2094555948");
        QTest::newRow("6 digits") << QStringLiteral("123456") << QStringLiteral("123456");
        QTest::newRow("5 digits") << QStringLiteral("12345") << QString();
        QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << QString();
        QTest::newRow("letters") << QStringLiteral("1209455594a") << QString();
        QTest::newRow("plus inside") << QStringLiteral("1209+4555948") << QString();
        QTest::newRow("scientific") << QStringLiteral("1.20946E+10") << QString();
    }
    void dids()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        const auto d = rules::normaliseDid(in);
        QCOMPARE(d.value_or(QString()), out);
    }
    void values()
    {
        QVERIFY(rules::isValidEmail(QString()));
        QVERIFY(rules::isValidEmail(QStringLiteral("a.b@abc.example")));
        QVERIFY(!rules::isValidEmail(QStringLiteral("hana@")));
        QVERIFY(!rules::isValidEmail(QStringLiteral("a@b@c.d")));
        QVERIFY(!rules::isValidEmail(QStringLiteral("a b@c.d")));
        QVERIFY(!rules::isValidEmail(QStringLiteral("a@localhost")));
        QVERIFY(!rules::isValidEmail(QStringLiteral("a@") + QString(250, QLatin1Char('b')) +
                                     QStringLiteral(".com")));
        QVERIFY(rules::isValidTimeZone(QStringLiteral("Europe/Kyiv")));
        QVERIFY(rules::isValidTimeZone(QStringLiteral("America/New_York")));
        QVERIFY(!rules::isValidTimeZone(QStringLiteral("Mars/Olympus")));
        QVERIFY(!rules::isValidTimeZone(QStringLiteral("UTC+02:00")));
        QCOMPARE(rules::parsePublished(QStringLiteral("YES")).value_or(false), true);
        QCOMPARE(rules::parsePublished(QString()).value_or(true), false);
        for (const char *t :
             {"TRUE", "1", "x", "X", "WAHR", "VRAI", "Ja", "oui", "on", "Sí", " yes "})
            QVERIFY2(rules::parseBoolean(QString::fromUtf8(t)).value_or(false), t);
        for (const char *t : {"FALSE", "0", "", "nein", "Falsch", "non", "faux", "off", "No"})
            QVERIFY2(!rules::parseBoolean(QString::fromUtf8(t)).value_or(true), t);
        for (const char *t : {"maybe", "2", "yes please", "-"})
            QVERIFY2(!rules::parseBoolean(QString::fromUtf8(t)), t);
        // Short ASCII cells take a path of their own (trimmed and lowered in place); longer or
        // non-ASCII ones the sets: both give the same answers.
        for (const char *t : {"\tNO\r\n", "   ", " 0", "\vFaux"})
            QVERIFY2(!rules::parseBoolean(QString::fromUtf8(t)).value_or(true), t);
        for (const char *t : {" Si ", "J", "   yes    ", "\tTRUE\t\t\t\t\t\t", " sÍ"})
            QVERIFY2(rules::parseBoolean(QString::fromUtf8(t)).value_or(false), t);
        for (const char *t : {"yes!", "n o", "\x1fno", "nö", "         no no"})
            QVERIFY2(!rules::parseBoolean(QString::fromUtf8(t)), t);
        QCOMPARE(rules::parsePublished(QStringLiteral("1")).value_or(false), true);
        QVERIFY(rules::isValidName(QString(100, QLatin1Char('n'))));
        QVERIFY(!rules::isValidName(QString(101, QLatin1Char('n'))));
        QVERIFY(!rules::isValidName(QStringLiteral("a\tb")));
        QVERIFY(!rules::isValidName(QStringLiteral("a\x7f b")));
        QVERIFY(!rules::isValidName(QString::fromUtf8("Zoë\u200bNovak"))); // after a non-ASCII
        QVERIFY(rules::isValidName(QString::fromUtf8("Núñez, José \"Jr\" ~")));
        // Invisible format characters (Cf) and separators are refused like control characters.
        for (const char16_t u :
             {u'\u202E', u'\u200B', u'\u200D', u'\u2066', u'\uFEFF', u'\u2028', u'\u0085'})
            QVERIFY2(
                !rules::isValidName(QStringLiteral("Hana") + QChar(u) + QStringLiteral("Novak")),
                qPrintable(QString::number(u, 16)));
        QVERIFY(!rules::isValidName(QString(QChar(0xD800)))); // a lone surrogate
        // The refusal names what a clerk cannot see (a zero-width space pasted from a web page).
        QVERIFY(refusal::rowNameInvalid(QString::fromUtf8("Zoë\u200bNovak"))
                    .message.contains(QLatin1String("zero-width")));
        QVERIFY(!rules::isValidName(QString::fromUcs4(U"tag\U000E0041"))); // a Cf outside the BMP
        QVERIFY(rules::isValidName(
            QString::fromUtf8("Zoë Müller-Łukasiewicz 王芳 😀"))); // letters and emoji stay
        QVERIFY(rules::isValidName(QString::fromUcs4(U"\U0001F600 astral")));
        // DID cells: separators, formatting spaces, and numbers a spreadsheet changed.
        const QList<QPair<const char *, std::vector<const char *>>> cells = {
            {"12094555949, 12094555950", {"12094555949", "12094555950"}},
            {"12094555959,12094555960", {"12094555959", "12094555960"}},
            {"12094555949;12094555950", {"12094555949", "12094555950"}},
            {"12094555949 / 12094555950", {"12094555949", "12094555950"}},
            {"12094555949\n12094555950", {"12094555949", "12094555950"}},
            {"12094555949 12094555950", {"12094555949", "12094555950"}},
            {"+1 (209) 455-5952", {"+1 (209) 455-5952"}},
            {"+1 209 455 5952, +1 209 455 5953", {"+1 209 455 5952", "+1 209 455 5953"}},
            {"12094555949.0", {"12094555949.0"}},
            {"1,209E+10", {"1,209E+10"}},
            {"12094555949,00", {"12094555949,00"}},
            {"1.2094555949E+10", {"1.2094555949E+10"}},
            {"12094555950.1209", {"12094555950.1209"}},
            {" 12094555949 ", {"12094555949"}}, // digits only: taken as they are
            {"12345", {"12345"}},
            {"", {}},
        };
        for (const auto &c : cells) {
            QStringList expected;
            for (const char *e : c.second)
                expected << QString::fromLatin1(e);
            QCOMPARE(rules::splitDids(QString::fromLatin1(c.first)), expected);
        }
        for (const char *mangled :
             {"12094555949.0", "12094555949,00", "1.2094555949E+10", "12094555950.1209"})
            QVERIFY2(!rules::normaliseDid(QString::fromLatin1(mangled)), mangled);
        QCOMPARE(rules::normaliseDid(QStringLiteral("209.455.5949")).value_or(QString()),
                 QStringLiteral("2094555949"));
        QVERIFY(rules::looksLikeSpreadsheetNumber(QStringLiteral("4.665E+03")));
        QVERIFY(rules::looksLikeSpreadsheetNumber(QStringLiteral("4665.0")));
        QVERIFY(!rules::looksLikeSpreadsheetNumber(QStringLiteral("4665")));
        QCOMPARE(rules::parseQuantity(QStringLiteral("Unlimited")).ok, true);
        QVERIFY(!rules::parseQuantity(QStringLiteral("Unlimited")).quantity);
        QCOMPARE(rules::parseQuantity(QStringLiteral("999999")).quantity.value_or(0), 999999);
        QVERIFY(!rules::parseQuantity(QStringLiteral("0")).ok);
        QVERIFY(!rules::parseQuantity(QStringLiteral("-3")).ok);
        QVERIFY(!rules::parseQuantity(QStringLiteral("1000000")).ok);
        QCOMPARE(money::plain(1600), QStringLiteral("16.00"));
        QCOMPARE(money::plain(5), QStringLiteral("0.05"));
    }
    void headers_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("field");
        QTest::newRow("exact") << QStringLiteral("Extension number")
                               << int(csv::Field::ExtensionNumber);
        QTest::newRow("case and spaces")
            << QStringLiteral("  EXTENSION   number ") << int(csv::Field::ExtensionNumber);
        QTest::newRow("mandatory suffix")
            << QStringLiteral("Extension number (mandatory)") << int(csv::Field::ExtensionNumber);
        QTest::newRow("star") << QStringLiteral("Product*") << int(csv::Field::Product);
        QTest::newRow("alias extension")
            << QStringLiteral("Extension") << int(csv::Field::ExtensionNumber);
        QTest::newRow("alias DID") << QStringLiteral("DID") << int(csv::Field::Dids);
        QTest::newRow("alias DIDs") << QStringLiteral("DIDs") << int(csv::Field::Dids);
        QTest::newRow("alias Email") << QStringLiteral("Email") << int(csv::Field::Email);
        QTest::newRow("alias Time zone")
            << QStringLiteral("Time zone") << int(csv::Field::Timezone);
        QTest::newRow("alias Hunt group")
            << QStringLiteral("Hunt group") << int(csv::Field::Huntgroup);
        QTest::newRow("unknown") << QStringLiteral("Department") << int(csv::Field::Ignored);
        // Other systems' spellings (FreePBX, FusionPBX, Wazo, 3CX, BroadWorks, Teams exports)
        // and snake_case / camelCase / PascalCase.
        const QList<QPair<const char *, csv::Field>> others = {
            {"display_name", csv::Field::Name},
            {"effective_caller_id_name", csv::Field::Name},
            {"DisplayName", csv::Field::Name},
            {"Full Name", csv::Field::Name},
            {"Number", csv::Field::ExtensionNumber},
            {"exten", csv::Field::ExtensionNumber},
            {"ExtensionNumber", csv::Field::ExtensionNumber},
            {"extension_number", csv::Field::ExtensionNumber},
            {"Ext.", csv::Field::ExtensionNumber},
            {"# Extension", csv::Field::ExtensionNumber},
            {"phonenumber", csv::Field::Dids},
            {"phoneNumber", csv::Field::Dids},
            {"DDI", csv::Field::Dids},
            {"DIDNumbers", csv::Field::Dids},
            {"DID(s)", csv::Field::Dids},
            {"incall_exten", csv::Field::Dids},
            {"EmailAddress", csv::Field::Email},
            {"voicemail_email", csv::Field::Email},
            {"E-Mail", csv::Field::Email},
            {"eMail", csv::Field::Email},
            {"E-Mail-Adresse", csv::Field::Email},
            {"time_zone", csv::Field::Timezone},
            {"TimeZone", csv::Field::Timezone},
            {"TZ", csv::Field::Timezone},
            {"hunt_group", csv::Field::Huntgroup},
            {"Ring group", csv::Field::Huntgroup},
            {"Plan", csv::Field::Product},
            {"Product (optional)", csv::Field::Product},
            {"dial-by-name", csv::Field::Published},
            {"Directory", csv::Field::Published},
        };
        for (const auto &o : others)
            QTest::newRow(o.first) << QString::fromLatin1(o.first) << int(o.second);
    }
    void headers()
    {
        QFETCH(QString, cell);
        QFETCH(int, field);
        QCOMPARE(int(csv::fieldForHeader(cell)), field);
    }
};

QTEST_GUILESS_MAIN(TstDomainRules)
#include "tst_domainrules.moc"
