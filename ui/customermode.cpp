#include "customermode.h"

#include <QAction>
#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace ad::customermode {

namespace {
constexpr char kOwnTip[] = "ad_ownToolTip";
constexpr char kOwnStatusTip[] = "ad_ownStatusTip";

template <class T> void apply(T *item, bool asCustomer, bool enabled)
{
    if (!item)
        return;
    if (!item->property(kOwnTip).isValid()) {
        item->setProperty(kOwnTip, item->toolTip());
        item->setProperty(kOwnStatusTip, item->statusTip());
    }
    item->setEnabled(enabled && !asCustomer);
    item->setToolTip(asCustomer ? reason() : item->property(kOwnTip).toString());
    item->setStatusTip(asCustomer ? reason() : item->property(kOwnStatusTip).toString());
}
} // namespace

QString reason()
{
    return QCoreApplication::translate(
        "ad::CustomerMode",
        "The administrator's: not allowed while acting as the customer (self-care rules).");
}

void adminOnly(QAction *action, bool asCustomer, bool enabled)
{
    apply(action, asCustomer, enabled);
}

void adminOnly(QWidget *widget, bool asCustomer, bool enabled)
{
    apply(widget, asCustomer, enabled);
}

} // namespace ad::customermode
