#pragma once

#include <QLabel>

namespace ad {

// A pane's inline message for what could not be done ("Could not load the DIDs: …"): in words
// and in red, selectable so that it can be copied into a report; hidden while there is nothing
// to say.
class ProblemLabel final : public QLabel {
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void setProblem(const QString &text); // empty: hidden
    QString problem() const { return isHidden() ? QString() : text(); }
};

} // namespace ad
