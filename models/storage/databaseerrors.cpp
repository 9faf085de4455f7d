// Database: a driver error as a Status, a busy or lost database, or a refusal with the code of
// the schema's rule that the change broke.
#include "storage/database.h"

#include <QCoreApplication>

namespace ad {

namespace {
// Rule codes the schema raises (RAISE(ABORT, 'code') in SQLite, RAISE EXCEPTION 'code: ...' in
// PostgreSQL, or a named constraint) and the message shown for them.
struct ConstraintRule {
    const char *needle;
    const char *code;
    const char *message;
};
const ConstraintRule kConstraintRules[] = {
    {"agreement_line_quota", "quantity_exceeded",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The agreement's quantity for this product would be exceeded.")},
    {"product_not_in_agreement", "product_not_in_agreement",
     QT_TRANSLATE_NOOP("ad::Database", "The product is not in the customer's agreement.")},
    {"product_not_main", "product_not_main",
     QT_TRANSLATE_NOOP("ad::Database", "Only a main product can be an account's product.")},
    {"product_not_addon", "product_not_addon",
     QT_TRANSLATE_NOOP("ad::Database", "Only an add-on product can be added as an add-on.")},
    {"product_in_use", "product_in_use",
     QT_TRANSLATE_NOOP("ad::Database",
                       "Accounts use this product; it cannot be removed from the agreement.")},
    {"extension_exists", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The customer already has an extension or hunt group with this number.")},
    {"account_id_invalid", "account_id_invalid",
     QT_TRANSLATE_NOOP("ad::Database", "The account ID does not follow the rules.")},
    {"did_not_owned", "did_not_owned",
     QT_TRANSLATE_NOOP(
         "ad::Database",
         "A DID can only be assigned to an account of the customer it was provided to.")},
    {"account.id", "account_exists",
     QT_TRANSLATE_NOOP("ad::Database", "An account with this ID already exists.")},
    {"account_id_key", "account_exists",
     QT_TRANSLATE_NOOP("ad::Database", "An account with this ID already exists.")},
    {"extension.i_customer, extension.number", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has an extension with this number.")},
    {"extension_i_customer_number_key", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has an extension with this number.")},
    {"did.number", "did_exists",
     QT_TRANSLATE_NOOP("ad::Database", "This DID number already exists.")},
    {"did_pkey", "did_exists",
     QT_TRANSLATE_NOOP("ad::Database", "This DID number already exists.")},
    {"hunt_group.i_customer, hunt_group.name_key", "huntgroup_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this name.")},
    {"hunt_group_i_customer_name_key_key", "huntgroup_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this name.")},
    {"hunt_group.i_customer, hunt_group.number", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this number.")},
    {"hunt_group_i_customer_number_key", "extension_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a hunt group with this number.")},
    {"product_retired", "product_retired",
     QT_TRANSLATE_NOOP("ad::Database", "The product is retired; it cannot be added any more.")},
    {"product_used", "product_used",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The product has been used; it cannot be deleted or change its kind.")},
    {"product_name_fold", "product_exists",
     QT_TRANSLATE_NOOP("ad::Database", "A product with this name already exists.")},
    {"subscription_name_fold", "subscription_exists",
     QT_TRANSLATE_NOOP("ad::Database", "The customer already has a subscription with this name.")},
    {"customer.name", "customer_exists",
     QT_TRANSLATE_NOOP("ad::Database", "A customer with this name already exists.")},
    {"customer_name_key", "customer_exists",
     QT_TRANSLATE_NOOP("ad::Database", "A customer with this name already exists.")},
    {"audit_append_only", "audit_append_only",
     QT_TRANSLATE_NOOP("ad::Database",
                       "Audit entries are never changed or deleted; the database refused it.")},
    {"counter_protected", "counter_protected",
     QT_TRANSLATE_NOOP("ad::Database",
                       "The usage counters of the agreement count the open accounts; they "
                       "cannot be set by hand.")},
};
} // namespace

Status Database::storageProblem(const QSqlError &error) const
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString native = error.nativeErrorCode();
    // SQLITE_FULL (13), PostgreSQL's disk_full (53100) or out of space for a file.
    if (native == QLatin1String("13") || native == QLatin1String("53100") ||
        text.contains(QLatin1String("database or disk is full")) ||
        text.contains(QLatin1String("No space left on device")))
        return Status::database(
            QCoreApplication::translate(
                "ad::Database",
                "The disk holding %1 is full (or the database reached its size limit); nothing "
                "was written. Free some space and try again.")
                .arg(describe()),
            QStringLiteral("database_full"));
    // SQLITE_CORRUPT (11), SQLITE_NOTADB (26) on a file that opened as a database, or
    // PostgreSQL's data_corrupted / index_corrupted (XX001 / XX002).
    if (native == QLatin1String("11") || native == QLatin1String("26") ||
        native == QLatin1String("XX001") || native == QLatin1String("XX002") ||
        text.contains(QLatin1String("disk image is malformed")) ||
        text.contains(QLatin1String("file is not a database")))
        return Status::database(
            QCoreApplication::translate("ad::Database",
                                        "The database %1 is damaged (%2). Restore it from a "
                                        "backup; nothing was written.")
                .arg(describe(), text.trimmed()),
            QStringLiteral("database_corrupt"));
    // PostgreSQL: the desk's role lacks the privilege (a read-only auditor role writing, or
    // a role not yet given its privileges with init --grant).
    if (native == QLatin1String("42501"))
        return Status::database(
            QCoreApplication::translate("ad::Database",
                                        "The database login of this desk may not do this (%1). "
                                        "Nothing was written. The schema owner gives a desk its "
                                        "privileges with: agreementdesk-cli init --grant ROLE")
                .arg(text.trimmed()),
            QStringLiteral("database_permission_denied"));
    return {};
}

Status Database::statusFrom(const QSqlError &error, const QString &doing) const
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString native = error.nativeErrorCode();
    if (text.contains(QLatin1String("database is locked")) || native == QLatin1String("5") ||
        native == QLatin1String("55P03") || text.contains(QLatin1String("lock timeout"))) {
        return Status::database(
            QCoreApplication::translate(
                "ad::Database",
                "The database %1 is busy: another desk is writing to it and did not "
                "finish within %2 s. Nothing was written; try again in a moment.")
                .arg(describe())
                .arg(m_busyTimeoutMs / 1000.0),
            QStringLiteral("database_locked"));
    }
    if (Status st = storageProblem(error); !st.ok())
        return st;
    if (text.contains(QLatin1String("readonly database")) ||
        text.contains(QLatin1String("read-only")))
        return Status::database(
            QCoreApplication::translate("ad::Database",
                                        "The database %1 is read-only; nothing was written.")
                .arg(describe()),
            QStringLiteral("database_readonly"));
    for (const auto &rule : kConstraintRules) {
        if (text.contains(QLatin1String(rule.needle)))
            return Status::refused(QString::fromLatin1(rule.code),
                                   QCoreApplication::translate("ad::Database", rule.message));
    }
    const bool constraint = native == QLatin1String("19") ||
                            native.startsWith(QLatin1String("23")) ||
                            text.contains(QLatin1String("constraint"));
    if (constraint)
        return Status::refused(QStringLiteral("constraint_violated"),
                               QCoreApplication::translate(
                                   "ad::Database", "The database refused the change while %1: %2")
                                   .arg(doing, text.trimmed()));
    // A lost connection: closed by the server or the network, or ended by an administrator
    // (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08).
    if (!m_db.isOpen() || error.type() == QSqlError::ConnectionError ||
        text.contains(QLatin1String("server closed")) ||
        text.contains(QLatin1String("no connection")) ||
        text.contains(QLatin1String("terminating connection")) ||
        native.startsWith(QLatin1String("57P")) || native.startsWith(QLatin1String("08")))
        return Status::database(QCoreApplication::translate(
                                    "ad::Database", "The connection to %1 was lost while %2: %3")
                                    .arg(describe(), doing, text.trimmed()),
                                QStringLiteral("database_unreachable"));
    return Status::database(
        QCoreApplication::translate("ad::Database", "Database error while %1: %2")
            .arg(doing, text.trimmed()));
}

} // namespace ad
