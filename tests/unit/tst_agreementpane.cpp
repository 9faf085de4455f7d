// Widget tests of the Agreement tab (offscreen): the Quantity editor and delegate (Unlimited <->
// number, the minimum, a typed number below the usage refused on its row, Apply, Revert,
// undo/redo, the editor covering the old value) and a service's refusal shown on its row,
// readable when selected. The main window has tst_mainwindow, the Extensions tab tst_extensions.
#include "agreementpane.h"
#include "deskfixture.h"
#include "itemmodels/agreementmodel.h"
#include "problemlabel.h"
#include "quantitydelegate.h"
#include "services/desk.h"
#include "storage/database.h"
#include "taskrunner.h"
#include "testdb.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ad;
using namespace ad::test;

class TstAgreementPane : public QObject {
    Q_OBJECT
    DeskFixture m_desk;
    std::unique_ptr<Database> &m_db = m_desk.db;
    std::unique_ptr<Desk> &m_service = m_desk.service;
    std::unique_ptr<TaskRunner> &m_tasks = m_desk.tasks;
    DeskContext &m_ctx = m_desk.ctx;

    qint64 quantityInDb(qint64 c, const QString &product)
    {
        return scalar(*m_db,
                      QStringLiteral("SELECT coalesce(l.quantity, 0) FROM agreement_line l JOIN "
                                     "product p ON p.i_product = l.i_product"
                                     " WHERE l.i_customer = ? AND p.name = ?"),
                      {c, product});
    }

private slots:
    void init() { QVERIFY(m_desk.setUp()); }
    void cleanup() { m_desk.tearDown(); }

