#pragma once

#include <QLabel>

namespace ad {

// A large area that accepts one dropped CSV file.
class DropZone final : public QLabel {
    Q_OBJECT
public:
    explicit DropZone(QWidget *parent = nullptr);

signals:
    void fileDropped(const QString &path);
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace ad
