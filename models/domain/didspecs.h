#pragma once

#include "domain/problem.h"

#include <QStringList>

namespace ad::rules {

// The numbers of `specs` (each a number or a FIRST..LAST range of at most 10,000 numbers),
// normalised as in rule 6, each once, in order; the problems of the specs that are not valid
// (did_invalid, did_range_invalid, did_range_too_large).
QList<Problem> expandDidSpecs(const QStringList &specs, QStringList *numbers);

// "12094555948 … 12094555960 (13 numbers)", or the numbers themselves when they are few: the
// object of an audit entry about several numbers.
QString didSummary(const QStringList &numbers);

} // namespace ad::rules
