#pragma once

#include "domain/importplan.h"
#include "domain/problem.h"
#include "domain/records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace ad::cli {

// The JSON shapes of --json, one function per record (cli.md). Part of the output module:
// only output.cpp builds the printed objects from them.

QJsonObject problemJson(const Problem &p, bool withRow);
QJsonArray problemsJson(const QList<Problem> &problems, bool withRow);
QJsonObject warningJson(const Problem &w);
QJsonValue quantityJson(std::optional<int> q);
QJsonObject customerJson(const CustomerInfo &c);
QJsonObject customerRefJson(const CustomerInfo &c); // {"i_customer", "name"}
QJsonObject productJson(const ProductInfo &p);
QJsonObject agreementJson(const CustomerInfo &c, const QList<AgreementLineInfo> &lines,
                          qint64 charges);
QJsonObject chargesJson(const QString &currency, qint64 before, qint64 after);
QJsonObject accountJson(const AccountInfo &a);
QJsonObject createdJson(const CreatedAccount &a, const QString &currency);
QJsonObject plannedAccountJson(const PlannedAccount &a); // "action": "add"
QJsonObject plannedChangeJson(const PlannedChange &c);   // update, close or unchanged
QJsonObject quotaJson(const QuotaLine &q);
QJsonObject didJson(const DidInfo &d);
QJsonObject huntGroupJson(const HuntGroupInfo &h);
QJsonObject auditJson(const AuditEntry &e);

} // namespace ad::cli
