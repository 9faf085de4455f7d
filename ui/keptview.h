#pragma once

#include <QPointer>
#include <QTableView>
#include <QVariant>

namespace ad {

// What a refresh keeps of a table view (another desk's change, View > Reload): the current row
// and the selected rows, found again by their key (the value of keyRole in column 0, so a row
// that moved is still found), and the scroll position. Taken before the model is reloaded,
// restored after. The current row is the selected one when the row it was on has gone. Used
// after every reload of a table, not only another desk's change:
//     const KeptView kept(view, Model::KeyRole);
//     model->refresh();
//     kept.restore();
class KeptView {
public:
    KeptView(QTableView *view, int keyRole);
    enum Scroll { KeepScroll, ScrollToCurrent }; // a filter's rows: to the current one
    void restore(Scroll scroll = KeepScroll) const;

private:
    QPointer<QTableView> m_view;
    int m_role;
    QVariant m_current;
    int m_currentColumn = 0;
    QVariantList m_selected;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace ad
