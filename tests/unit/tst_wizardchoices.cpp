// The import wizard's choices beyond the defaults (#14), driven as a person would (offscreen):
// the header row (detected, a row, none), the column mapping with the file's own header and
// column letter, a workbook's sheet picker, the choices remembered per header signature (in a
// temporary QSettings location), and what each row does on the review and Done pages (add,
// update with old → new, close, unchanged; counted and filterable).
#include "commitpage.h"
#include "deskfixture.h"
#include "formatpage.h"
#include "importwizard.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "mappingprofiles.h"
#include "reviewpage.h"
#include "services/importservice.h"
#include "sourcepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::test;

class TstWizardChoices : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    static int fieldOf(ColumnMappingModel *m, int row)
    {
        return m->index(row, ColumnMappingModel::FieldColumn).data(Qt::EditRole).toInt();
    }
    // Shows the wizard at a small screen's size and goes on to the Format page.
    static void showFormatPage(ImportWizard &w)
    {
        w.resize(900, 600);
        w.show();
        w.next();
    }
    static void chooseHeader(ImportWizard &w, int mode)
    {
        QComboBox *box = w.formatPage()->headerModeBox();
        box->setCurrentIndex(box->findData(mode));
    }

private slots:
    void initTestCase()
    {
        // The profiles go to a temporary settings file, never the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("AgreementDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardchoices"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
    }
    void init()
    {
        QSettings().clear();
        QVERIFY(m_desk.setUp());
    }
    void cleanup() { m_desk.tearDown(); }

    void headerRowDetectedChosenOrNone()
    {
        const QString path = write(QStringLiteral("title.csv"),
                                   "Staff list for ABC\n\nExtension number,Name,Product\n"
                                   "4701,Anne,Cloud PBX\n");
        ImportWizard w(m_desk.ctx, 46170, path);
        w.resize(900, 600);
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
        FormatPage *f = w.formatPage();
        QCOMPARE(f->headerModeBox()->currentText(), QStringLiteral("Detected (row 3)"));
        QVERIFY(!f->headerRowBox()->isEnabled());
        QVERIFY(f->isComplete());
        ColumnMappingModel *m = f->mappingModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(1, ColumnMappingModel::LetterColumn).data().toString(),
                 QStringLiteral("B"));
        QCOMPARE(m->index(1, ColumnMappingModel::FileColumn).data().toString(),
                 QStringLiteral("Name"));
        QVERIFY(!f->sheetBox()->isVisible()); // a CSV file has no sheets
        // Row 1 as the header: the title is no header, the mandatory columns are missing.
        chooseHeader(w, MappingProfile::Row);
        QVERIFY(f->headerRowBox()->isEnabled());
        f->headerRowBox()->setValue(1);
        QVERIFY(!f->isComplete());
        QCOMPARE(m->index(0, ColumnMappingModel::FileColumn).data().toString(),
                 QStringLiteral("Staff list for ABC"));
        f->headerRowBox()->setValue(3);
        QVERIFY(f->isComplete());
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        QCOMPARE(w.session().headerRow, 3);
        QCOMPARE(w.session().plan.accounts.size(), 1);
        QCOMPARE(w.session().plan.accounts.first().name, QStringLiteral("Anne"));
    }

    void noHeaderMappedByHand()
    {
        const QString path =
            write(QStringLiteral("bare.csv"), "4701,Anne,Cloud PBX\n4702,Bruno,Cloud PBX\n");
        ImportWizard w(m_desk.ctx, 46170, path);
        w.resize(900, 600);
        w.show();
        w.next();
        FormatPage *f = w.formatPage();
        QVERIFY(!f->isComplete()); // the first row taken as the header names nothing
        chooseHeader(w, MappingProfile::NoHeader);
        ColumnMappingModel *m = f->mappingModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(f->rawModel()->rowCount(), 2); // both rows are data now
        QVERIFY(m->setData(m->index(2, ColumnMappingModel::FieldColumn), int(csv::Field::Product)));
        QVERIFY(m->setData(m->index(1, ColumnMappingModel::FieldColumn), int(csv::Field::Name)));
        QVERIFY(m->setData(m->index(0, ColumnMappingModel::FieldColumn),
                           int(csv::Field::ExtensionNumber)));
        QVERIFY2(f->isComplete(), qPrintable(f->status()));
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        QVERIFY(!w.session().hasHeader);
        QCOMPARE(w.session().plan.accounts.size(), 2);
        QVERIFY(w.reviewPage()->summary().contains(QLatin1String("2 to add")));
    }

    void mappingRememberedPerHeaderSignature()
    {
        const QString first =
            write(QStringLiteral("fr1.csv"), "Poste;Nom;Offre\n4701;Anne;Cloud PBX\n");
        {
            ImportWizard w(m_desk.ctx, 46170, first);
            w.resize(900, 600);
            w.show();
            w.next();
            FormatPage *f = w.formatPage();
            QVERIFY(f->profileText().isEmpty());
            ColumnMappingModel *m = f->mappingModel();
            QVERIFY(m->setData(m->index(0, ColumnMappingModel::FieldColumn),
                               int(csv::Field::ExtensionNumber)));
            QVERIFY(
                m->setData(m->index(1, ColumnMappingModel::FieldColumn), int(csv::Field::Name)));
            QVERIFY(
                m->setData(m->index(2, ColumnMappingModel::FieldColumn), int(csv::Field::Product)));
            QVERIFY(f->isComplete());
            w.next();
            QTRY_VERIFY(w.reviewPage()->isPlanned());
        }
        // Another file, the same header written otherwise: the saved mapping is used, and said.
        const QString second =
            write(QStringLiteral("fr2.csv"), "POSTE,nom,offre\n4702,Bruno,Cloud PBX\n");
        {
            ImportWizard w(m_desk.ctx, 46170, second);
            w.resize(900, 600);
            w.show();
            w.next();
            FormatPage *f = w.formatPage();
            QVERIFY2(f->profileText().startsWith(QLatin1String("Using the mapping saved on")),
                     qPrintable(f->profileText()));
            QVERIFY(f->resetProfileButton()->isVisible());
            QCOMPARE(fieldOf(f->mappingModel(), 0), int(csv::Field::ExtensionNumber));
            QCOMPARE(fieldOf(f->mappingModel(), 2), int(csv::Field::Product));
            QVERIFY2(f->isComplete(), qPrintable(f->status()));
            shot(&w, QStringLiteral("wizard-2-format-profile"));
            w.next();
            QTRY_VERIFY(w.reviewPage()->isPlanned());
            QCOMPARE(w.session().plan.accounts.first().name, QStringLiteral("Bruno"));
            w.back();
            // Reset: back to the detection, and the profile is forgotten.
            QTest::mouseClick(f->resetProfileButton(), Qt::LeftButton);
            QVERIFY(!f->isComplete());
            QCOMPARE(fieldOf(f->mappingModel(), 0), int(csv::Field::Ignored));
            QVERIFY(f->profileText().contains(QLatin1String("forgotten")));
        }
        ImportWizard w(m_desk.ctx, 46170, first);
        w.show();
        w.next();
        QVERIFY(w.formatPage()->profileText().isEmpty());
        QVERIFY(!w.formatPage()->isComplete());
    }

    // A delimiter chosen by hand for one file is kept for that file (Back, Next) but not carried
    // to the next file, which starts from its own detection (a remembered ';' read a comma file
    // as one column, and Next stayed disabled).
    void delimiterChoiceStaysWithItsFile()
    {
        const QString semi = write(QStringLiteral("semi.csv"),
                                   "Extension number;Name;Product\n4701;Anne;Cloud PBX\n");
        {
            ImportWizard w(m_desk.ctx, 46170, semi);
            showFormatPage(w);
            QComboBox *box = w.formatPage()->delimiterBox();
            box->setCurrentIndex(box->findData(QStringLiteral(";")));
            QVERIFY(w.formatPage()->isComplete());
            w.next();
            QTRY_VERIFY(w.reviewPage()->isPlanned());
            w.back();
            QCOMPARE(box->currentData().toString(), QStringLiteral(";"));
        }
        const QString comma = write(QStringLiteral("comma.csv"),
                                    "Extension number,Name,Product\n4702,Bruno,Cloud PBX\n");
        ImportWizard w(m_desk.ctx, 46170, comma);
        showFormatPage(w);
        QComboBox *box = w.formatPage()->delimiterBox();
        QCOMPARE(box->currentIndex(), 0);
        // Opened without a size of its own, the wizard fits the screen (offscreen: 800 × 600).
        ImportWizard fresh(m_desk.ctx, 46170, comma);
        const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY2(fresh.width() <= room.width() && fresh.height() <= room.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(fresh.width())
                                .arg(fresh.height())
                                .arg(room.width())
                                .arg(room.height())));
        QVERIFY(fresh.minimumSizeHint().width() <= room.width());
        QVERIFY2(box->currentText().startsWith(QLatin1String("Detected: comma")),
                 qPrintable(box->currentText()));
        QVERIFY2(w.formatPage()->isComplete(), qPrintable(w.formatPage()->status()));
    }

    void sheetPickerRereadsAndIsRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
        QVERIFY(QFile::copy(QStringLiteral(AD_TEST_DATA "/golden/workbook_sheets.xlsx"), path));
        for (int pass = 0; pass < 2; ++pass) {
            ImportWizard w(m_desk.ctx, 46170, path);
            w.resize(900, 600);
            w.show();
            w.next();
            FormatPage *f = w.formatPage();
            QComboBox *sheet = f->sheetBox();
            QVERIFY(sheet->isVisible());
            QCOMPARE(sheet->count(), 2);
            QCOMPARE(sheet->itemText(0), QStringLiteral("Read me"));
            if (pass == 0) {
                QCOMPARE(sheet->currentText(), QStringLiteral("Read me"));
                QVERIFY(!f->isComplete());
                sheet->setCurrentIndex(1);
            } else {
                QVERIFY(f->profileText().startsWith(QLatin1String("Using the mapping saved on")));
            }
            QCOMPARE(sheet->currentText(), QStringLiteral("Extensions"));
            QVERIFY2(f->isComplete(), qPrintable(f->status()));
            QCOMPARE(f->mappingModel()->rowCount(), 5);
            w.next();
            QTRY_VERIFY(w.reviewPage()->isPlanned());
            QCOMPARE(w.session().sheet, QStringLiteral("Extensions"));
            QCOMPARE(w.session().plan.accounts.first().extension, QStringLiteral("4704"));
        }
    }

    void reviewAndDoneSayWhatEachRowDoes()
    {
        // 4665 (John Doe) is the demo's; 4701 and 4702 are added first.
        {
            const QString seed = write(QStringLiteral("seed.csv"),
                                       "Extension number,Name,Product\n4701,Anne,Cloud PBX\n"
                                       "4702,Bruno,Cloud PBX\n");
            csv::ReadResult read;
            CommitResult result;
            QVERIFY(ImportService(*m_desk.db, m_desk.ctx.actor)
                        .readPlanAndCommit(46170, seed, {}, {}, &read, &result)
                        .ok());
        }
        const QString path =
            write(QStringLiteral("changes.csv"), "Extension number,Name,Product,Action\n"
                                                 "4665,John Smythe,,\n"
                                                 "4701,Anne,,\n"
                                                 "4702,Bruno,,close\n"
                                                 "4710,New Person,Cloud PBX,\n");
        ImportWizard w(m_desk.ctx, 46170, path);
        w.resize(900, 600);
        w.show();
        w.sourcePage()->updateExistingBox()->setChecked(true);
        w.next();
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        ReviewPage *r = w.reviewPage();
        QVERIFY2(r->summary().endsWith(
                     QStringLiteral("1 to add · 1 to update · 1 to close · 1 unchanged · 0 with "
                                    "problems")),
                 qPrintable(r->summary()));
        ImportPreviewModel *m = r->model();
        QCOMPARE(m->rowCount(), 4);
        const QStringList kinds{QStringLiteral("Update"), QStringLiteral("Unchanged"),
                                QStringLiteral("Close"), QStringLiteral("Add")};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m->index(i, ImportPreviewModel::ActionColumn).data().toString(), kinds.at(i));
        QCOMPARE(m->index(0, ImportPreviewModel::ChangesColumn).data().toString(),
                 QStringLiteral("Name: John Doe → John Smythe"));
        // The current row's changes in full under the table (the column is cut when narrow).
        QTableView *view = r->findChild<QTableView *>();
        QVERIFY(view);
        view->setCurrentIndex(m->index(0, ImportPreviewModel::NameColumn));
        QCOMPARE(r->rowProblemText(), QStringLiteral("Row 2: Name: John Doe → John Smythe"));
        shot(&w, QStringLiteral("wizard-3-review-kinds"));
        // Filtered by kind.
        QComboBox *kind = r->kindBox();
        kind->setCurrentIndex(kind->findData(int(RowAction::Close)));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, ImportPreviewModel::ExtensionColumn).data().toString(),
                 QStringLiteral("4702"));
        kind->setCurrentIndex(kind->findData(int(RowAction::Unchanged)));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 0).data(ImportPreviewModel::SpreadsheetRowRole).toInt(), 3);
        kind->setCurrentIndex(0);
        QCOMPARE(m->rowCount(), 4);
        QVERIFY2(r->isComplete(), qPrintable(r->explanation()));
        w.next();
        QTRY_VERIFY(w.commitPage()->isDone());
        const QString done = w.commitPage()->resultText();
        for (const char *part : {"1 extension", "1 updated", "1 closed", "1 unchanged"})
            QVERIFY2(done.contains(QLatin1String(part)), qPrintable(done));
        QCOMPARE(text(*m_desk.db,
                      QStringLiteral("SELECT status FROM account WHERE id = 'ph46170x4702'")),
                 QStringLiteral("closed"));
        shot(&w, QStringLiteral("wizard-4-done-kinds"));
    }
};

QTEST_MAIN(TstWizardChoices)
#include "tst_wizardchoices.moc"
