#include "productswindow.h"
#include "customermode.h"

#include "dialogbuttons.h"
#include "dialogsubmit.h"
#include "domain/money.h"
#include "itemmodels/simpletablemodel.h"
#include "keptview.h"
#include "listtable.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace ad {

ProductsWindow::ProductsWindow(DeskContext &ctx, QWidget *parent) : QDialog(parent), m_ctx(ctx)
{
    setWindowTitle(tr("Products"));
    m_model = new SimpleTableModel({tr("Product"), tr("Kind"), tr("Monthly fee"), tr("Currency"),
                                    tr("Status"), tr("Customers"), tr("Accounts")},
                                   this);
    m_model->setRightAligned({FeeColumn, CustomersColumn, AccountsColumn});
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New product…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_retire = new QPushButton(tr("&Retire"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_edit->setToolTip(tr("Rename the product or change its monthly fee"));
    m_retire->setToolTip(tr("No new agreement line, account or add-on; those that use it keep "
                            "working"));
    m_delete->setToolTip(tr("Only a product that no agreement or account ever used"));
    for (QPushButton *b : {m_new, m_edit, m_retire, m_delete}) {
        b->setAutoDefault(false); // Enter in the table does not press one
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("productsProblem"));
    layout->addWidget(m_problem);
    m_view = makeListTable(m_model, this, tr("Products"));
    fitColumns(m_view, {NameColumn});
    layout->addWidget(m_view);
    connect(m_new, &QPushButton::clicked, this, &ProductsWindow::newProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductsWindow::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &ProductsWindow::retireSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProductsWindow::deleteSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ProductsWindow::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsWindow::updateActions);
    resize(820, 420);
    reload();
}

QString ProductsWindow::problem() const
{
    return m_problem->problem();
}

static QString feeText(const ProductInfo &p)
{
    return p.fee ? money::display(*p.fee, p.currency)
                 : QCoreApplication::translate("ad::ProductsWindow", "no fee");
}

void ProductsWindow::reload()
{
    const QString keep = selectedName();
    m_products.clear();
    const Status st = m_ctx.service->products.catalog(&m_products);
    m_problem->setProblem(st.ok() ? QString()
                                  : tr("Could not load the products: %1").arg(st.message()));
    QList<QStringList> rows;
    QVariantList keys;
    for (const ProductUsage &u : m_products) {
        const ProductInfo &p = u.product;
        rows.append({p.name, p.isMain ? tr("Main product") : tr("Add-on"), feeText(p), p.currency,
                     p.retired ? tr("Retired") : tr("Active"), QString::number(u.customers),
                     QString::number(u.accounts)});
        keys << p.name;
    }
    const KeptView kept(m_view, SimpleTableModel::KeyRole); // selection and scroll kept
    m_model->setRows(rows, keys);
    kept.restore();
    if (!keep.isEmpty())
        selectProduct(keep);
    updateActions();
}

bool ProductsWindow::selectProduct(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->key(row).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    return false;
}

QString ProductsWindow::selectedName() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->key(i.row()).toString() : QString();
}

void ProductsWindow::updateActions()
{
    const bool admin = !m_ctx.tasks->actor().asCustomer;
    const QString name = selectedName();
    const ProductUsage *u = nullptr;
    for (const ProductUsage &p : m_products)
        if (p.product.name == name)
            u = &p;
    customermode::adminOnly(m_new, !admin);
    customermode::adminOnly(m_edit, !admin, u);
    customermode::adminOnly(m_retire, !admin, u && !u->product.retired);
    // Enabled for a used product too: pressing it says why it cannot be deleted.
    customermode::adminOnly(m_delete, !admin, u);
    const QString why = tr("The administrator's: switch off Act as the customer");
    for (QPushButton *b : {m_new, m_edit, m_retire, m_delete})
        b->setStatusTip(admin ? QString() : why);
}

// The fee as typed: empty = no fee; otherwise an amount ("6", "6.00").
static std::optional<std::optional<qint64>> typedFee(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<qint64>();
    return money::parseFee(text.trimmed());
}

static Status badFee(const QString &text)
{
    return Status::refused(
        QStringLiteral("fee_invalid"),
        QCoreApplication::translate("ad::ProductsWindow",
                                    "\"%1\" is not a monthly fee: an amount such as 6 or 6.00, or "
                                    "nothing for no fee.")
            .arg(text));
}

void ProductsWindow::newProduct()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New product"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Product name"));
    auto *kind = new QComboBox(&dialog);
    kind->setAccessibleName(tr("Kind"));
    kind->addItem(tr("Main product (one per account)"), true);
    kind->addItem(tr("Add-on"), false);
    auto *fee = new QLineEdit(&dialog);
    fee->setAccessibleName(tr("Monthly fee"));
    fee->setPlaceholderText(tr("e.g. 6.00; empty for no fee"));
    auto *currency = new QLineEdit(&dialog);
    currency->setAccessibleName(tr("Currency"));
    currency->setMaxLength(3);
    currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), currency));
    QString code = m_products.isEmpty() ? QLocale().currencySymbol(QLocale::CurrencyIsoCode)
                                        : m_products.first().product.currency;
    currency->setText(code.size() == 3 ? code : QStringLiteral("USD"));
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("Monthly &fee"), fee);
    form->addRow(tr("C&urrency"), currency);
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, tr("Create product"));
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Creating product"),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), f = fee->text();
                       const QString cur = currency->text().trimmed().toUpper();
                       const bool isMain = kind->currentData().toBool();
                       const auto parsed = typedFee(f);
                       if (!parsed)
                           return [f](Desk &) { return badFee(f); };
                       const std::optional<qint64> value = *parsed;
                       return [=](Desk &s) { return s.products.add(n, isMain, value, cur); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProduct(name->text().simplified());
    emit message(tr("Product %1 created.").arg(name->text().simplified()));
    emit changed();
}

