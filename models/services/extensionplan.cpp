#include "services/extensionplan.h"

#include "domain/csvcolumns.h"
#include "import/importplanner.h"

namespace ad {

ImportPlan planExtension(const CustomerSnapshot &snapshot, const ExtensionRequest &r)
{
    csv::ReadResult read;
    read.header = csv::templateHeader();
    read.columns = csv::allFields();
    read.headerRow = 1;
    csv::Record rec;
    rec.row = 0;
    rec.fields =
        QStringList{r.number.trimmed(),    r.name.trimmed(),     r.dids.join(QLatin1Char(',')),
                    r.published.trimmed(), r.email.trimmed(),    r.timeZone.trimmed(),
                    r.product.trimmed(),   r.huntGroup.trimmed()};
    read.records.append(rec);
    PlanOptions options;
    options.inactive = r.inactive;
    options.singleEntry = true;
    return ImportPlanner::plan(snapshot, read, options);
}

} // namespace ad
