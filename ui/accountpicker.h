#pragma once

#include <QComboBox>

namespace ad {

class Desk;

// The customer's open accounts to choose from, typing to filter: an editable combo box whose
// completer matches anywhere in "ID — extension name" ("4702", "novak", "ph46170x47"). A large
// customer's list is loaded again from the database as the text changes, so a million accounts
// never sit in the box.
class AccountPicker final : public QComboBox {
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    AccountPicker(Desk &service, qint64 iCustomer, QWidget *parent = nullptr);

    // The account ID chosen: the picked entry's, or the text typed when it is an ID as is.
    QString accountId() const;
    QString loadProblem() const { return m_problem; } // why the list could not be loaded

private:
    void load(const QString &text);
    Desk &m_service;
    qint64 m_customer;
    bool m_truncated = false;
    QString m_problem;
};

} // namespace ad
