#pragma once

// What the import suites share (tst_import_cli, tst_import_commit, tst_import_pipeline: the import
// engine end to end, on SQLite and PostgreSQL): the sample file, a folder for the files a test
// writes, agreementdesk-cli run as a process, and a fingerprint of what an import may touch.
#include "storage/database.h"
#include "testdb.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ad::test {

inline const QString kSample = QStringLiteral(AD_TEST_DATA "/abc-new-hires.csv");

class ImportFixture {
protected:
    QTemporaryDir m_dir;

    int cli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(AD_CLI), args);
        p.waitForFinished(300000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }
    // Everything an import may touch, as one comparable text.
    QString fingerprint(Database &db)
    {
        QString out;
        for (const char *sql :
             {"SELECT count(*) FROM account", "SELECT count(*) FROM extension",
              "SELECT count(*) FROM audit", "SELECT count(*) FROM did WHERE i_account IS NOT NULL",
              "SELECT count(*) FROM hunt_group_member", "SELECT sum(in_use) FROM agreement_line"})
            out += QString::number(scalar(db, QString::fromLatin1(sql))) + QLatin1Char(' ');
        return out;
    }
};

} // namespace ad::test
