#pragma once

#include "domain/problem.h"
#include "domain/importplan.h"
#include "services/desk.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ad::cli {

QJsonObject problemJson(const Problem &p, bool withRow);
QJsonArray problemsJson(const QList<Problem> &problems, bool withRow);
QJsonObject accountJson(const AccountInfo &a);
QJsonObject plannedAccountJson(const PlannedAccount &a);
QJsonValue quantityJson(std::optional<int> q);

} // namespace ad::cli
