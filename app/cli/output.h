#pragma once

#include "domain/importplan.h"
#include "domain/problem.h"
#include "domain/records.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>
#include <optional>

namespace ad::cli {

// The created accounts a text import report lists (--json lists them all).
inline constexpr int kListedAccounts = 25;

// Everything agreementdesk-cli prints: the JSON objects of --json and the text (tables, lines)
// for people, in one place, so that commands only gather results and pick what to say.
// Each "result" function prints the whole answer of a command and returns its exit status.
class Output {
public:
    explicit Output(bool json);
    ~Output();
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    bool json() const { return m_json; }
    void print(const QString &text); // one line on stdout
    void printHelp(const QString &text, bool toStderr);
    void progress(const QString &line); // one line on stderr, flushed at once
    void raw(const QByteArray &bytes);  // bytes as they are on stdout (an export)

    // Failures: the problems on stderr ("error: ... [code]"), or {"ok": false, "errors": [...]}.
    int fail(const Status &st);
    int usage(const QString &message); // exit 2, with the hint to --help
    // Done: `message` for people, {"ok": true} for scripts (a failed `st` is reported instead).
    int done(const Status &st, const QString &message);

    // ---- results of the commands
    // init --grant ROLE [--read-only]
    int granted(const Status &st, const QString &role, bool readOnly, const QString &message);
    int initialised(const QString &database, int schemaVersion, bool demo, const QString &message);
    int customers(const QList<CustomerInfo> &list);
    int customerAdded(const Status &st, qint64 iCustomer, const QString &message);
    int agreement(const CustomerInfo &c, const QList<AgreementLineInfo> &lines, qint64 charges);
    // withQuantity: add and set report the quantity (nullopt = unlimited), remove does not
    int agreementChanged(const Status &st, const QString &product, bool withQuantity,
                         std::optional<int> quantity, const QString &message);
    int created(const CreatedAccount &a, const QString &currency);
    int accountChanged(const Status &st, const AccountInfo *account, const QString &message);
    int addonChanged(const Status &st, const QString &accountId, const QString &addon,
                     const QString &message);
    int accounts(const CustomerInfo &c, const QList<AccountInfo> &list);
    int didsGiven(const Status &st, const QStringList &added, const QString &message);
    int dids(const QList<DidInfo> &list);
    int huntGroups(const CustomerInfo &c, const QList<HuntGroupInfo> &list);
    int history(const CustomerInfo &c, const QList<AuditEntry> &list);
    int exported(const Status &st, const QString &file, int extensions, const QString &message);

    // ---- the provider's set-up (outputsetup.cpp)
    int catalog(const QList<ProductUsage> &list); // `products`: retired ones marked
    int productChanged(const Status &st, const ProductInfo *product, const QString &message);
    int customerChanged(const Status &st, const CustomerInfo *customer, const QString &message);
    int customerDetails(const CustomerInfo &c, const QList<SubscriptionInfo> &subscriptions,
                        const ChargesBreakdown &charges);
    int subscriptions(const CustomerInfo &c, const QList<SubscriptionInfo> &list);
    int subscriptionChanged(const Status &st, const CustomerInfo &c, const QString &name,
                            std::optional<qint64> fee, const QString &message);
    int inventory(const QList<InventoryDid> &list);
    int providerHistory(const QList<ProviderAuditEntry> &list);

    // What `import` reports, with or without a commit.
    struct ImportReport {
        CustomerInfo customer;
        QString fileName;
        QString encoding; // as detected or given; empty when the file could not be read
        QChar delimiter;  // null when unknown
        QString format = QStringLiteral("CSV"); // or "XLSX", "ODS": a workbook
        QString sheet;                          // a workbook: the sheet read, and all its sheets
        QStringList sheets;
        ImportPlan plan;
        // --json: the rows that add which the import handed over, spooled as they came (they
        // precede plan.accounts, which holds the rest); null: plan.accounts holds them all.
        class AccountSpool *spooled = nullptr;
        QList<Problem> errors; // the plan's errors, preceded by the commit's own problems
        bool dryRun = false;
        bool committed = false;
        bool skipInvalid = false;
        int exitCode = 0;
    };
    int importReport(const ImportReport &r);

    static QString quantityText(std::optional<int> q);           // "12" or "Unlimited"
    static QString money(qint64 minor, const QString &currency); // "16.00 USD"

private:
    void printJson(const QJsonObject &o);
    void writeOut(const QByteArray &bytes); // as they are, after what was printed before
    void flushOut();
    int okJson(QJsonObject o);
    int doneWith(const Status &st, const QString &message, const QJsonObject &extra);
    int importText(const ImportReport &r);
    int importJson(const ImportReport &r);

    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    QFile *m_rawOut = nullptr; // stdout for writeOut(), opened on first use
};

} // namespace ad::cli
