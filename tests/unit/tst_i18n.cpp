// The programs' translations: German from AGREEMENTDESK_LANG, our catalogue and Qt's own (so
// that standard buttons such as Cancel and Yes are German too, not English).
#include "i18n/i18n.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

class TstI18n : public QObject {
    Q_OBJECT
private slots:
    // English plural forms from the English catalogue: "1 row", "12 rows", not "1 row(s)".
    void englishPlurals()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/agreementdesk/i18n/agreementdesk_en.qm")));
        QCOMPARE(en.translate("ad::ReviewPage", "%n row(s)", nullptr, 1), QStringLiteral("%n row"));
        QCOMPARE(en.translate("ad::ReviewPage", "%n row(s)", nullptr, 12),
                 QStringLiteral("%n rows"));
        QCOMPARE(en.translate("ad::DidsPane", "%n DID(s) given to the customer.", nullptr, 3),
                 QStringLiteral("%n DIDs given to the customer."));
        QCOMPARE(en.translate("ad::DidsPane", "%n DID(s) given to the customer.", nullptr, 1),
                 QStringLiteral("%n DID given to the customer."));
        // Installed for English, and for a language without a catalogue of its own.
        qputenv("AGREEMENTDESK_LANG", "fr");
        QCOMPARE(ad::i18n::install(*qApp), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ad::ReviewPage", "%n row(s)", nullptr, 1),
                 QStringLiteral("1 row"));
        QCOMPARE(QCoreApplication::translate("ad::ReviewPage", "%n row(s)", nullptr, 2),
                 QStringLiteral("2 rows"));
    }

    void germanIncludesQtsStandardButtons()
    {
        qputenv("AGREEMENTDESK_LANG", "de");
        QCOMPARE(ad::i18n::install(*qApp), QStringLiteral("de"));
        // Our own catalogue.
        QCOMPARE(QCoreApplication::translate("ad::AgreementModel", "Unlimited"),
                 QStringLiteral("Unbegrenzt"));
        // Qt's (qtbase_de.qm, from qt6-translations-l10n).
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Ja"));
    }
};

QTEST_MAIN(TstI18n)
#include "tst_i18n.moc"
