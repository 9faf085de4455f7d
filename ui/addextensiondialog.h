#pragma once

#include "domain/customersnapshot.h"
#include "services/desk.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ad {

struct ImportPlan;

// Add extension: the account ID preview updates as you type, the product list shows
// availability (full products disabled, with the reason), free DIDs are picked from the
// customer's pool, every field is checked as you type by the same planner the import uses,
// and the button is enabled only when the service would accept the extension.
class AddExtensionDialog final : public QDialog {
    Q_OBJECT
public:
    AddExtensionDialog(const CustomerSnapshot &snapshot, QWidget *parent = nullptr);

    ExtensionRequest request() const;
    QString accountIdPreview() const;
    QString fieldMessage(const QString &field) const; // the message shown under a field
    bool isAcceptable() const { return m_acceptable; }

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *productBox() const { return m_product; }
    QListWidget *didList() const { return m_dids; }
    QComboBox *huntGroupBox() const { return m_huntGroup; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QPushButton *addButton() const { return m_add; }
    QLabel *chargesLabel() const { return m_charges; }
    // Add extension and Cancel; the caller may make Add run the change with the dialog open.
    QDialogButtonBox *buttonBox() const { return m_buttons; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void validate();
    QString missingText(const ImportPlan &plan) const;
    void growToFit();
    QLabel *messageLabel(const QString &field);

    CustomerSnapshot m_snapshot;
    QLineEdit *m_number;
    QLabel *m_idPreview;
    QLineEdit *m_name;
    QComboBox *m_product;
    QListWidget *m_dids;
    QComboBox *m_huntGroup;
    QCheckBox *m_published;
    QLineEdit *m_email;
    QComboBox *m_timeZone;
    QCheckBox *m_inactive;
    QLabel *m_charges;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_messages;
    bool m_acceptable = false;
};

} // namespace ad
