#include "importwizard.h"

#include "commitpage.h"
#include "formatpage.h"
#include "reviewpage.h"
#include "sourcepage.h"
#include "taskrunner.h"

#include <QGuiApplication>
#include <QScreen>

namespace ad {

ImportWizard::ImportWizard(DeskContext &ctx, qint64 iCustomer, const QString &path, QWidget *parent)
    : QWizard(parent), m_ctx(ctx)
{
    setWindowTitle(tr("Import extensions from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    // Its usual size, but never larger than the screen: on a 900 × 600 screen Next, Back and
    // Cancel were off its bottom edge.
    QSize size(980, 700);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    m_session.customer = iCustomer;
    m_source = new SourcePage(this);
    m_format = new FormatPage(this);
    m_review = new ReviewPage(this);
    m_commit = new CommitPage(this);
    setPage(SourcePageId, m_source);
    setPage(FormatPageId, m_format);
    setPage(ReviewPageId, m_review);
    setPage(CommitPageId, m_commit);
    setButtonText(QWizard::FinishButton, tr("Close"));
    if (!path.isEmpty())
        m_source->setFile(path);
}

ImportWizard::~ImportWizard()
{
    m_commit->cancel();
    m_ctx.tasks->waitForIdle();
}

void ImportWizard::reject()
{
    if (m_commit->isRunning()) {
        m_commit->cancel(); // the commit rolls back and the page says so
        return;
    }
    QWizard::reject();
}

} // namespace ad
