#pragma once

#include "deskcontext.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ad {

// New customer… and Edit customer… (the administrator's): name, currency, time zone (a
// searchable list of the time zones the system knows) and the self-care activation setting.
// OK runs the change with the dialog open; a refusal appears in the dialog and the input stays.
// Edit sends only what was changed, and closes without writing when nothing was.
class CustomerDialog final : public QDialog {
    Q_OBJECT
public:
    // iCustomer 0: a new customer; otherwise that customer's settings (read here).
    CustomerDialog(DeskContext &ctx, qint64 iCustomer, QWidget *parent = nullptr);

    // The customer edited; for a new one, its id once created (already when accepted() is
    // emitted: the service wrote it before the dialog closes).
    qint64 customer() const { return *m_created > 0 ? *m_created : m_customer; }
    QString loadProblem() const { return m_loadProblem; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *selfCareBox() const { return m_selfCare; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    DeskContext &m_ctx;
    qint64 m_customer = 0;
    std::shared_ptr<qint64> m_created;
    CustomerInfo m_was;
    QString m_loadProblem;
    QLineEdit *m_name;
    QLineEdit *m_currency;
    QComboBox *m_timeZone;
    QComboBox *m_selfCare;
    QDialogButtonBox *m_buttons;
};

} // namespace ad
