#pragma once

class QTableView;

namespace ad {

// The Agreement tab's Available column as wide as its usage needs ("1 von 4 · 3 frei" beside a
// bar), its header whole; the Product column (stretched) takes the rest, down to its header and
// 14 characters of its names. Where the usage does not fit beside that, the column takes what
// is left. Kept as the view is resized and its rows change. With room to spare the two share it
// as before (each half).
void fitUsageColumn(QTableView *view, int usageColumn, int stretchColumn);

} // namespace ad
