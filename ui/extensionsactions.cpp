// The Extensions tab's actions: Add extension… (the dialog, kept open until the service takes
// the extension), Activate, Block, Unblock and Close… on the selection (each account its own
// change), and Export CSV… (off the GUI thread).
#include "extensionspane.h"

#include "addextensiondialog.h"
#include "dialogsubmit.h"
#include "filedialogs.h"
#include "services/exporter.h"
#include "taskrunner.h"

#include <QDialogButtonBox>
#include <QMessageBox>

namespace ad {

void ExtensionsPane::addExtension()
{
    // The dialog checks as you type against a snapshot of the customer; for a very large
    // customer loading it takes a moment, so it is loaded off the GUI thread.
    const qint64 c = m_customer;
    auto snapshot = std::make_shared<CustomerSnapshot>();
    m_addExtension->setEnabled(false);
    emit message(tr("Preparing Add extension…"));
    m_ctx.tasks->read(
        this, [c, snapshot](Desk &s) { return s.customers.snapshot(c, snapshot.get()); },
        [this, c, snapshot](const Status &st) {
            updateActions();
            if (c != m_customer)
                return;
            if (!st.ok()) {
                QMessageBox::warning(this, tr("Add extension"), st.message());
                return;
            }
            emit message(QString());
            openAddExtensionDialog(*snapshot);
        });
}

void ExtensionsPane::openAddExtensionDialog(const CustomerSnapshot &snapshot)
{
    AddExtensionDialog dialog(snapshot, this);
    const qint64 c = m_customer;
    auto created = std::make_shared<CreatedAccount>();
    // The dialog stays open until the service has taken the extension: a refusal after the
    // dialog's own checks (another desk took the number meanwhile) shows in it, the input kept.
    QDialogButtonBox *buttons = dialog.buttonBox();
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &dialog, nullptr);
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Add extension"),
                   [&dialog, c, created]() -> TaskRunner::Task {
                       const ExtensionRequest r = dialog.request();
                       return [c, r, created](Desk &s) {
                           return s.accounts.addExtension(c, r, created.get());
                       };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectOnly(created->accountId);
    emit message(tr("Created %1.").arg(created->accountId));
    emit changed();
}

void ExtensionsPane::runOnSelected(const QString &verb,
                                   const std::function<Status(Desk &, const QString &)> &op)
{
    const QStringList ids = selectedAccountIds();
    if (ids.isEmpty())
        return;
    auto done = std::make_shared<QStringList>();
    m_ctx.tasks->run(
        tr("%1 %n account(s)", nullptr, ids.size()).arg(verb),
        [ids, op, done](Desk &s) -> Status {
            // Each account is its own change: one refused does not undo the others.
            QList<Problem> problems;
            for (const QString &id : ids) {
                const Status st = op(s, id);
                if (st.ok())
                    *done << id;
                else if (st.kind() == Status::Kind::Refused)
                    problems += st.problems();
                else
                    return st;
            }
            return problems.isEmpty() ? Status() : Status::refused(problems);
        },
        [this, verb, done](const Status &st) {
            reload();
            QString text = done->isEmpty()
                               ? QString()
                               : tr("%1 %2").arg(verb, done->join(QStringLiteral(", ")));
            if (!st.ok())
                text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + st.message();
            // Refusals are reported in the status bar, not in a modal box: the
            // rest of the selection went through.
            emit message(text);
            emit changed();
        });
}

void ExtensionsPane::activateSelected()
{
    runOnSelected(tr("Activated"),
                  [](Desk &s, const QString &id) { return s.accountState.activate(id); });
}
void ExtensionsPane::blockSelected()
{
    runOnSelected(tr("Blocked"),
                  [](Desk &s, const QString &id) { return s.accountState.block(id); });
}
void ExtensionsPane::unblockSelected()
{
    runOnSelected(tr("Unblocked"),
                  [](Desk &s, const QString &id) { return s.accountState.unblock(id); });
}

void ExtensionsPane::closeSelected()
{
    const QStringList ids = selectedAccountIds();
    if (ids.isEmpty())
        return;
    const QString text =
        tr("Close %1?\n\nClosing is final: the account stops working, its DIDs go back to %2's "
           "pool, it "
           "leaves its hunt groups, and its quota is freed. The account ID is never used again.")
            .arg(ids.join(QStringLiteral(", ")), m_customerName);
    if (QMessageBox::question(this, tr("Close accounts"), text,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    runOnSelected(tr("Closed"),
                  [](Desk &s, const QString &id) { return s.accountState.close(id); });
}

void ExtensionsPane::exportCsv()
{
    const QString path = filedialog::getSaveFileName(this, tr("Export extensions"),
                                                     tr("%1 extensions.csv").arg(m_customerName),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // A large customer's export takes a while: written off the GUI thread.
    const qint64 c = m_customer;
    auto count = std::make_shared<int>(0);
    m_ctx.tasks->read(
        this,
        [c, path, count](Desk &s) {
            CsvWriter w;
            Status st = Exporter::exportExtensions(s.database(), c, &w, count.get());
            QString error;
            if (st.ok() && !w.save(path, &error))
                st = Status::database(error);
            return st;
        },
        [this, path, count](const Status &st) {
            if (!st.ok()) {
                QMessageBox::warning(this, tr("Export"), st.message());
                return;
            }
            emit message(tr("Exported %n extension(s) to %1.", nullptr, *count).arg(path));
        });
}

} // namespace ad
