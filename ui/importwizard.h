#pragma once

#include "deskcontext.h"
#include "importsession.h"

#include <QWizard>

namespace ad {

class SourcePage;
class FormatPage;
class ReviewPage;
class CommitPage;

// The import wizard: Source (drop zone, template, customer, options) → Format and columns
// (encoding, delimiter, header row, column mapping) → Review (every row over the plan) →
// Import (on a worker thread, with progress and Cancel). A face on models/import: no rule is
// written here.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, FormatPageId, ReviewPageId, CommitPageId };

    ImportWizard(DeskContext &ctx, qint64 iCustomer, const QString &path = {},
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return m_session; }
    DeskContext &context() { return m_ctx; }
    SourcePage *sourcePage() const { return m_source; }
    FormatPage *formatPage() const { return m_format; }
    ReviewPage *reviewPage() const { return m_review; }
    CommitPage *commitPage() const { return m_commit; }

    void reject() override; // Cancel during the commit cancels the commit

signals:
    void imported(qint64 iCustomer, const QStringList &accountIds);
    void showInExtensions(qint64 iCustomer, const QStringList &accountIds);

private:
    DeskContext &m_ctx;
    ImportSession m_session;
    SourcePage *m_source;
    FormatPage *m_format;
    ReviewPage *m_review;
    CommitPage *m_commit;
};

} // namespace ad
