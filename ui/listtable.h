#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace ad {

// The read-only list of the DIDs, Hunt groups and History tabs: whole rows selected one at a
// time, no editing, no row numbers, the last column stretched, alternating rows, and a name a
// screen reader can say.
QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent, const QString &name);

} // namespace ad
