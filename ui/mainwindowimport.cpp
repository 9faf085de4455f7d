// The main window's import: File drops and Extensions > Import from CSV… open the import wizard
// for the customer shown (or the one a file is dropped onto in the list).
#include "mainwindow.h"

#include "customerpage.h"
#include "extensionspane.h"
#include "importwizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

namespace ad {

void MainWindow::importFile(const QString &pathIn)
{
    if (m_page->customer() <= 0) {
        showMessage(tr("Select the customer to import into first."));
        return;
    }
    // An empty path opens the wizard on its drop zone; a path that is not a readable CSV file is
    // refused there, with the reason.
    const QString path = pathIn;
    auto *wizard = new ImportWizard(m_ctx, m_page->customer(), path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](qint64 c, const QStringList &ids) {
        if (c == m_page->customer())
            m_page->refresh();
        showMessage(tr("Imported %n extension(s).", nullptr, ids.size()));
    });
    connect(wizard, &ImportWizard::showInExtensions, this,
            [this](qint64 c, const QStringList &ids) {
                selectCustomer(c);
                m_page->tabs()->setCurrentIndex(CustomerPage::ExtensionsTab);
                m_page->extensions()->reload();
                for (const QString &id : ids)
                    m_page->extensions()->selectAccount(id);
            });
    wizard->open();
    m_lastWizard = wizard;
}

ImportWizard *MainWindow::lastImportWizard() const
{
    return qobject_cast<ImportWizard *>(m_lastWizard.data());
}

static QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile())
        return {};
    return url.toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.isFile()) {
        showMessage(tr("Drop one CSV file to import it."));
        return;
    }
    if (fi.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0 &&
        fi.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0) {
        QMessageBox::warning(
            this, tr("Import"),
            tr("%1 is not a CSV file; drop a .csv file exported from a spreadsheet.")
                .arg(fi.fileName()));
        return;
    }
    // Dropped onto a customer in the list: that customer.
    const QPoint inList = m_customerView->viewport()->mapFrom(this, event->position().toPoint());
    const QModelIndex target = m_customerView->indexAt(inList);
    if (target.isValid() && m_customerView->viewport()->rect().contains(inList))
        m_customerView->setCurrentIndex(target);
    event->acceptProposedAction();
    importFile(path);
}

} // namespace ad
