#pragma once

#include "storage/database.h"

#include <QString>
#include <memory>

namespace ad::test {

// The engines a test runs on, for initTestCase_data(): "sqlite" always, "postgresql" when
// AGREEMENTDESK_TEST_PG names a server (scripts/test.sh always starts one).
void addEngineRows();
QString currentEngine(); // from QTest's global data
bool postgresConfigured();

// A fresh, empty database spec for the engine: a new SQLite file in a temporary folder, or a
// new PostgreSQL database on the test server. The schema is created when opened.
QString freshSpec(const QString &engine);
// Opens a fresh database (with the demo data when demo) and returns it; fails the test otherwise.
std::unique_ptr<Database> freshDatabase(const QString &engine, bool demo, QString *spec = nullptr);
std::unique_ptr<Database> openSpec(const QString &spec);

// Runs SQL directly (for "raw SQL" tests); returns the driver's error text, empty on success.
QString rawExec(Database &db, const QString &sql, const QVariantList &values = {});
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});
// The first column of the first row as text (or "(no row: ...)").
QString text(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace ad::test

// Skips the current test row when its engine is not available.
#define AD_REQUIRE_ENGINE()                                                                        \
    do {                                                                                           \
        if (ad::test::currentEngine() == QLatin1String("postgresql") &&                            \
            !ad::test::postgresConfigured())                                                       \
            QSKIP("AGREEMENTDESK_TEST_PG is not set: no PostgreSQL server configured");            \
    } while (0)

// QVERIFY for a Status: on failure prints the kind, the codes and the messages, not just "false".
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const ::ad::Status adStatus_ = (expr);                                                     \
        QVERIFY2(adStatus_.ok(), qPrintable(QStringLiteral("%1 -> %2: %3")                         \
                                                .arg(QStringLiteral(#expr), adStatus_.firstCode(), \
                                                     adStatus_.message())));                       \
    } while (false)
