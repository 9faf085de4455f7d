#include "filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>

namespace ad::filedialog {

namespace {
// Icons and the Type column from the file's name alone (QMimeDatabase::MatchExtension): a file is
// never opened to be listed.
class NameOnlyIconProvider final : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed =
            QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? icon(File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QAbstractFileIconProvider::type(info); // stat only
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        // The name says nothing to the MIME database about the program's own files.
        const QString suffix = info.suffix().toLower();
        if (mime.isDefault() &&
            (suffix == QLatin1String("sqlite") || suffix == QLatin1String("db")))
            return QCoreApplication::translate("ad::FileDialog", "SQLite database");
        return mime.comment();
    }

private:
    QMimeDatabase m_mime;
};

QAbstractFileIconProvider *nameOnlyProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString ask(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
            QFileDialog::AcceptMode mode)
{
    QFileDialog *dialog = create(parent, caption, dir, filter);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                        : QFileDialog::AnyFile);
    QString path;
    if (dialog->exec() == QDialog::Accepted && !dialog->selectedFiles().isEmpty())
        path = dialog->selectedFiles().constFirst();
    delete dialog;
    return path;
}
} // namespace

QFileDialog *create(QWidget *parent, const QString &caption, const QString &dir,
                    const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption);
    // Qt's own dialog: a platform's native one may run in this process and read the files too
    // (a GTK dialog sniffs their contents); the icon provider below is Qt's dialog's.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(nameOnlyProvider());
    dialog->setNameFilter(filter);
    // The path given may name a file (a save dialog's suggested name) or a folder.
    const QFileInfo fi(dir);
    if (!dir.isEmpty() && (fi.isDir() || dir.endsWith(QLatin1Char('/')))) {
        dialog->setDirectory(dir);
    } else if (!dir.isEmpty()) {
        if (!fi.path().isEmpty() && fi.path() != QLatin1String("."))
            dialog->setDirectory(fi.path());
        dialog->selectFile(fi.fileName());
    }
    return dialog;
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                        const QString &filter)
{
    return ask(parent, caption, dir, filter, QFileDialog::AcceptOpen);
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                        const QString &filter)
{
    return ask(parent, caption, dir, filter, QFileDialog::AcceptSave);
}

} // namespace ad::filedialog
