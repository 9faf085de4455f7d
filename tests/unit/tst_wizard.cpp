// The import wizard, driven as a person would (offscreen): a file dropped on the main window to
// the created accounts; a file with errors blocking Import; skip-invalid; mapping a file whose
// headers are not recognised; an encoding override; cancel during the commit; the stale-plan
// refusal; a non-CSV drop refused.
#include "commitpage.h"
#include "csvgen.h"
#include "deskfixture.h"
#include "dropzone.h"
#include "formatpage.h"
#include "importwizard.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "services/desk.h"
#include "sourcepage.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLayout>
#include <QListWidget>
#include <QMimeData>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ad;
using namespace ad::test;

static const QString kSample = QStringLiteral(AD_TEST_DATA "/abc-new-hires.csv");

static void dropFile(QWidget *target, const QString &path, const QPoint &at = QPoint(20, 20))
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

class TstWizard : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    QString &m_spec = m_desk.spec;
    std::unique_ptr<Database> &m_db = m_desk.db;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    std::unique_ptr<TaskRunner> &m_tasks = m_desk.tasks;
    DeskContext &m_ctx = m_desk.ctx;
    QTemporaryDir m_dir;

    qint64 accounts(qint64 c)
    {
        return scalar(*m_db, QStringLiteral("SELECT count(*) FROM account WHERE i_customer = ?"),
                      {c});
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    // Source → Format → Review, waiting for the plan.
    void toReview(ImportWizard &w)
    {
        QVERIFY(w.currentPage()->isComplete());
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
        QVERIFY2(w.currentPage()->isComplete(), qPrintable(w.formatPage()->status()));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ReviewPageId));
        QTRY_VERIFY(w.reviewPage()->isPlanned());
    }

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // The wizard remembers choices (QSettings): in a temporary place, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init()
    {
        QSettings().clear();
        QVERIFY(m_desk.setUp());
    }
    void cleanup() { m_desk.tearDown(); }

    void dropOnMainWindowToCreatedAccounts()
    {
        auto db = openSpec(m_spec);
        MainWindow window(std::move(db), QString());
        window.show();
        QVERIFY(window.selectCustomer(46170));
        dropFile(&window, kSample, QPoint(700, 400));
        ImportWizard *w = window.lastImportWizard();
        QVERIFY(w);
        w->resize(1000, 700);
        shot(w, QStringLiteral("wizard-1-source"));
        QCOMPARE(w->session().customer, 46170);
        QVERIFY(w->session().path.endsWith(QLatin1String("abc-new-hires.csv")));
        w->next();
        shot(w, QStringLiteral("wizard-2-format"));
        w->back();
        toReview(*w);
        shot(w, QStringLiteral("wizard-3-review-good"));
        QAbstractItemModelTester tester(w->reviewPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w->reviewPage()->model()->rowCount(), 12);
        QCOMPARE(w->reviewPage()
                     ->model()
                     ->data(w->reviewPage()->model()->index(0, ImportPreviewModel::AccountIdColumn))
                     .toString(),
                 QStringLiteral("ph46170x4670"));
        QVERIFY(w->reviewPage()->isComplete());
        QVERIFY(w->reviewPage()->summary().contains(QLatin1String("12 to add")));
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::CommitPageId));
        QTRY_VERIFY(w->commitPage()->isDone());
        QCOMPARE(w->commitPage()->createdList()->count(), 12);
        QVERIFY(w->commitPage()->resultText().contains(QLatin1String("12 extension")));
        shot(w, QStringLiteral("wizard-4-done"));
        QCOMPARE(accounts(46170), 14);
        window.tasks()->waitForIdle();
    }

    // Auto attendant allows 3 and has 1: of three rows two fit and one is refused. The quota
    // line says so instead of "1 + 2 of 3 ✗ exceeded".
    void quotaLineCountsWhatFits()
    {
        const QString path = write(QStringLiteral("quota.csv"),
                                   "Extension number,Product\n4701,Auto attendant\n4702,Auto "
                                   "attendant\n4703,Auto attendant\n");
        ImportWizard w(m_ctx, 46170, path);
        w.show();
        toReview(w);
        const QString quota = w.reviewPage()->quotaText();
        QVERIFY2(quota.contains(QStringLiteral("Auto attendant 1 + 2 of 3")), qPrintable(quota));
        QVERIFY2(quota.contains(QStringLiteral("full; rows refused: 1")), qPrintable(quota));
        QVERIFY2(!quota.contains(QStringLiteral("exceeded")), qPrintable(quota));
    }

    // The review has Published, Email and Time zone columns, so that their problems tint a
    // cell (they only reached the Problem column); the Problem column is in view.
    void reviewTintsEmailTimezonePublished()
    {
        const QString path =
            write(QStringLiteral("fields.csv"),
                  "Extension number,Product,Published,Email,Timezone\n"
                  "4701,Cloud PBX,maybe,,\n4702,Cloud PBX,Y,hana@,\n4703,Cloud PBX,N,,Mars/Base\n");
        ImportWizard w(m_ctx, 46170, path);
        w.resize(900, 600);
        w.show();
        toReview(w);
        ImportPreviewModel *model = w.reviewPage()->model();
        const auto error = [model](int row, int column) {
            return model->index(row, column).data(ImportPreviewModel::ErrorRole).toString();
        };
        QVERIFY(!error(0, ImportPreviewModel::PublishedColumn).isEmpty());
        QVERIFY(error(0, ImportPreviewModel::EmailColumn).isEmpty());
        QVERIFY(!error(1, ImportPreviewModel::EmailColumn).isEmpty());
        QVERIFY(!error(2, ImportPreviewModel::TimezoneColumn).isEmpty());
        QCOMPARE(model->index(1, ImportPreviewModel::EmailColumn).data().toString(),
                 QStringLiteral("hana@"));
        QCOMPARE(model->headerData(ImportPreviewModel::TimezoneColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time zone"));
        auto *view = w.reviewPage()->findChild<QTableView *>();
        QVERIFY(view);
        QVERIFY(view->columnWidth(ImportPreviewModel::ProblemsColumn) >=
                view->fontMetrics().averageCharWidth() * 16);
        // The current row's problems are shown whole under the table.
        view->setCurrentIndex(model->index(1, ImportPreviewModel::ExtensionColumn));
        QVERIFY2(w.reviewPage()->rowProblemText().contains(
                     model->index(1, ImportPreviewModel::EmailColumn)
                         .data(ImportPreviewModel::ErrorRole)
                         .toString()),
                 qPrintable(w.reviewPage()->rowProblemText()));
        QVERIFY(w.reviewPage()->rowProblemText().startsWith(QLatin1String("Row 3: ")));
    }

    // The Encoding and Delimiter boxes are as wide as their text ("Detected: Windo…" before).
    // The Encoding and Delimiter boxes show every entry whole ("Detected: Windows-1252" read
    // "Detected: Windo"): at the size the layout gives them on a narrow wizard, the box's text
    // field (the box less its frame and arrow, as the style draws it) holds the widest entry,
    // also when the clerk went back and chose another file whose detected names are longer.
    void formatBoxesWideEnough()
    {
        const QString utf8 =
            write(QStringLiteral("utf8.csv"), "Extension number,Name,Product\n4701,Jo,Cloud PBX\n");
        const QString path = write(QStringLiteral("cp1252.csv"),
                                   "Extension number|Name|Product\n4701|Jos\xE9|Cloud PBX\n");
        ImportWizard w(m_ctx, 46170, utf8);
        w.resize(640, 600); // a narrow wizard squeezed them
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
        w.back();
        QVERIFY(w.sourcePage()->setFile(path));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
        FormatPage *page = w.formatPage();
        QTRY_VERIFY(page->encodingBox()->count() > 1);
        QVERIFY(page->encodingBox()->currentText().contains(QLatin1String("Windows-1252")));
        page->layout()->activate();
        QApplication::processEvents();
        for (QComboBox *box : {page->encodingBox(), page->delimiterBox()}) {
            QVERIFY(box->isVisible());
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.rect = box->rect();
            option.editable = box->isEditable();
            option.frame = box->hasFrame();
            option.currentText = box->currentText();
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            for (int i = 0; i < box->count(); ++i) {
                const QString text = box->itemText(i);
                const int needed = box->fontMetrics().horizontalAdvance(text);
                QVERIFY2(field.width() >= needed,
                         qPrintable(QStringLiteral("\"%1\": a %2 px field for %3 px of text")
                                        .arg(text)
                                        .arg(field.width())
                                        .arg(needed)));
            }
        }
    }

    void errorsBlockImport()
    {
        const QString path =
            write(QStringLiteral("bad.csv"), "Extension number,Product,Email\n4701,Cloud "
                                             "PBX,\n4702,Cloud PBX,hana@\n4665,Cloud PBX,\n");
        ImportWizard w(m_ctx, 46170, path);
        w.resize(1000, 700);
        w.show();
        toReview(w);
        shot(&w, QStringLiteral("wizard-3-review-bad"));
        // Without a mouse: the first row with a problem is selected and its reason is shown
        // whole; the problems are listed in words with their rows, not as codes.
        QVERIFY2(w.reviewPage()->rowProblemText().startsWith(QLatin1String("Row 3: ")) &&
                     w.reviewPage()->rowProblemText().contains(QLatin1String("hana@")),
                 qPrintable(w.reviewPage()->rowProblemText()));
        QVERIFY2(w.reviewPage()->problemsText().contains(QLatin1String("Row 3: ")) &&
                     w.reviewPage()->problemsText().contains(QLatin1String("Row 4: ")) &&
                     !w.reviewPage()->problemsText().contains(QLatin1String("email_invalid")),
                 qPrintable(w.reviewPage()->problemsText()));
        QVERIFY(!w.reviewPage()->isComplete());
        QVERIFY(w.reviewPage()->explanation().contains(QLatin1String("Skip invalid rows")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.reviewPage()->onlyProblemsBox()->setChecked(true);
        QCOMPARE(w.reviewPage()->model()->rowCount(), 2);
        const QModelIndex email =
            w.reviewPage()->model()->index(0, ImportPreviewModel::ProblemsColumn);
        QVERIFY(email.data().toString().contains(QLatin1String("hana@")));
        const QModelIndex ext =
            w.reviewPage()->model()->index(1, ImportPreviewModel::ExtensionColumn);
        QVERIFY(ext.data(ImportPreviewModel::ErrorRole)
                    .toString()
                    .contains(QLatin1String("already has extension")));
        QCOMPARE(accounts(46170), 2);
    }

    void skipInvalidRows()
    {
        const QString path =
            write(QStringLiteral("mixed.csv"), "Extension number,Product,Email\n4701,Cloud "
                                               "PBX,\n4702,Cloud PBX,hana@\n4703,Cloud PBX,\n");
        ImportWizard w(m_ctx, 46170, path);
        w.show();
        w.sourcePage()->skipInvalidButton()->setChecked(true);
        w.sourcePage()->inactiveBox()->setChecked(true);
        toReview(w);
        QVERIFY(w.reviewPage()->isComplete());
        QVERIFY(w.reviewPage()->explanation().contains(QLatin1String("2 valid row")));
        QVERIFY2(w.reviewPage()->explanation().contains(QRegularExpression(
                     QStringLiteral("; 1 row(\\(s\\))? with problems will not"))),
                 qPrintable(w.reviewPage()->explanation()));
        w.next();
        QTRY_VERIFY(w.commitPage()->isDone());
        // Done says what was skipped, and offers Close without a Cancel beside it.
        QVERIFY2(
            w.commitPage()->resultText().contains(QLatin1String("skipped because of problems: 1")),
            qPrintable(w.commitPage()->resultText()));
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
        QVERIFY(!w.button(QWizard::CancelButton)->isVisible());
        QCOMPARE(accounts(46170), 4);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM account WHERE id IN ('ph46170x4701', "
                                       "'ph46170x4703') AND status = 'inactive'")),
                 2);
    }

    // The review's advice for an existing extension names a choice, "update existing
    // extensions": the wizard offers it (as the CLI's --update-existing), and with it ticked
    // the row updates the extension instead of being refused.
    void updateExistingOffered()
    {
        const QString path = write(QStringLiteral("update.csv"),
                                   "Extension number,Name,Product\n4665,John Smith,Cloud PBX\n"
                                   "4701,Anna New,Cloud PBX\n");
        ImportWizard w(m_ctx, 46170, path);
        w.resize(1000, 700);
        w.show();
        toReview(w);
        QVERIFY(!w.reviewPage()->isComplete());
        w.reviewPage()->onlyProblemsBox()->setChecked(true);
        QCOMPARE(w.reviewPage()->model()->rowCount(), 1);
        const QString advice = w.reviewPage()
                                   ->model()
                                   ->index(0, ImportPreviewModel::ExtensionColumn)
                                   .data(ImportPreviewModel::ErrorRole)
                                   .toString();
        QVERIFY2(advice.contains(QLatin1String("\"update existing extensions\"")),
                 qPrintable(advice));
        QCheckBox *box = w.sourcePage()->updateExistingBox();
        QVERIFY(box);
        QVERIFY(box->text()
                    .remove(QLatin1Char('&'))
                    .contains(QLatin1String("Update existing extensions"), Qt::CaseInsensitive));
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(ImportWizard::SourcePageId));
        QVERIFY(box->isVisible());
        box->setChecked(true);
        toReview(w);
        QVERIFY2(w.reviewPage()->isComplete(), qPrintable(w.reviewPage()->explanation()));
        w.next();
        QTRY_VERIFY(w.commitPage()->isDone());
        QCOMPARE(accounts(46170), 3);
        QCOMPARE(text(*m_db,
                      QStringLiteral("SELECT e.name FROM extension e JOIN account a ON "
                                     "a.i_account = e.i_account WHERE a.id = ?"),
                      {QStringLiteral("ph46170x4665")}),
                 QStringLiteral("John Smith"));
    }

    void mapUnrecognisedHeaders()
    {
        const QString path = write(QStringLiteral("fr.csv"),
                                   "Nom,Poste,Offre\nAnne,4701,Cloud PBX\nBruno,4702,Cloud PBX\n");
        ImportWizard w(m_ctx, 46170, path);
        w.resize(1000, 700);
        w.show();
        w.next();
        shot(&w, QStringLiteral("wizard-2-format-unmapped"));
        QCOMPARE(w.currentId(), int(ImportWizard::FormatPageId));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(w.formatPage()->status().contains(QLatin1String("Extension number")));
        ColumnMappingModel *m = w.formatPage()->mappingModel();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 3);
        QVERIFY(m->setData(m->index(0, ColumnMappingModel::FieldColumn), int(csv::Field::Name)));
        QVERIFY(m->setData(m->index(1, ColumnMappingModel::FieldColumn),
                           int(csv::Field::ExtensionNumber)));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(m->setData(m->index(2, ColumnMappingModel::FieldColumn), int(csv::Field::Product)));
        QVERIFY(w.currentPage()->isComplete());
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        QVERIFY(w.reviewPage()->isComplete());
        QCOMPARE(w.session().plan.accounts.first().name, QStringLiteral("Anne"));
        w.next();
        QTRY_VERIFY(w.commitPage()->isDone());
        QCOMPARE(
            scalar(*m_db,
                   QStringLiteral(
                       "SELECT count(*) FROM extension WHERE number = '4702' AND name = 'Bruno'")),
            1);
    }

    void encodingOverride()
    {
        // UTF-8 bytes of "José": read as Windows-1252 they become "JosÃ©".
        const QString path = write(QStringLiteral("utf8.csv"),
                                   "Extension number,Name,Product\n4701,Jos\xC3\xA9,Cloud PBX\n");
        ImportWizard w(m_ctx, 46170, path);
        w.show();
        w.next();
        FormatPage *page = w.formatPage();
        QCOMPARE(page->rawModel()->item(0, 1)->text(), QString::fromUtf8("José"));
        QVERIFY(page->encodingBox()->itemText(0).contains(QLatin1String("UTF-8")));
        page->encodingBox()->setCurrentIndex(
            page->encodingBox()->findData(QStringLiteral("Windows-1252")));
        QCOMPARE(page->rawModel()->item(0, 1)->text(),
                 QString::fromUtf8("JosÃ©")); // re-read at once
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        QCOMPARE(w.session().plan.accounts.first().name, QString::fromUtf8("JosÃ©"));
        w.back();
        page->encodingBox()->setCurrentIndex(0);
        w.next();
        QTRY_VERIFY(w.reviewPage()->isPlanned());
        QCOMPARE(w.session().plan.accounts.first().name, QString::fromUtf8("José"));
    }

    void cancelDuringCommit()
    {
        const GeneratedFile g =
            generateExtensionsCsv(m_dir.filePath(QStringLiteral("big.csv")), 20000);
        QVERIFY_OK(m_service->dids.add(46170, g.didRanges, nullptr));
        const qint64 before = accounts(46170);
        const qint64 auditBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit"));
        ImportWizard w(m_ctx, 46170, g.path);
        w.show();
        toReview(w);
        QVERIFY(w.reviewPage()->isComplete());
        w.next();
        QVERIFY(w.commitPage()->isRunning());
        w.reject(); // Cancel: the commit is cancelled, the wizard stays to say so
        QTRY_VERIFY(!w.commitPage()->isRunning());
        QCOMPARE(w.commitPage()->resultText(), QStringLiteral("Cancelled — nothing was written."));
        QVERIFY(!w.commitPage()->isDone());
        QCOMPARE(accounts(46170), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
    }

    void stalePlanGoesBackToReview()
    {
        ImportWizard w(m_ctx, 46170, kSample);
        w.show();
        toReview(w);
        QVERIFY(w.reviewPage()->isComplete());
        // Another desk adds extension 4673 meanwhile.
        {
            auto other = openSpec(m_spec);
            Desk desk2(*other, Actor{QStringLiteral("desk2"), false});
            ExtensionRequest r;
            r.number = QStringLiteral("4673");
            r.product = QStringLiteral("Cloud PBX");
            QVERIFY_OK(desk2.accounts.addExtension(46170, r, nullptr));
        }
        w.next();
        QTRY_COMPARE(w.currentId(), int(ImportWizard::ReviewPageId));
        QVERIFY(w.reviewPage()->explanation().contains(
            QLatin1String("changed since the file was checked")));
        QVERIFY(!w.reviewPage()->isComplete());
        w.reviewPage()->onlyProblemsBox()->setChecked(true);
        QCOMPARE(w.reviewPage()->model()->rowCount(), 1);
        QCOMPARE(w.reviewPage()
                     ->model()
                     ->data(w.reviewPage()->model()->index(0, ImportPreviewModel::RowColumn))
                     .toInt(),
                 5);
        QCOMPARE(accounts(46170), 3); // the demo's two and desk 2's one
    }

    void customersNotLoadedShown()
    {
        // The customer list of the first page cannot be read: the page says so.
        m_desk.loseGuiConnection();
        ImportWizard w(m_ctx, 46170);
        w.show();
        const QString message = w.sourcePage()->message();
        QVERIFY2(message.startsWith(QLatin1String("Could not load the customers: ")),
                 qPrintable(message));
        QVERIFY2(message.size() > int(qstrlen("Could not load the customers: ")),
                 qPrintable(message));
    }

    void nonCsvDropRefused()
    {
        ImportWizard w(m_ctx, 46170);
        w.show();
        QVERIFY(!w.currentPage()->isComplete());
        const QString png = write(QStringLiteral("photo.png"), "\x89PNG\r\n\x1a\n");
        dropFile(w.sourcePage()->dropZone(), png);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(w.sourcePage()->message().contains(QLatin1String("not a CSV file")));
        dropFile(w.sourcePage()->dropZone(), m_dir.path()); // a folder
        QVERIFY(w.sourcePage()->message().contains(QLatin1String("folder")));
        dropFile(w.sourcePage()->dropZone(), kSample);
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(w.sourcePage()->message().isEmpty());
    }
};

QTEST_MAIN(TstWizard)
#include "tst_wizard.moc"