void ProductsWindow::editSelected()
{
    const QString was = selectedName();
    if (was.isEmpty() || m_ctx.tasks->actor().asCustomer)
        return;
    ProductInfo p;
    for (const ProductUsage &u : m_products)
        if (u.product.name == was)
            p = u.product;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit product — %1").arg(was));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(was, &dialog);
    name->setAccessibleName(tr("Product name"));
    auto *fee = new QLineEdit(p.fee ? money::plain(*p.fee) : QString(), &dialog);
    fee->setAccessibleName(tr("Monthly fee"));
    fee->setPlaceholderText(tr("empty for no fee"));
    form->addRow(tr("&Name"), name);
    form->addRow(tr("Monthly &fee (%1)").arg(p.currency), fee);
    form->addRow(new QLabel(tr("A new fee applies to the charges estimate from now on."), &dialog));
    QDialogButtonBox *buttons = addDialogButtons(&dialog, form, {}, QDialogButtonBox::Save);
    submitInDialog(&dialog, buttons, m_ctx.tasks, tr("Changing product %1").arg(was),
                   [=]() -> TaskRunner::Task {
                       const QString n = name->text(), f = fee->text();
                       const auto parsed = typedFee(f);
                       if (!parsed)
                           return [f](Desk &) { return badFee(f); };
                       ProductChange change;
                       if (n.simplified() != was)
                           change.name = n;
                       if (*parsed != p.fee)
                           change.fee = *parsed;
                       if (!change.name && !change.fee)
                           return [](Desk &) { return Status(); }; // nothing to write
                       return [=](Desk &s) { return s.products.change(was, change); };
                   });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProduct(name->text().simplified());
    emit message(tr("Product %1 saved.").arg(name->text().simplified()));
    emit changed();
}

void ProductsWindow::runChange(const QString &what, const QString &name, TaskRunner::Task task,
                               const QString &done)
{
    m_problem->setProblem(QString());
    const bool started =
        m_ctx.tasks->run(what, std::move(task), [this, name, done](const Status &st) {
            if (!st.ok()) {
                m_problem->setProblem(tr("%1: %2").arg(name, st.message()));
                return;
            }
            reload();
            emit message(done);
            emit changed();
        });
    if (!started)
        m_problem->setProblem(tr("Another change is still running; try again in a moment."));
}

void ProductsWindow::retireSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Retire product"),
                              tr("Retire %1? It can no longer be added to an agreement or an "
                                 "account; the lines and accounts that use it keep working.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    runChange(
        tr("Retiring %1").arg(name), name, [name](Desk &s) { return s.products.retire(name); },
        tr("Product %1 retired.").arg(name));
}

void ProductsWindow::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete product"), tr("Delete %1?").arg(name)) !=
        QMessageBox::Yes)
        return;
    runChange(
        tr("Deleting %1").arg(name), name, [name](Desk &s) { return s.products.remove(name); },
        tr("Product %1 deleted.").arg(name));
}

} // namespace ad
