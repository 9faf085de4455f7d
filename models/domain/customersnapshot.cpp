#include "domain/customersnapshot.h"

#include "domain/rules.h"

namespace ad {

NumberKeys CustomerSnapshot::keysFromStrings() const
{
    NumberKeys k;
    k.openByKey.reserve(openExtensions.size());
    for (int i = 0; i < openExtensions.size(); ++i)
        if (const QString n = openExtensions.number(i); rules::isValidExtensionNumber(n))
            k.openByKey.insert(digitKey(n), i);
    for (const QString &n : extensionNumbers)
        if (rules::isValidExtensionNumber(n))
            if (const quint64 key = digitKey(n); !k.openByKey.contains(key))
                k.extensionKeys.insert(key);
    const QString takenPrefix = rules::extensionAccountId(iCustomer, QString());
    for (const QString &id : takenAccountIds) {
        const QString suffix = id.mid(takenPrefix.size());
        if (id.startsWith(takenPrefix) && rules::isValidExtensionNumber(suffix))
            if (const quint64 key = digitKey(suffix); !k.openByKey.contains(key))
                k.takenKeys.insert(key);
    }
    k.didOwner.reserve(dids.size());
    for (auto it = dids.constBegin(); it != dids.constEnd(); ++it)
        k.didOwner.insert(digitKey(it.key()), it.value());
    return k;
}

} // namespace ad
