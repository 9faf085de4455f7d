#pragma once

#include "services/desk.h"

#include <QString>

namespace ad {

class Database;
class TaskRunner;

// What every pane needs: the GUI thread's connection for reads, the spec to open worker
// connections for writes, and who is at the desk.
struct DeskContext {
    Database *db = nullptr;
    Desk *service = nullptr;     // reads on the GUI thread
    TaskRunner *tasks = nullptr; // every change, off the GUI thread
    QString spec;
    Actor actor;
};

} // namespace ad
