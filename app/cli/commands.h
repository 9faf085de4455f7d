#pragma once

namespace ad::cli {

class Context;

// One function per command word of cli.md; each takes the words after the command from
// ctx.words(), checks its options, and returns the exit status.
int cmdInit(Context &ctx);          // cmd_init.cpp
int cmdCustomers(Context &ctx);     // cmd_customers.cpp
int cmdCustomer(Context &ctx);      // cmd_customer.cpp: customer add|set|show
int cmdProducts(Context &ctx);      // cmd_products.cpp
int cmdAgreement(Context &ctx);     // cmd_agreement.cpp
int cmdTemplate(Context &ctx);      // cmd_export.cpp
int cmdExport(Context &ctx);        // cmd_export.cpp
int cmdImport(Context &ctx);        // cmd_import.cpp
int cmdExtension(Context &ctx);     // cmd_accounts.cpp
int cmdAutoAttendant(Context &ctx); // cmd_accounts.cpp
int cmdAccount(Context &ctx);       // cmd_accounts.cpp
int cmdAccounts(Context &ctx);      // cmd_accounts.cpp
int cmdDid(Context &ctx);           // cmd_dids.cpp
int cmdHuntGroup(Context &ctx);     // cmd_huntgroups.cpp
int cmdHistory(Context &ctx);       // cmd_history.cpp
// The provider's set-up.
int cmdProduct(Context &ctx);       // cmd_product.cpp: product add|set|retire|delete
int cmdSubscription(Context &ctx);  // cmd_subscriptions.cpp: subscription add|set|remove
int cmdSubscriptions(Context &ctx); // cmd_subscriptions.cpp
int cmdDidInventory(Context &ctx);  // cmd_didinventory.cpp: did inventory add|list
int cmdDidGive(Context &ctx);       // cmd_didinventory.cpp: did give
int cmdDidTake(Context &ctx);       // cmd_didinventory.cpp: did take, did release --to-inventory

} // namespace ad::cli
