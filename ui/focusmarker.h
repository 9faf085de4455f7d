#pragma once

class QTableView;

namespace ad {

// Keyboard use of a table: Tab leaves it for the next widget (it used to walk the cells one by
// one and never leave, selecting the next row, and so the next customer, every few presses), and
// while the table has the focus its current row is framed, so the clerk sees where the arrow keys,
// Space and the shortcuts act. For every list table (makeListTable) and the ones built by hand.
void setUpKeyboard(QTableView *view);

} // namespace ad
