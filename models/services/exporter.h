#pragma once

#include "domain/problem.h"
#include "import/csvwriter.h"

namespace ad {

class Database;

// A customer's open extensions in the template format: re-importable field for field into the
// same customer of a database that lacks them. Auto attendants, generic accounts and closed
// extensions are not part of the template and are left out; an extension in several hunt
// groups is exported with the first one (the template has one Huntgroup column).
class Exporter {
public:
    static Status exportExtensions(Database &db, qint64 iCustomer, CsvWriter *out,
                                   int *count = nullptr, const QStringList &onlyAccountIds = {});
};

} // namespace ad
