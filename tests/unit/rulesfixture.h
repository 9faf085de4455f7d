#pragma once

// What the rule suites share (tst_rules_agreement, tst_rules_accounts, tst_rules_customers: rules
// 1-11 of docs/rules.md through the services and the database itself): the test's database with
// the demo data, a Desk for an administrator and one for a customer's self-care, and the helpers
// that read the counters and build requests.
#include "services/desk.h"
#include "storage/database.h"
#include "testdb.h"

#include <QString>
#include <memory>

namespace ad::test {

class RulesFixture {
protected:
    std::unique_ptr<Database> m_db;
    QString m_spec;
    std::unique_ptr<Desk> m_admin;
    std::unique_ptr<Desk> m_customer;

    // A fresh demo database of the test row's engine and the two desks on it: an administrator
    // (anna) and a customer's self-care labelled `customerLabel`. For init(), after
    // AD_REQUIRE_ENGINE(); closeDesks() for cleanup().
    bool openDesks(const QString &customerLabel = QStringLiteral("abc-portal"))
    {
        m_db = freshDatabase(currentEngine(), true, &m_spec);
        if (!m_db)
            return false;
        m_admin = std::make_unique<Desk>(*m_db, Actor{QStringLiteral("anna"), false});
        m_customer = std::make_unique<Desk>(*m_db, Actor{customerLabel, true});
        return true;
    }
    void closeDesks()
    {
        m_admin.reset();
        m_customer.reset();
        m_db.reset();
    }

    qint64 inUse(qint64 c, const QString &product)
    {
        return scalar(
            *m_db,
            QStringLiteral(
                "SELECT l.in_use FROM agreement_line l JOIN product p ON p.i_product = l.i_product"
                " WHERE l.i_customer = ? AND p.name = ?"),
            {c, product});
    }
    qint64 realCount(qint64 c, const QString &product)
    {
        return scalar(
            *m_db,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM account a JOIN product p ON p.i_product = a.i_product"
                "   WHERE a.i_customer = ? AND p.name = ? AND a.status <> 'closed')"
                " + (SELECT count(*) FROM account_addon x JOIN account a ON a.i_account = "
                "x.i_account"
                "   JOIN product p ON p.i_product = x.i_product"
                "   WHERE a.i_customer = ? AND p.name = ? AND a.status <> 'closed')"),
            {c, product, c, product});
    }
    ExtensionRequest ext(const QString &number,
                         const QString &product = QStringLiteral("Cloud PBX"))
    {
        ExtensionRequest r;
        r.number = number;
        r.product = product;
        r.name = QStringLiteral("Test %1").arg(number);
        return r;
    }
    qint64 auditCount() { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit")); }
    QString productId(const QString &name)
    {
        return QString::number(
            scalar(*m_db, QStringLiteral("SELECT i_product FROM product WHERE name = ?"), {name}));
    }
};

} // namespace ad::test
