// The main window's menu bar: File (databases), Edit (undo, apply), Customer (find, the tabs by
// Alt+1 … Alt+5, the provider's set-up), Extensions (the tab's actions), View (live views, the
// palette, the language) and Help; and the dark palette View offers.
#include "mainwindow.h"

#include "agreementpane.h"
#include "customerpage.h"
#include "extensionspane.h"
#include "helpdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>

namespace ad {

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open SQLite file…"), QKeySequence::Open, this,
                    &MainWindow::openSqliteFile);
    // Not Ctrl+N: that is Add extension (one meaning per shortcut).
    file->addAction(tr("&New SQLite file…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newSqliteFile);
    file->addAction(tr("Connect to &PostgreSQL…"), this, &MainWindow::connectPostgres);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_page->agreement()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_page->agreement()->undoStack()->createRedoAction(this, tr("&Redo"));
    // Two distinct keys: QKeySequence::Redo is itself Ctrl+Shift+Z here, and the same key twice
    // on one action made both "ambiguous".
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_page->agreement()->applyAction());
    edit->addAction(m_page->agreement()->revertAction());

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    addSetupActions(customer);
    // Ctrl+F finds a customer, except on the Extensions tab, where it goes to that tab's filter
    // (Extensions > Filter accounts); Ctrl+Shift+F finds a customer from anywhere.
    m_findCustomer = customer->addAction(tr("&Find customer"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    const QStringList tabs = {tr("&Agreement"), tr("E&xtensions"), tr("&DIDs"), tr("&Hunt groups"),
                              tr("Histor&y")};
    for (int i = 0; i < tabs.size(); ++i)
        customer->addAction(tabs.at(i), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                            [this, i] { showTab(i); });

    QMenu *ext = menuBar()->addMenu(tr("E&xtensions"));
    ExtensionsPane *pane = m_page->extensions();
    ext->addAction(pane->addExtensionAction());
    ext->addAction(pane->addAutoAttendantAction());
    ext->addAction(pane->addAccountAction());
    ext->addSeparator();
    m_filterAccounts = ext->addAction(tr("&Filter accounts"), this, [pane] {
        pane->filterEdit()->setFocus();
        pane->filterEdit()->selectAll();
    });
    connect(m_page->tabs(), &QTabWidget::currentChanged, this, &MainWindow::updateFindActions);
    connect(m_page, &CustomerPage::customerChanged, this, &MainWindow::updateFindActions);
    updateFindActions();
    ext->addActions(pane->accountActions());
    ext->addSeparator();
    ext->addAction(pane->importAction());
    ext->addAction(pane->exportAction());
    ext->addSeparator();
    ext->addAction(pane->asCustomerAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addLiveActions(view);
    QAction *dark = view->addAction(tr("&Dark palette"));
    dark->setCheckable(true);
    dark->setChecked(QSettings().value(QStringLiteral("ui/dark"), false).toBool());
    connect(dark, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("ui/dark"), on);
        MainWindow::applyPalette(on);
    });

    QMenu *language = view->addMenu(tr("&Language"));
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto *group = new QActionGroup(language);
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("As the system")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &l : languages) {
        QAction *a = language->addAction(l.second);
        a->setCheckable(true);
        a->setChecked(l.first == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.first] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            showMessage(tr("The language changes when Agreement Desk starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About Agreement Desk"), this, [this] {
        QMessageBox::about(this, tr("About Agreement Desk"),
                           tr("<b>Agreement Desk %1</b><p>Customer agreements, extensions, DIDs, "
                              "hunt groups and the "
                              "bulk import of extensions, for telecom back offices.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::applyPalette(bool dark)
{
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // A dark palette with enough contrast for text, selections and disabled items.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace ad
