// Reading workbooks against reading the same rows as CSV (issue #14: an .xlsx of 100,000 rows
// reads in at most 3x the time of the CSV). Generates the rows, writes them as .xlsx and .ods
// with tests/data/workbooks/make_workbooks.py, then reads the three files in turn, several
// times, through CsvReader::readFile — what the CLI and the wizard call. Each ratio is taken
// within one round (the CSV read of the same round is its reference); the figures are medians
// with their range.
//
// Run: build/tests/bench/bench_workbook [--rows N] [--runs N]
#include "../unit/csvgen.h"
#include "import/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ad;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString spread(const std::vector<double> &v, const char *unit, int decimals)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1%4 (%2–%3)")
        .arg(median(v), 0, 'f', decimals)
        .arg(*lo, 0, 'f', decimals)
        .arg(*hi, 0, 'f', decimals)
        .arg(QLatin1String(unit));
}

double timedRead(const QString &path, int expectedRecords)
{
    QElapsedTimer t;
    t.start();
    const csv::ReadResult r = csv::CsvReader::readFile(path);
    const double s = t.nsecsElapsed() / 1e9;
    if (!r.ok() || int(r.records.size()) != expectedRecords)
        qFatal("%s: read %d records, expected %d", qPrintable(path), int(r.records.size()),
               expectedRecords);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(3, args.at(++i).toInt());
    }
    QTemporaryDir dir;
    const test::GeneratedFile g =
        test::generateExtensionsCsv(dir.filePath(QStringLiteral("rows.csv")), rows);
    QStringList files{g.path};
    for (const char *ext : {"xlsx", "ods"}) {
        const QString out = dir.filePath(QStringLiteral("rows.") + QLatin1String(ext));
        if (QProcess::execute(
                QStringLiteral("python3"),
                {QStringLiteral(AD_WORKBOOK_SCRIPT), QStringLiteral("fromcsv"), g.path, out}) != 0)
            qFatal("making %s failed", qPrintable(out));
        files << out;
    }
    std::printf("Agreement Desk workbook read benchmark — %d rows, %d rounds\n", rows, runs);
    const int records = int(csv::CsvReader::readFile(g.path).records.size());
    std::vector<double> seconds[3], ratios[2];
    for (int r = 0; r < runs; ++r) {
        double s[3];
        for (int f = 0; f < 3; ++f) {
            s[f] = timedRead(files.at(f), records);
            seconds[f].push_back(s[f]);
        }
        ratios[0].push_back(s[1] / s[0]);
        ratios[1].push_back(s[2] / s[0]);
    }
    const char *names[] = {"CSV", ".xlsx", ".ods"};
    for (int f = 0; f < 3; ++f) {
        std::printf("  %-6s %6.1f MB  read %s", names[f], QFileInfo(files.at(f)).size() / 1048576.0,
                    qPrintable(spread(seconds[f], " s", 3)));
        if (f > 0)
            std::printf("  = %s of the CSV read%s", qPrintable(spread(ratios[f - 1], "x", 2)),
                        f == 1 ? " (target <= 3x)" : "");
        std::printf("\n");
    }
    return 0;
}
