// The cells of a row that several actions share: the product (a main product of the agreement)
// and the hunt groups (one name, or several separated by commas).
#include "domain/filerefusals.h"
#include "domain/setuprefusals.h"
#include "import/plannerstate.h"

namespace ad::planner {

using csv::Field;

const ProductInfo *State::productFor(int row, const QString &productText, bool *failed)
{
    if (productText.isEmpty()) {
        addError(row, Field::Product, productText, refusal::rowProductMissing());
        *failed = true;
        return nullptr;
    }
    if (lastProduct && productText == lastProductText)
        return lastProduct;
    auto key = productKeyCache.constFind(productText);
    if (key == productKeyCache.constEnd())
        key = productKeyCache.insert(productText, productText.simplified().toCaseFolded());
    const auto found = s.productsByFoldedName.constFind(*key);
    if (found == s.productsByFoldedName.constEnd()) {
        addError(row, Field::Product, productText, refusal::productUnknown(productText));
    } else if (!found->isMain) {
        addError(row, Field::Product, productText, refusal::rowProductNotMain(found->name));
    } else if (!s.agreement.contains(found->id)) {
        addError(row, Field::Product, productText,
                 refusal::productNotInAgreement(found->name, s.name, productText));
    } else if (found->retired) {
        addError(row, Field::Product, productText,
                 refusal::productRetired(found->name, productText));
    } else {
        lastProduct = &*found;
        lastProductText = productText;
        return lastProduct;
    }
    *failed = true;
    return nullptr;
}

bool State::huntGroupsFor(int row, const QString &text, QList<const HuntGroupRef *> *out)
{
    out->clear();
    if (text.isEmpty())
        return true;
    if (lastHunt && text == lastHuntText) {
        out->append(lastHunt);
        return true;
    }
    // The whole cell names a group (a name may hold a comma), else each comma-separated part.
    const auto whole = s.huntGroupsByFoldedName.constFind(rules::foldName(text));
    if (whole != s.huntGroupsByFoldedName.constEnd()) {
        lastHunt = &*whole;
        lastHuntText = text;
        out->append(lastHunt);
        return true;
    }
    bool ok = true;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto hg = s.huntGroupsByFoldedName.constFind(rules::foldName(part));
        if (hg == s.huntGroupsByFoldedName.constEnd()) {
            addError(row, Field::Huntgroup, text,
                     refusal::huntGroupUnknown(s.name, parts.size() > 1 ? part.trimmed() : text));
            ok = false;
        } else if (!out->contains(&*hg)) {
            out->append(&*hg);
        }
    }
    return ok;
}

QStringList State::didsFor(int row, const QString &text, qint64 self)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    QSet<QString> inRow;
    for (const QString &raw : rules::splitDids(text)) {
        const auto did = rules::normaliseDid(raw);
        if (!did) {
            addError(row, Field::Dids, raw, refusal::rowDidInvalid(raw));
            continue;
        }
        if (inRow.contains(*did)) {
            addError(row, Field::Dids, raw, refusal::didTwiceInRow(*did));
            continue;
        }
        inRow.insert(*did);
        const quint64 key = digitKey(*did);
        const auto first = firstRowOfDid.constFind(key);
        if (first != firstRowOfDid.constEnd()) {
            addError(row, Field::Dids, raw, refusal::didInEarlierRow(*did, *first));
            continue;
        }
        firstRowOfDid.insert(key, row);
        const auto owned = keys->didOwner.constFind(key);
        if (owned == keys->didOwner.constEnd()) {
            addError(row, Field::Dids, raw, refusal::didNotProvided(*did, s.name, raw));
            continue;
        }
        if (*owned != 0 && *owned != self) {
            if (!mayFree) {
                addError(row, Field::Dids, raw, refusal::didTakenForRow(*did));
                continue;
            }
            claimDid(row, *did, raw, key, *owned);
        }
        out << *did;
    }
    return out;
}

} // namespace ad::planner
