#pragma once

#include <QString>

class QAction;
class QWidget;

namespace ad {

// The GUI's side of "Who may do what" (domain.md): while acting as the customer, what the
// self-care path may not do is disabled and says why in its tooltip; the service refuses it
// anyway (not_allowed_for_customer), this only keeps the user from trying.
namespace customermode {

// "The administrator's: not allowed while acting as the customer (self-care rules)."
QString reason();

// Enables an administrator-only action or button: enabled when `enabled` and not acting as the
// customer; in customer mode its tooltip (and status tip) is reason(), otherwise its own one
// (remembered the first time).
void adminOnly(QAction *action, bool asCustomer, bool enabled = true);
void adminOnly(QWidget *widget, bool asCustomer, bool enabled = true);

} // namespace customermode
} // namespace ad
