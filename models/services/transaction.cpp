#include "services/transaction.h"

#include "services/changewatcher.h"

#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

namespace ad {

Status Transaction::run(Database &db, qint64 iCustomer, const Body &body)
{
    Status st = db.beginWrite();
    if (!st.ok())
        return st;
    if (iCustomer > 0) {
        st = CustomerRepository(db).requireExisting(iCustomer);
        if (st.ok())
            st = db.lockCustomer(iCustomer);
        if (!st.ok()) {
            db.rollback();
            return st;
        }
    }
    st = body();
    if (st.ok())
        st = announceChange(db, iCustomer); // PostgreSQL: the other desks' views refresh
    if (!st.ok()) {
        db.rollback();
        return st;
    }
    return db.commit();
}

Status Transaction::runForAccount(Database &db, const QString &accountId, const AccountBody &body)
{
    AccountRow row;
    const Status st = AccountRepository(db).row(accountId, &row);
    if (!st.ok())
        return st;
    return run(db, row.iCustomer, [&]() -> Status {
        AccountRow locked;
        const Status again =
            AccountRepository(db).row(accountId, &locked); // re-read under the lock
        if (!again.ok())
            return again;
        return body(locked);
    });
}

} // namespace ad
