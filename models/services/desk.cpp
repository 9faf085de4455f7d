#include "services/desk.h"

namespace ad {

// The services take the actor as the audit log resolved it, so that every entry names the same
// desk user.
Desk::Desk(Database &db, const Actor &actor)
    : m_db(db), audit(db, actor), customers(db, audit.actor()), products(db, audit.actor()),
      agreement(db, audit.actor()), accounts(db, audit.actor()), accountState(db, audit.actor()),
      dids(db, audit.actor()), huntGroups(db, audit.actor()), subscriptions(db, audit.actor()),
      didInventory(db, audit.actor())
{
}

} // namespace ad
