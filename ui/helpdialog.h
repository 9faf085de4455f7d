#pragma once

#include <QDialog>

class QTextBrowser;

namespace ad {

// Help → User guide: the guide shipped inside the program (resources/help/guide.html).
class HelpDialog final : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    static QString guideSource(); // the guide for the current language

private:
    QTextBrowser *m_browser;
};

} // namespace ad
