#include "historypane.h"

#include "auditwords.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"

#include <algorithm>

#include <QDateTime>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {
// Before and After cut at their end ("not block…"), which a clerk reads, where the table's
// IDs and file names are cut in the middle.
class ElideRightDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

HistoryPane::HistoryPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    // When is this computer's local time, the UTC time the audit keeps in its tooltip; Action
    // is in words, the audit's code in its tooltip (for those who read the audit itself).
    m_model = new SimpleTableModel({tr("Local time"), tr("Who"), tr("Via"), tr("Desk label"),
                                    tr("Action"), tr("Object"), tr("Before"), tr("After")},
                                   this);
    m_model->setHeaderToolTip(
        WhenColumn, tr("Times in this computer's time zone, %1. Point at a time for its UTC time.")
                        .arg(auditwords::localZoneName()));
    m_model->setHeaderToolTip(ActionColumn,
                              tr("What was done. Point at an action for its code in the audit."));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter history…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter history"));
    layout->addWidget(m_filter);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("History"));
    // Before and After share the width, so that After is always in view: on a small screen the
    // names (Who, Desk label) and the object give way first, down to 10 characters, then Before
    // and After down to 7 each (every whole value in its cell's tooltip), before the table
    // scrolls sideways and hides After. A long desk user's name ("Maximilian Schreiber-Hofmann")
    // pushed After out of view at 900 × 600.
    fitColumns(m_view, {BeforeColumn, AfterColumn}, {WhoColumn, DeskLabelColumn, ObjectColumn}, 22,
               7, 10);
    auto *elideRight = new ElideRightDelegate(m_view);
    for (int column : {WhoColumn, DeskLabelColumn, BeforeColumn, AfterColumn})
        m_view->setItemDelegateForColumn(column, elideRight);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPane::reload);
}

void HistoryPane::setCustomer(qint64 iCustomer)
{
    m_customer = iCustomer;
    m_view->selectionModel()->clear(); // another customer: nothing of the last one kept
    m_view->scrollToTop();
    m_filter->clear();
    reload();
}

QString HistoryPane::problem() const
{
    return m_problem->problem();
}

void HistoryPane::reload()
{
    // The newest entries: a long-lived customer's history can be very long.
    constexpr int kShown = 2000;
    QList<AuditEntry> entries;
    QString problem;
    if (m_customer > 0) {
        const QString filter = m_filter->text();
        Status st = m_ctx.service->customers.history(m_customer, &entries, filter, kShown);
        // The filter finds the actions by the words shown ("blocked"), as by their codes: an
        // entry of each action whose words match, merged newest first.
        for (const QString &code : auditwords::actionsMatching(filter)) {
            if (!st.ok())
                break;
            QList<AuditEntry> more;
            st = m_ctx.service->customers.history(m_customer, &more, code, kShown);
            for (const AuditEntry &e : more)
                if (e.action == code)
                    entries << e;
        }
        // And the values by the words shown ("blocked by the administrator" is kept as
        // "by_admin"): the entries with the code, kept where the words shown contain the text.
        for (const QString &code : auditwords::valuesMatching(filter)) {
            if (!st.ok())
                break;
            QList<AuditEntry> more;
            st = m_ctx.service->customers.history(m_customer, &more, code, kShown);
            for (const AuditEntry &e : more)
                if (auditwords::valueText(e.action, e.oldValue)
                        .contains(filter.trimmed(), Qt::CaseInsensitive) ||
                    auditwords::valueText(e.action, e.newValue)
                        .contains(filter.trimmed(), Qt::CaseInsensitive))
                    entries << e;
        }
        if (!st.ok())
            problem = tr("Could not load the history: %1").arg(st.message());
        std::sort(entries.begin(), entries.end(),
                  [](const AuditEntry &a, const AuditEntry &b) { return a.id > b.id; });
        entries.erase(
            std::unique(entries.begin(), entries.end(),
                        [](const AuditEntry &a, const AuditEntry &b) { return a.id == b.id; }),
            entries.end());
        if (entries.size() > kShown)
            entries.resize(kShown);
    }
    m_problem->setProblem(problem);
    m_filter->setPlaceholderText(
        entries.size() >= kShown
            ? tr("Showing the newest %L1 entries; filter to find older ones…").arg(kShown)
            : tr("Filter history…"));
    QList<QStringList> rows, tips;
    QVariantList keys;
    bool labelsDiffer = false;
    bool viaCustomer = false;
    for (const AuditEntry &e : entries) {
        labelsDiffer = labelsDiffer || (!e.deskLabel.isEmpty() && e.deskLabel != e.who);
        viaCustomer = viaCustomer || e.via != QLatin1String("admin");
        // Via: the administrator's desk or the customer's self-care path (its own field, not
        // text appended to a name); the desk label is what the desk said about itself, kept
        // beside the database's own account of who (PostgreSQL: the login).
        const QString via = e.via == QLatin1String("customer") ? tr("customer")
                            : e.via == QLatin1String("admin")  ? tr("admin")
                                                               : e.via;
        const QDateTime local = auditwords::localTime(e.at);
        const QString utc = e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
        const QString before = auditwords::valueText(e.action, e.oldValue);
        const QString after = auditwords::valueText(e.action, e.newValue);
        rows.append({local.isValid() ? auditwords::shownTime(local) : utc, e.who, via, e.deskLabel,
                     auditwords::actionText(e.action), e.object, before, after});
        QStringList tip;
        tip.resize(AfterColumn + 1);
        tip[WhenColumn] = tr("%1 UTC").arg(utc);
        tip[ActionColumn] = e.action;
        // A value said in words keeps the audit's own in its tooltip.
        if (before != e.oldValue)
            tip[BeforeColumn] = e.oldValue;
        if (after != e.newValue)
            tip[AfterColumn] = e.newValue;
        tips.append(tip);
        keys << e.id;
    }
    // A refresh (another desk's change) keeps the selected row and the scroll position.
    const KeptView kept(m_view, SimpleTableModel::KeyRole);
    m_model->setRows(rows, keys);
    m_model->setToolTips(tips);
    kept.restore();
    // On SQLite who is the desk's label, and so on PostgreSQL when the desks label themselves by
    // their logins: the column is shown when it says something Who does not (room for After on
    // a small screen).
    m_view->setColumnHidden(DeskLabelColumn, !labelsDiffer);
    // Via likewise: shown as soon as one entry came another way than the administrator's desk
    // (the customer's self-care), not as a column of "admin" taking After's room.
    m_view->setColumnHidden(ViaColumn, !viaCustomer);
    refitColumns(m_view);
}

} // namespace ad
