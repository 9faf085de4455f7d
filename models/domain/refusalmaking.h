#pragma once

// What every refusals*.cpp builds its problems with: the one translation context of refusal
// messages (ad::Refusals) and the Problem without a row. Only for those files.
#include "domain/problem.h"

#include <QCoreApplication>

namespace ad::refusal::making {

class Refusals {
    Q_DECLARE_TR_FUNCTIONS(ad::Refusals)
};

inline Problem make(const char *code, const QString &message, const QString &field = {},
                    const QString &value = {})
{
    return Problem{QString::fromLatin1(code), message, field, 0, value, {}, -1};
}

} // namespace ad::refusal::making
