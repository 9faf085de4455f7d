// The programs' translations: German from AGREEMENTDESK_LANG, our catalogue and Qt's own (so
// that standard buttons such as Cancel and Yes are German too, not English).
#include "i18n/i18n.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

class TstI18n : public QObject {
    Q_OBJECT
private slots:
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
