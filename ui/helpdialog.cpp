#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ad {

QString HelpDialog::guideSource()
{
    const QString localized =
        QStringLiteral(":/agreementdesk/help/guide_%1.html").arg(QLocale().name().left(2));
    return QFile::exists(localized) ? localized : QStringLiteral(":/agreementdesk/help/guide.html");
}

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Agreement Desk — user guide"));
    resize(820, 760);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideSource()));
    m_browser->setAccessibleName(tr("User guide"));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ad
