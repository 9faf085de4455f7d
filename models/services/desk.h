#pragma once

#include "services/accountservice.h"
#include "services/accountstateservice.h"
#include "services/agreementservice.h"
#include "services/auditlog.h"
#include "services/customerservice.h"
#include "services/didinventoryservice.h"
#include "services/didservice.h"
#include "services/huntgroupservice.h"
#include "services/productservice.h"
#include "services/subscriptionservice.h"

namespace ad {

class Database;

// Every service of one desk on one connection: what the GUI and the CLI call
// (desk.accounts.addExtension(...), desk.accountState.block(id)). Each change is checked as a
// whole, written in one transaction under the customer's lock and recorded in the audit trail;
// a refusal is a Status with the rule's code, and nothing is written.
class Desk {
public:
    Desk(Database &db, const Actor &actor);
    Desk(const Desk &) = delete;
    Desk &operator=(const Desk &) = delete;

    Database &database() { return m_db; }
    // Who acts (the desk user, else the OS login).
    const Actor &actor() const { return audit.actor(); }

private:
    Database &m_db;

public:
    AuditLog audit;
    CustomerService customers;
    ProductService products;
    AgreementService agreement;
    AccountService accounts;
    AccountStateService accountState;
    DidService dids;
    HuntGroupService huntGroups;
    // The provider's set-up (administrator only): subscriptions and the DID inventory.
    SubscriptionService subscriptions;
    DidInventoryService didInventory;
};

} // namespace ad
