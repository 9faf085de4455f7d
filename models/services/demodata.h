#pragma once

#include "domain/problem.h"

namespace ad {

class Database;

// The demo data of domain.md ("Panda Telecom"). Refused when the database already holds data.
class DemoData {
public:
    static Status load(Database &db, const QString &who);

private:
    static Status loadInTransaction(Database &db, const QString &who);
};

} // namespace ad
