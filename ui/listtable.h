#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace ad {

// The read-only list of the DIDs, Hunt groups and History tabs: whole rows selected one at a
// time, no editing, no row numbers, the last column stretched, alternating rows, and a name a
// screen reader can say. Tab leaves it for the next widget (setUpKeyboard()).
QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent, const QString &name);

// Column widths that follow the content: every column as wide as its content, except the
// `stretch` columns (names, the History's values), which take what is left, and the `elided`
// ones (long account IDs, DID lists), at most `elidedChars` characters wide and cut in the
// middle ("ph461…x4665"). When the view is too narrow the elided columns give way first (down
// to `elidedFloorChars`, 14 unless given), then the stretched ones (down to `stretchChars`, 16
// unless given), before it scrolls sideways: a name never collapses to "…" and a status is never
// cut. Fitted again when the rows are replaced or the view is resized; the user may still drag a
// column. The models give every cell's full text in its tooltip.
void fitColumns(QTableView *view, const QList<int> &stretch, const QList<int> &elided = {},
                int elidedChars = 22, int stretchChars = 16, int elidedFloorChars = 14);

// Fits the columns of a view set up by fitColumns() again, after columns were hidden or shown.
void refitColumns(QTableView *view);

} // namespace ad
