#include "domain/openextensions.h"

#include "domain/packedtext.h"

#include <algorithm>

namespace ad {

void OpenExtensions::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
    m_byAccount.reserve(rows);
    m_byExtension.reserve(rows);
}

void OpenExtensions::add(const Row &rowIn, QByteArrayView accountId, QByteArrayView number,
                         QByteArrayView name, QByteArrayView email, const QString &timeZone)
{
    Row r = rowIn;
    r.text = m_text.size();
    packed::putUtf8(&m_text, accountId);
    packed::putUtf8(&m_text, number);
    packed::putUtf8(&m_text, name);
    packed::putUtf8(&m_text, email);
    auto zone = m_zoneIndex.constFind(timeZone);
    if (zone == m_zoneIndex.constEnd()) {
        zone = m_zoneIndex.insert(timeZone, int(m_zones.size()));
        m_zones.append(timeZone);
    }
    r.zone = quint32(*zone);
    const int index = int(m_rows.size());
    m_rows.append(r);
    m_byAccount.insert(r.iAccount, index);
    m_byExtension.insert(r.iExtension, index);
}

namespace {

// The numbers and flags, which a packed row and an ExistingExtension both have.
template <typename From, typename To> void copyNumbers(const From &from, To *to)
{
    to->iAccount = from.iAccount;
    to->iExtension = from.iExtension;
    to->productId = from.productId;
    to->addonFees = from.addonFees;
    to->active = from.active;
    to->blocked = from.blocked;
    to->published = from.published;
}

} // namespace

void OpenExtensions::add(const ExistingExtension &x)
{
    Row r;
    copyNumbers(x, &r);
    auto utf8 = [](const QString &t) { return t.isNull() ? QByteArray() : t.toUtf8(); };
    add(r, utf8(x.accountId), utf8(x.number), utf8(x.name), utf8(x.email), x.timeZone);
    const int index = int(m_rows.size()) - 1;
    for (const QString &d : x.dids)
        addDid(index, d);
    for (qint64 g : x.huntGroups)
        addHuntGroup(index, g);
}

void OpenExtensions::finish()
{
    std::sort(m_dids.begin(), m_dids.end());
    std::stable_sort(
        m_groups.begin(), m_groups.end(),
        [](const QPair<int, qint64> &a, const QPair<int, qint64> &b) { return a.first < b.first; });
    m_byExtension = {};
    m_zoneIndex = {};
    m_text.squeeze();
    m_dids.squeeze();
    m_groups.squeeze();
}

QString OpenExtensions::number(int index) const
{
    packed::Reader in(m_text, m_rows.at(index).text);
    in.skipText(); // the account ID
    return in.text();
}

ExistingExtension OpenExtensions::at(int index) const
{
    const Row &r = m_rows.at(index);
    ExistingExtension x;
    copyNumbers(r, &x);
    packed::Reader in(m_text, r.text);
    x.accountId = in.text();
    x.number = in.text();
    x.name = in.text();
    x.email = in.text();
    x.timeZone = m_zones.at(r.zone);
    auto dids = std::lower_bound(m_dids.cbegin(), m_dids.cend(), qMakePair(index, QString()));
    for (; dids != m_dids.cend() && dids->first == index; ++dids)
        x.dids << dids->second;
    auto groups = std::lower_bound(m_groups.cbegin(), m_groups.cend(), index,
                                   [](const QPair<int, qint64> &a, int i) { return a.first < i; });
    for (; groups != m_groups.cend() && groups->first == index; ++groups)
        x.huntGroups << groups->second;
    return x;
}

} // namespace ad