    void quantitySpinBox()
    {
        QuantitySpinBox spin;
        spin.setInUse(3);
        QCOMPARE(spin.lowestNumber(), 3);
        spin.setQuantity(AgreementModel::kUnlimited);
        QCOMPARE(spin.text(), QStringLiteral("Unlimited"));
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited);
        spin.stepBy(1);
        QCOMPARE(spin.quantity(), 3); // one step up from Unlimited: the number in use
        spin.stepBy(-1);
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited); // one step down from it: Unlimited
        spin.setQuantity(10);
        QTest::keyClick(&spin, Qt::Key_U);
        QCOMPARE(spin.quantity(), AgreementModel::kUnlimited);
        spin.lineEdit()->selectAll();
        QTest::keyClicks(&spin, QStringLiteral("7"));
        spin.interpretText();
        QCOMPARE(spin.quantity(), 7);
        // Numbers are kept as typed, also below the number in use and 0: never Unlimited.
        for (const char *typed : {"2", "1", "0"}) {
            spin.lineEdit()->selectAll();
            QTest::keyClicks(&spin, QString::fromLatin1(typed));
            spin.interpretText();
            QVERIFY2(!spin.isUnlimited(), typed);
            QCOMPARE(spin.value(), QByteArray(typed).toInt());
        }
        // A key the field cannot take is not dropped without a word: the editor says what it
        // takes, and the text stays as it was.
        spin.lineEdit()->selectAll();
        QTest::keyClicks(&spin, QStringLiteral("12"));
        QTest::keyClick(&spin, Qt::Key_X, Qt::NoModifier);
        QCOMPARE(spin.lineEdit()->text(), QStringLiteral("12"));
        QVERIFY2(spin.refusedHint().contains(QStringLiteral("\"x\"")) &&
                     spin.refusedHint().contains(QStringLiteral("press U")),
                 qPrintable(spin.refusedHint()));
        QTest::keyClicks(&spin, QStringLiteral("3"));
        QCOMPARE(spin.lineEdit()->text(), QStringLiteral("123"));
        QVERIFY(spin.refusedHint().isEmpty());
        QTest::keyClicks(&spin, QStringLiteral("#"));
        QCOMPARE(spin.lineEdit()->text(), QStringLiteral("123"));
        QVERIFY(spin.refusedHint().contains(QStringLiteral("\"#\"")));
        QuantitySpinBox fresh;
        fresh.setInUse(0);
        QCOMPARE(fresh.lowestNumber(), 1);
        fresh.setQuantity(1);
        QCOMPARE(fresh.quantity(), 1);
        fresh.stepBy(-1);
        QVERIFY(fresh.isUnlimited());
        QVERIFY(QuantityDelegate::refusalFor(0, 0).contains(QStringLiteral("1 to")));
        QVERIFY(QuantityDelegate::refusalFor(1, 2).contains(QStringLiteral("lower than 2")));
        QVERIFY(QuantityDelegate::refusalFor(2, 2).isEmpty());
    }

    // A clerk types "in use - 1", 0, or less into the Quantity editor: the row says why it is
    // refused, nothing is staged, and Apply has nothing to write (it used to become Unlimited).
    void quantityBelowUsageIsRefusedOnTheRow_data()
    {
        QTest::addColumn<qint64>("customer");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("typed");
        QTest::newRow("Bluebird, 2 in use, types 1")
            << qint64(46171) << QStringLiteral("Cloud PBX up to 5 phone lines")
            << QStringLiteral("1");
        QTest::newRow("Bluebird, 2 in use, types 0")
            << qint64(46171) << QStringLiteral("Cloud PBX up to 5 phone lines")
            << QStringLiteral("0");
        QTest::newRow("ABC auto attendant, 1 in use, types 0")
            << qint64(46170) << QStringLiteral("Auto attendant") << QStringLiteral("0");
    }
    void quantityBelowUsageIsRefusedOnTheRow()
    {
        QFETCH(qint64, customer);
        QFETCH(QString, product);
        QFETCH(QString, typed);
        AgreementPane pane(m_ctx);
        pane.setCustomer(customer, QStringLiteral("USD"));
        pane.show();
        QTableView *view = pane.mainView();
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(product);
        QVERIFY(row >= 0);
        const int before = model->stagedQuantity(row);
        const int inUse = model->lines().at(row).inUse;
        QVERIFY(inUse > typed.toInt());
        const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, typed);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!model->data(cell, AgreementModel::ErrorRole).toString().isEmpty());
        const QString error = model->data(cell, AgreementModel::ErrorRole).toString();
        QVERIFY2(error.contains(QString::number(inUse)) || error.contains(QStringLiteral("1 to")),
                 qPrintable(error));
        QCOMPARE(model->stagedQuantity(row), before);
        QVERIFY(before != int(AgreementModel::kUnlimited));
        QCOMPARE(pane.pendingCount(), 0);
        QVERIFY(!pane.applyButton()->isEnabled());
        QCOMPARE(quantityInDb(customer, product), qint64(before));
    }

    void quantityDelegateApplyRevertUndo()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.show();
        QTableView *view = pane.mainView();
        AgreementModel *model = pane.mainModel();
        const int aa = model->rowOfProduct(QStringLiteral("Auto attendant"));
        const QModelIndex cell = model->index(aa, AgreementModel::QuantityColumn);
        // Edit through the delegate: open the editor, type a number, commit with Enter.
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->inUse(), 1);
        QCOMPARE(spin->quantity(), 3);
        spin->lineEdit()->selectAll();
        QTest::keyClicks(spin, QStringLiteral("5"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(model->stagedQuantity(aa), 5);
        QVERIFY(model->data(cell, AgreementModel::DirtyRole).toBool());
        QCOMPARE(pane.pendingCount(), 1);
        QVERIFY(pane.applyButton()->isEnabled());
        // U switches to Unlimited.
        view->edit(cell);
        spin = view->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QTest::keyClick(spin, Qt::Key_U);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(model->stagedQuantity(aa), int(AgreementModel::kUnlimited));
        // Undo and redo the two edits.
        QCOMPARE(pane.undoStack()->count(), 2);
        pane.undoStack()->undo();
        QCOMPARE(model->stagedQuantity(aa), 5);
        pane.undoStack()->undo();
        QCOMPARE(model->stagedQuantity(aa), 3);
        QCOMPARE(pane.pendingCount(), 0);
        pane.undoStack()->redo();
        QCOMPARE(model->stagedQuantity(aa), 5);
        // Revert drops it; nothing reached the database.
        pane.revert();
        QCOMPARE(model->stagedQuantity(aa), 3);
        QCOMPARE(quantityInDb(46170, QStringLiteral("Auto attendant")), 3);
        // Apply writes it, off the GUI thread.
        QVERIFY(model->setStagedQuantity(aa, 8));
        QTest::mouseClick(pane.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_COMPARE(quantityInDb(46170, QStringLiteral("Auto attendant")), 8);
        QCOMPARE(pane.pendingCount(), 0);
        QCOMPARE(model->data(cell, Qt::DisplayRole).toString(), QStringLiteral("8"));
    }

    void refusalShownOnItsRow()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46171, QStringLiteral("USD")); // Bluebird: 5-line product, 2 in use
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
        QVERIFY(row >= 0);
        // Another desk uses up the lines in the meantime; then our staged 3 is below the usage.
        QVERIFY_OK(m_service->accounts.addExtension(
            46171,
            ExtensionRequest{QStringLiteral("102"),
                             {},
                             {},
                             {},
                             {},
                             {},
                             QStringLiteral("Cloud PBX up to 5 phone lines"),
                             {},
                             false},
            nullptr));
        QVERIFY_OK(m_service->accounts.addExtension(
            46171,
            ExtensionRequest{QStringLiteral("103"),
                             {},
                             {},
                             {},
                             {},
                             {},
                             QStringLiteral("Cloud PBX up to 5 phone lines"),
                             {},
                             false},
            nullptr));
        QVERIFY(model->setStagedQuantity(row, 3));
        pane.apply();
        QTRY_VERIFY(!m_tasks->isBusy());
        QTRY_VERIFY(
            !model->data(model->index(row, 0), AgreementModel::ErrorRole).toString().isEmpty());
        const QString error =
            model->data(model->index(row, 0), AgreementModel::ErrorRole).toString();
        QVERIFY2(error.contains(QLatin1String("4 account")), qPrintable(error));
        QCOMPARE(quantityInDb(46171, QStringLiteral("Cloud PBX up to 5 phone lines")), 5);
        QCOMPARE(pane.pendingCount(), 1); // still staged, so the user can change it
    }

    // The Quantity editor covers the cell: the old value does not show through, and "Unlimited"
    // with the arrows fits.
    void quantityEditorCoversTheOldValue()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        AgreementModel *model = pane.mainModel();
        const QModelIndex cell = model->index(model->rowOfProduct(QStringLiteral("Cloud PBX")),
                                              AgreementModel::QuantityColumn);
        pane.mainView()->setCurrentIndex(cell);
        pane.mainView()->edit(cell);
        auto *spin = pane.mainView()->findChild<QuantitySpinBox *>();
        QVERIFY(spin);
        QVERIFY(spin->autoFillBackground());
        QVERIFY(spin->width() >= spin->sizeHint().width());
        QVERIFY(spin->geometry().contains(pane.mainView()->visualRect(cell).center()));
    }

    // A refusal on an agreement row is readable: the row is as tall as the wrapped text, and
    // the selected row shows it on its own background, not red on the selection's blue.
    void agreementRefusalReadable()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46171, QStringLiteral("USD"));
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
        const QString refusal = QuantityDelegate::refusalFor(1, 2) + QLatin1Char(' ') +
                                QuantityDelegate::refusalFor(1, 2);
        model->setRowError(QStringLiteral("Cloud PBX up to 5 phone lines"), refusal);
        QTableView *view = pane.mainView();
        view->selectRow(row);
        QApplication::processEvents();
        const int width = view->columnWidth(AgreementModel::AvailableColumn);
        const int needed = view->fontMetrics()
                               .boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap,
                                             QStringLiteral("⚠ ") + refusal)
                               .height();
        QVERIFY2(view->rowHeight(row) >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(view->rowHeight(row)).arg(needed)));
        const QRect cell = view->visualRect(model->index(row, AgreementModel::AvailableColumn));
        const QImage image = view->viewport()->grab(cell).toImage();
        const QColor background = image.pixelColor(2, 2);
        QVERIFY2(background != view->palette().color(QPalette::Highlight),
                 qPrintable(background.name()));
    }

    // A staged "Unlimited *" (bold: changed, not applied) fits its column on one line, and the
    // open editor stays inside the Quantity cell (it read "Unlimi… *" on two lines, and the
    // editor covered the Monthly fee: "nor").
    void quantityColumnHoldsUnlimitedChanged()
    {
        for (int width : {1400, 900}) {
            AgreementPane pane(m_ctx);
            pane.setCustomer(46171, QStringLiteral("USD"));
            pane.resize(width, 500);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QTableView *view = pane.mainView();
            AgreementModel *model = pane.mainModel();
            const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
            const int singleLine = view->rowHeight(row);
            QVERIFY(model->setStagedQuantity(row, int(AgreementModel::kUnlimited)));
            QApplication::processEvents();
            const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
            const QString text = cell.data().toString();
            QCOMPARE(text, QStringLiteral("Unlimited *"));
            QFont bold = view->font();
            bold.setBold(true);
            const int needed = QFontMetrics(bold).horizontalAdvance(text);
            const QRect rect = view->visualRect(cell);
            QVERIFY2(rect.width() >= needed + 6, // the style's text margins
                     qPrintable(QStringLiteral("at %1: a %2 px column for %3 px of text")
                                    .arg(width)
                                    .arg(rect.width())
                                    .arg(needed)));
            QCOMPARE(view->rowHeight(row), singleLine);
            view->setCurrentIndex(cell);
            view->edit(cell);
            auto *spin = view->findChild<QuantitySpinBox *>();
            QVERIFY(spin);
            QVERIFY2(spin->geometry().left() >= rect.left() &&
                         spin->geometry().right() <= rect.right(),
                     qPrintable(QStringLiteral("at %1: editor %2..%3, cell %4..%5")
                                    .arg(width)
                                    .arg(spin->geometry().left())
                                    .arg(spin->geometry().right())
                                    .arg(rect.left())
                                    .arg(rect.right())));
            QVERIFY(spin->width() >= spin->sizeHint().width());
        }
    }

    // A refusal says what was typed; once the clerk enters a number the row takes (here the
    // quantity it already had), the old refusal goes instead of saying "you typed 1" on.
    void refusalGoesWhenAnAcceptedNumberIsTyped()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46171, QStringLiteral("USD"));
        pane.show();
        QTableView *view = pane.mainView();
        AgreementModel *model = pane.mainModel();
        const int row = model->rowOfProduct(QStringLiteral("Cloud PBX up to 5 phone lines"));
        const QModelIndex cell = model->index(row, AgreementModel::QuantityColumn);
        for (const char *typed : {"1", "5"}) {
            view->setCurrentIndex(cell);
            view->edit(cell);
            auto *spin = view->findChild<QuantitySpinBox *>();
            QVERIFY(spin);
            spin->lineEdit()->selectAll();
            QTest::keyClicks(spin, QString::fromLatin1(typed));
            QTest::keyClick(spin, Qt::Key_Return);
            QTRY_VERIFY(!view->findChild<QuantitySpinBox *>());
        }
        QCOMPARE(model->data(cell, AgreementModel::ErrorRole).toString(), QString());
        QCOMPARE(model->stagedQuantity(row), 5);
        QCOMPARE(pane.pendingCount(), 0);
    }

    // Add add-on: a refusal from the service (another desk added the same product while the
    // dialog was open) keeps the dialog with the reason and the choice; nothing is audited;
    // another product then goes through and closes it.
    void addProductKeptOpenOnRefusal()
    {
        AgreementPane pane(m_ctx);
        pane.setCustomer(46170, QStringLiteral("USD"));
        pane.show();
        bool checked = false;
        QString first, second;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *product = dialog->findChild<QComboBox *>();
            QVERIFY(product && product->count() >= 2);
            first = product->currentText();
            QVERIFY_OK(m_service->agreement.add(46170, first, std::nullopt)); // another desk
            const qint64 audit = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            auto *problem = dialog->findChild<ProblemLabel *>(QStringLiteral("dialogProblem"));
            QVERIFY(problem);
            QTRY_VERIFY(!problem->problem().isEmpty());
            QVERIFY(dialog->isVisible());
            QCOMPARE(product->currentText(), first);
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")), audit);
            product->setCurrentIndex(1);
            second = product->currentText();
            ok->click();
            QTRY_VERIFY(!dialog->isVisible());
            checked = true;
        });
        for (QPushButton *b : pane.findChildren<QPushButton *>())
            if (b->text() == QString::fromUtf8("Add add-&on…"))
                b->click();
        QVERIFY(checked);
        m_tasks->waitForIdle();
        QVERIFY(pane.addonModel()->rowOfProduct(second) >= 0);
    }
};

QTEST_MAIN(TstAgreementPane)
#include "tst_agreementpane.moc"
