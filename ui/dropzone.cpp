#include "dropzone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace ad {

DropZone::DropZone(QWidget *parent) : QLabel(parent)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(150);
    setText(tr("Drop a CSV file or a workbook (.xlsx, .ods) here, or Browse…"));
    setStyleSheet(QStringLiteral(
        "QLabel { border: 2px dashed palette(mid); border-radius: 8px; font-size: 13pt; }"));
    setAccessibleName(tr("Drop zone for a CSV file"));
}

static QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DropZone::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty()) {
        emit refused(tr("Drop one file from the file manager."));
        return;
    }
    event->acceptProposedAction();
    emit fileDropped(path);
}

} // namespace ad
