#include "agreementpane.h"
#include "customermode.h"
#include "subscriptionspane.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "focusmarker.h"
#include "itemmodels/agreementmodel.h"
#include "keptview.h"
#include "problemlabel.h"
#include "quantitydelegate.h"
#include "taskrunner.h"
#include "usagebardelegate.h"
#include "usagecolumn.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace ad {

namespace {
// One staged Quantity edit, undoable. It names its product, not its row: a refresh after another
// desk's change may move the rows and keeps the staged edits (and so their undo).
class SetQuantityCommand final : public QUndoCommand {
public:
    SetQuantityCommand(AgreementModel *model, int row, int oldQ, int newQ)
        : m_model(model),
          m_product(model->data(model->index(row, 0), AgreementModel::ProductNameRole).toString()),
          m_old(oldQ), m_new(newQ)
    {
        setText(QCoreApplication::translate("ad::AgreementPane", "quantity of %1").arg(m_product));
    }
    void undo() override { m_model->setStagedQuantity(m_model->rowOfProduct(m_product), m_old); }
    void redo() override { m_model->setStagedQuantity(m_model->rowOfProduct(m_product), m_new); }

private:
    AgreementModel *m_model;
    QString m_product;
    int m_old, m_new;
};
} // namespace

AgreementPane::AgreementPane(DeskContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_mainModel = new AgreementModel(true, this);
    m_addonModel = new AgreementModel(false, this);
    m_undo = new QUndoStack(this);
    auto *layout = new QVBoxLayout(this);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);

    for (bool main : {true, false}) {
        auto *row = new QHBoxLayout;
        auto *title =
            new QLabel(main ? tr("<b>Main products</b>") : tr("<b>Add-on products</b>"), this);
        // The title takes the room the buttons leave and wraps only when there is none (German
        // at 900 pixels).
        title->setWordWrap(true);
        row->addWidget(title, 1);
        auto *remove =
            new QPushButton(main ? tr("Remove main product") : tr("Remove add-on"), this);
        auto *add = new QPushButton(main ? tr("Add &main product…") : tr("Add add-&on…"), this);
        m_productButtons << remove << add;
        row->addWidget(remove);
        row->addWidget(add);
        layout->addLayout(row);
        QTableView *view = makeView(main ? m_mainModel : m_addonModel);
        view->setAccessibleName(main ? tr("Main products") : tr("Add-on products"));
        title->setBuddy(view);
        layout->addWidget(view, main ? 3 : 2);
        (main ? m_mainView : m_addonView) = view;
        connect(add, &QPushButton::clicked, this, [this, main] { addProduct(main); });
        connect(remove, &QPushButton::clicked, this, [this, main] { removeProduct(main); });
    }

    m_subscriptions = new SubscriptionsPane(ctx, this);
    layout->addWidget(m_subscriptions, 2);
    connect(m_subscriptions, &SubscriptionsPane::changed, this, &AgreementPane::changed);
    connect(m_subscriptions, &SubscriptionsPane::message, this, &AgreementPane::message);

    auto *bottom = new QHBoxLayout;
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true); // the hint was cut off at 900 pixels ("U for Unlimit")
    bottom->addWidget(m_pending, 1);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setDefault(true);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);
    connect(m_apply, &QPushButton::clicked, this, &AgreementPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &AgreementPane::revert);
    // The Edit menu's Apply and Revert follow the buttons.
    m_applyAction = new QAction(tr("&Apply agreement changes"), this);
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_applyAction, &QAction::triggered, this, &AgreementPane::apply);
    m_revertAction = new QAction(tr("Re&vert agreement changes"), this);
    connect(m_revertAction, &QAction::triggered, this, &AgreementPane::revert);
    connect(m_mainModel, &AgreementModel::pendingChanged, this, &AgreementPane::updatePendingLabel);
    connect(m_addonModel, &AgreementModel::pendingChanged, this,
            &AgreementPane::updatePendingLabel);
    updatePendingLabel();
}

QTableView *AgreementPane::makeView(AgreementModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    auto *quantity = new QuantityDelegate(view);
    view->setItemDelegateForColumn(AgreementModel::QuantityColumn, quantity);
    view->setItemDelegateForColumn(AgreementModel::AvailableColumn, new UsageBarDelegate(view));
    connect(quantity, &QuantityDelegate::quantityEdited, this,
            [this, model](const QModelIndex &index, int oldQ, int newQ) {
                m_undo->push(new SetQuantityCommand(model, index.row(), oldQ, newQ));
            });
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(AgreementModel::ProductColumn,
                                                   QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    // A refusal on a row makes the row as tall as its text (UsageBarDelegate::sizeHint()).
    // Tall enough for every row, a refused one too (up to 12 lines): at 900 × 600 the table was
    // shorter than a refused row and the reason scrolled out of sight.
    const auto fitRows = [view] {
        view->resizeRowsToContents();
        int h = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 2;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            h += view->rowHeight(r);
        view->setMinimumHeight(qMin(h, view->fontMetrics().height() * 12));
    };
    connect(model, &QAbstractItemModel::dataChanged, view, fitRows);
    connect(model, &QAbstractItemModel::modelReset, view, fitRows);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, view, fitRows);
    // Available as wide as its usage needs (in German at 900 pixels it was cut), Product the rest.
    fitUsageColumn(view, AgreementModel::AvailableColumn, AgreementModel::ProductColumn);
    setUpKeyboard(view);
    // A refresh that waited for the quantity being typed runs once the editor has closed.
    connect(quantity, &QAbstractItemDelegate::closeEditor, this, [this] {
        if (m_refreshWhenEdited)
            QMetaObject::invokeMethod(this, &AgreementPane::refresh, Qt::QueuedConnection);
    });
    return view;
}

