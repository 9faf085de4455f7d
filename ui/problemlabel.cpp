#include "problemlabel.h"

namespace ad {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: #c62828;"));
    hide();
}

void ProblemLabel::setProblem(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace ad
