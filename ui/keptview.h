#pragma once

#include <QPointer>
#include <QTableView>
#include <QVariant>

namespace ad {

// What a refresh keeps of a table view (another desk's change, View > Reload): the current row
// and the selected rows, found again by their key (the value of keyRole in column 0, so a row
// that moved is still found), and the scroll position. Taken before the model is reloaded,
// restored after:
//     const KeptView kept(view, Model::KeyRole);
//     model->refresh();
//     kept.restore();
class KeptView {
public:
    KeptView(QTableView *view, int keyRole);
    void restore() const;

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