void AgreementPane::setCustomer(qint64 iCustomer, const QString &currency)
{
    m_customer = iCustomer;
    m_currency = currency;
    m_subscriptions->setCustomer(iCustomer, currency);
    reload();
}

void AgreementPane::setCurrency(const QString &currency)
{
    m_currency = currency;
    m_subscriptions->setCustomer(m_customer, currency);
}

void AgreementPane::reload()
{
    m_undo->clear();
    load(false);
}

// Another desk's change (or View > Reload): the stored quantities and usage are read again, the
// quantities typed but not applied are kept (with their undo), as are the current row and the
// scroll position. While a quantity is being typed the refresh waits for the editor to close.
void AgreementPane::refresh()
{
    // An open editor is a shown child of the view's viewport (a closed one is hidden at once).
    for (QTableView *v : {m_mainView, m_addonView})
        for (QWidget *w : v->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (!w->isHidden()) {
                m_refreshWhenEdited = true;
                return;
            }
    m_refreshWhenEdited = false;
    const KeptView keptMain(m_mainView, AgreementModel::ProductNameRole);
    const KeptView keptAddon(m_addonView, AgreementModel::ProductNameRole);
    load(true);
    keptMain.restore();
    keptAddon.restore();
    m_subscriptions->reload();
}

void AgreementPane::load(bool keepStaged)
{
    QList<AgreementLineInfo> lines;
    QString problem;
    if (m_customer > 0) {
        const Status st = m_ctx.service->agreement.lines(m_customer, &lines);
        if (!st.ok()) {
            lines.clear();
            problem = tr("Could not load the agreement: %1").arg(st.message());
        }
    }
    m_problem->setProblem(problem);
    m_mainModel->setLines(lines, m_currency, keepStaged);
    m_addonModel->setLines(lines, m_currency, keepStaged);
    for (QTableView *v : {m_mainView, m_addonView}) {
        v->resizeColumnsToContents();
        v->horizontalHeader()->setSectionResizeMode(AgreementModel::ProductColumn,
                                                    QHeaderView::Stretch);
        if (v->model()->rowCount() > 0)
            v->setCurrentIndex(v->model()->index(0, AgreementModel::QuantityColumn));
    }
    updatePendingLabel();
}

QString AgreementPane::problem() const
{
    return m_problem->problem();
}

int AgreementPane::pendingCount() const
{
    return m_mainModel->pendingCount() + m_addonModel->pendingCount();
}

void AgreementPane::updatePendingLabel()
{
    const int n = pendingCount();
    m_pending->setText(
        n ? tr("%n change(s) not applied", nullptr, n)
        : m_ctx.tasks->actor().asCustomer
            ? tr("Acting as the customer: the agreement is the administrator's to change.")
            : tr("Quantities: double-click, F2 or type a number; U for Unlimited; Ctrl+Z undoes."));
    updateActions();
}

// The agreement is the administrator's (domain.md "Who may do what"): acting as the customer,
// quantities cannot be edited and products not added or removed; the reason is the tooltip.
void AgreementPane::updateActions()
{
    const bool asCustomer = m_ctx.tasks->actor().asCustomer;
    const int n = pendingCount();
    for (QPushButton *b : qAsConst(m_productButtons))
        customermode::adminOnly(b, asCustomer);
    customermode::adminOnly(m_apply, asCustomer, n > 0 && !m_ctx.tasks->isBusy());
    customermode::adminOnly(m_applyAction, asCustomer, n > 0 && !m_ctx.tasks->isBusy());
    m_revert->setEnabled(n > 0);
    m_revertAction->setEnabled(n > 0);
    const auto triggers =
        asCustomer ? QAbstractItemView::NoEditTriggers
                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;
    for (QTableView *v : {m_mainView, m_addonView}) {
        v->setEditTriggers(triggers);
        v->setToolTip(asCustomer ? customermode::reason() : QString());
    }
}

void AgreementPane::revert()
{
    m_mainModel->revert();
    m_addonModel->revert();
    m_undo->clear();
    updatePendingLabel();
}

void AgreementPane::apply()
{
    if (m_ctx.tasks->actor().asCustomer)
        return; // disabled; the service would refuse it (not_allowed_for_customer)
    const QList<AgreementService::QuantityChange> changes =
        m_mainModel->pendingChanges() + m_addonModel->pendingChanges();
    if (changes.isEmpty() || m_customer <= 0)
        return;
    m_mainModel->clearErrors();
    m_addonModel->clearErrors();
    const qint64 c = m_customer;
    m_apply->setEnabled(false);
    m_ctx.tasks->run(
        tr("Applying %n quantity change(s)", nullptr, changes.size()),
        [c, changes](Desk &s) { return s.agreement.setMany(c, changes); },
        [this, changes](const Status &st) {
            if (st.ok()) {
                reload();
                emit message(tr("Applied %n quantity change(s).", nullptr, changes.size()));
                emit changed();
                return;
            }
            // Another desk changed a line after the edit began: reload (keeping the staged
            // quantities), so that the rows show the new values and a second Apply, now the
            // clerk's informed choice, starts from them.
            const bool changedMeanwhile =
                std::any_of(st.problems().cbegin(), st.problems().cend(), [](const Problem &p) {
                    return p.code == QLatin1String("quantity_changed");
                });
            if (changedMeanwhile)
                refresh();
            // Show each refusal on its row; problems without a product go to the status line.
            QStringList general;
            for (const Problem &p : st.problems()) {
                if (m_mainModel->rowOfProduct(p.field) >= 0)
                    m_mainModel->setRowError(p.field, p.message);
                else if (m_addonModel->rowOfProduct(p.field) >= 0)
                    m_addonModel->setRowError(p.field, p.message);
                else
                    general << p.message;
            }
            m_pending->setText(general.isEmpty()
                                   ? tr("Not applied: see the marked rows. Nothing was changed.")
                                   : tr("Not applied: %1").arg(general.join(QLatin1Char(' '))));
            m_apply->setEnabled(true);
            emit message(tr("Quantity changes refused; nothing was changed."));
        });
}

void AgreementPane::addProduct(bool main)
{
    QList<ProductInfo> products;
    if (const Status st = m_ctx.service->products.list(&products); !st.ok()) {
        emit message(tr("Could not load the products: %1").arg(st.message()));
        return;
    }
    QStringList names;
    for (const ProductInfo &p : products) {
        if (p.isMain != main || p.retired) // a retired product is offered no more
            continue;
        const AgreementModel *m = main ? m_mainModel : m_addonModel;
        if (m->rowOfProduct(p.name) < 0)
            names << p.name;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Add product"),
                                 main ? tr("Every active main product is already in the agreement.")
                                      : tr("Every active add-on is already in the agreement."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(main ? tr("Add main product") : tr("Add add-on"));
    auto *form = new QFormLayout(&dialog);
    auto *product = new QComboBox(&dialog);
    product->addItems(names);
    auto *quantity = new QuantitySpinBox(&dialog);
    quantity->setInUse(0);
    quantity->setQuantity(AgreementModel::kUnlimited);
    form->addRow(tr("&Product"), product);
    form->addRow(tr("&Quantity"), quantity);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Add"));
    const qint64 c = m_customer;
    auto added = std::make_shared<QString>();
    // The dialog stays open until the service has taken the product (another desk may have
    // added it meanwhile); a refusal shows in it, the choice kept.
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Add product"), [=]() -> TaskRunner::Task {
        const QString name = product->currentText();
        const int q = quantity->quantity();
        *added = name;
        return [c, name, q](Desk &s) {
            return s.agreement.add(
                c, name, q == AgreementModel::kUnlimited ? std::nullopt : std::optional<int>(q));
        };
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit message(tr("%1 added to the agreement.").arg(*added));
    emit changed();
}

void AgreementPane::removeProduct(bool main)
{
    QTableView *view = main ? m_mainView : m_addonView;
    AgreementModel *model = main ? m_mainModel : m_addonModel;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        emit message(tr("Select the product to remove first."));
        return;
    }
    const QString name = current.data(AgreementModel::ProductNameRole).toString();
    const int inUse = current.data(AgreementModel::InUseRole).toInt();
    if (inUse > 0) {
        // Explain, rather than ask and fail.
        model->setRowError(
            name, tr("%n account(s) use %1; close them or change their product before removing it.",
                     nullptr, inUse)
                      .arg(name));
        return;
    }
    if (QMessageBox::question(this, tr("Remove product"),
                              tr("Remove %1 from the agreement?").arg(name)) != QMessageBox::Yes)
        return;
    const qint64 c = m_customer;
    m_ctx.tasks->run(
        tr("Removing %1").arg(name), [c, name](Desk &s) { return s.agreement.remove(c, name); },
        [this, name, model](const Status &st) {
            if (!st.ok()) {
                model->setRowError(name, st.message());
                return;
            }
            reload();
            emit message(tr("%1 removed from the agreement.").arg(name));
            emit changed();
        });
}

} // namespace ad
