#pragma once

#include <QString>
#include <QStringList>

namespace ad::test {

// A realistic extension file for customer 46170 of the demo data: names with commas, quotes and
// accents, 20% of rows with a DID (from FIRST_DID upwards, which the caller must give to the
// customer: didRanges() lists them as FIRST..LAST ranges of at most 10,000), a third in a
// hunt group, e-mails, time zones, Published Y/N.
struct GeneratedFile {
    QString path;
    int rows = 0;
    int withDids = 0;
    QStringList didRanges;
    qint64 bytes = 0;
};
GeneratedFile generateExtensionsCsv(const QString &path, int rows, int firstExtension = 100000);

} // namespace ad::test
