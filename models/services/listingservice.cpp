#include "services/listingservice.h"

#include "storage/listingrepository.h"

namespace ad {

Status ListingService::customersPage(const QString &filter, CustomerOrder order, bool ascending,
                                     int offset, int limit, QList<CustomerInfo> *out)
{
    return ListingRepository(m_db).customersPage(filter, order, ascending, offset, limit, out);
}

Status ListingService::accountsPage(qint64 iCustomer, const QString &filter, int offset, int limit,
                                    QList<AccountInfo> *out)
{
    return ListingRepository(m_db).accountsPage(iCustomer, filter, offset, limit, out);
}

} // namespace ad
