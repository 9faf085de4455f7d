#include "domain/importplan.h"

namespace ad {

QString rowActionName(RowAction action)
{
    switch (action) {
    case RowAction::Add:
        return QStringLiteral("add");
    case RowAction::Update:
        return QStringLiteral("update");
    case RowAction::Close:
        return QStringLiteral("close");
    case RowAction::Unchanged:
        return QStringLiteral("unchanged");
    }
    return QString();
}

} // namespace ad
