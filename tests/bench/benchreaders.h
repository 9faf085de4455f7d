#pragma once
// bench_import's PostgreSQL databases and its readers: an import with a second connection
// paging the lists beside it (issue #16).
#include <QString>
#include <QStringList>

namespace ad::bench {

// A new, empty database `name` on the server at `admin` (dropped first), or a copy of
// `templateName`; returns its URL.
QString freshPg(const QString &admin, const QString &name, const QString &templateName = {});

// One more import, with a second connection paging the customer list and the importing
// customer's accounts on a thread of its own for as long as the import runs (issue #16), and
// the import's own timings per phase logged (agreementdesk.import and .storage at info).
struct Readers {
    int queries = 0;
    double slowestMs = 0;
    double p99Ms = 0;
    double p99CustomersMs = 0, p99AccountsMs = 0;
    double slowestCustomersMs = 0, slowestAccountsMs = 0;
    QString failure;
    QStringList phases;
    double importSeconds = 0;
};

Readers importWithReaders(const QString &cli, const QString &spec, const QString &file,
                          const QString &log);
void printReaders(const Readers &r);

} // namespace ad::bench
