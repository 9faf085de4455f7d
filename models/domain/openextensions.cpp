#include "domain/openextensions.h"

#include "domain/numberkeys.h"
#include "domain/packedtext.h"

#include <algorithm>
#include <numeric>

namespace ad {

void OpenExtensions::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
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
    m_rows.append(r);
    m_indexed = false;
}

void OpenExtensions::index() const
{
    for (QList<int> *order : {&m_byAccount, &m_byExtension}) {
        order->resize(m_rows.size());
        std::iota(order->begin(), order->end(), 0);
    }
    // Stable, and the last of equal keys found: of two rows of one account (not from a
    // database), the one added last, as a hash insert of each kept.
    std::stable_sort(m_byAccount.begin(), m_byAccount.end(), [this](int a, int b) {
        return m_rows.at(a).iAccount < m_rows.at(b).iAccount;
    });
    std::stable_sort(m_byExtension.begin(), m_byExtension.end(), [this](int a, int b) {
        return m_rows.at(a).iExtension < m_rows.at(b).iExtension;
    });
    m_indexed = true;
}

namespace {

// The last position in `order` (sorted by key) whose row has `key`, or -1.
template <typename Key> int find(const QList<int> &order, qint64 key, const Key &keyOf)
{
    auto it = std::upper_bound(order.cbegin(), order.cend(), key,
                               [&](qint64 k, int i) { return k < keyOf(i); });
    if (it == order.cbegin() || keyOf(*(it - 1)) != key)
        return -1;
    return *(it - 1);
}

} // namespace

int OpenExtensions::indexOfAccount(qint64 iAccount) const
{
    if (!m_indexed)
        index();
    return find(m_byAccount, iAccount, [this](int i) { return m_rows.at(i).iAccount; });
}

int OpenExtensions::indexOfExtension(qint64 iExtension) const
{
    if (!m_indexed)
        index();
    return find(m_byExtension, iExtension, [this](int i) { return m_rows.at(i).iExtension; });
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

void OpenExtensions::addDid(int index, const QString &number)
{
    bool digits = !number.isEmpty() && number.size() <= 15;
    for (QChar ch : number)
        digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    if (digits) {
        m_dids.append({index, digitKey(number)});
    } else {
        m_dids.append({index, kOtherDid | quint64(m_otherDids.size())});
        m_otherDids.append(number);
    }
}

QString OpenExtensions::didText(quint64 did) const
{
    if (did & kOtherDid)
        return m_otherDids.at(qsizetype(did & ~kOtherDid));
    return QString::number(did & ((quint64(1) << 56) - 1))
        .rightJustified(int(did >> 56), QLatin1Char('0'));
}

// As the texts compare: two digit keys by their digits padded to 15 (the shorter first when
// one is the other's start), anything else as text.
bool OpenExtensions::didLess(const QPair<int, quint64> &a, const QPair<int, quint64> &b) const
{
    if (a.first != b.first)
        return a.first < b.first;
    if ((a.second | b.second) & kOtherDid)
        return didText(a.second) < didText(b.second);
    static constexpr quint64 kPow[] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL};
    const int la = int(a.second >> 56), lb = int(b.second >> 56);
    const quint64 mask = (quint64(1) << 56) - 1;
    const quint64 pa = (a.second & mask) * kPow[15 - la], pb = (b.second & mask) * kPow[15 - lb];
    return pa != pb ? pa < pb : la < lb;
}

void OpenExtensions::finish()
{
    std::sort(m_dids.begin(), m_dids.end(),
              [this](const QPair<int, quint64> &a, const QPair<int, quint64> &b) {
                  return didLess(a, b);
              });
    std::stable_sort(
        m_groups.begin(), m_groups.end(),
        [](const QPair<int, qint64> &a, const QPair<int, qint64> &b) { return a.first < b.first; });
    if (!m_indexed)
        index();
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
    auto dids = std::lower_bound(m_dids.cbegin(), m_dids.cend(), index,
                                 [](const QPair<int, quint64> &a, int i) { return a.first < i; });
    for (; dids != m_dids.cend() && dids->first == index; ++dids)
        x.dids << didText(dids->second);
    auto groups = std::lower_bound(m_groups.cbegin(), m_groups.cend(), index,
                                   [](const QPair<int, qint64> &a, int i) { return a.first < i; });
    for (; groups != m_groups.cend() && groups->first == index; ++groups)
        x.huntGroups << groups->second;
    return x;
}

} // namespace ad
