#pragma once

#include <QLabel>

namespace ad {

// A one-line label that gives way when the window is narrow: the text is cut at the end with
// "…" instead of widening the window past the screen (the status bar's database and desk user
// pushed the window's minimum past 900 pixels); the whole text is in the tooltip.
class ElidedLabel final : public QLabel {
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
};

} // namespace ad
