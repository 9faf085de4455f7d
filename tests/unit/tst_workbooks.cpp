// A workbook sheet's rows are read as the same rows in a CSV file: detail::readRows() (the
// workbook path, straight from the cells) must give what CsvReader::readBytes() gives for the
// sheet written as CSV text (SheetRows::toCsv(), what the workbook path used to read). Header
// detection (sep= and # lines, the first of ten rows naming the mandatory columns, the header
// row given, no header, --map, a mapping by position), padding, blank rows, the row limit, the
// preview, batches, text that is not UTF-8 and byte order marks are compared on fixed sheets
// and on random ones.
#include "import/csvreader.h"
#include "import/csvreaderdetail.h"
#include "import/sheetcells.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace ad;
using namespace ad::csv;

namespace {

using Cells = QList<std::tuple<int, int, std::string>>; // row, column, text

struct Delivered {
    QList<QList<Record>> batches;
    QList<QList<Field>> columns;
};

QString describe(const ReadResult &r, const Delivered &d)
{
    QStringList out;
    out << QStringLiteral("header %1 row %2: %3")
               .arg(r.header.size())
               .arg(r.headerRow)
               .arg(r.header.join(QLatin1Char('|')));
    QStringList columns;
    for (Field f : r.columns)
        columns << QString::number(int(f));
    out << QStringLiteral("columns ") + columns.join(QLatin1Char(','));
    out << QStringLiteral("dataRows %1 cancelled %2 mapped %3 delimiter %4")
               .arg(r.dataRows)
               .arg(r.cancelled)
               .arg(r.headerMapped)
               .arg(r.delimiter);
    auto records = [&](const QList<Record> &list) {
        for (const Record &rec : list) {
            QStringList fields;
            for (const QString &f : rec.fields)
                fields << (f.isNull() ? QStringLiteral("<null>")
                                      : QLatin1Char('[') + f + QLatin1Char(']'));
            out << QStringLiteral("  %1 %2 %3")
                       .arg(rec.row)
                       .arg(fields.join(QLatin1Char(' ')), rec.malformed);
        }
    };
    records(r.records);
    for (const Problem &p : r.fileErrors)
        out << QStringLiteral("error %1 %2 %3").arg(p.code).arg(p.row).arg(p.message);
    for (const Problem &p : r.warnings)
        out << QStringLiteral("warning %1 %2 %3 %4").arg(p.code).arg(p.row).arg(p.field, p.message);
    for (int i = 0; i < d.batches.size(); ++i) {
        out << QStringLiteral("batch %1 (%2 columns)").arg(i).arg(d.columns.at(i).size());
        records(d.batches.at(i));
    }
    return out.join(QLatin1Char('\n'));
}

// Both paths on the same cells; returns the CSV path's description, after comparing.
// shared: every other cell, the first too, is a shared string (the same text once in the workbook's
// table).
void compareBoth(const Cells &cells, ReadOptions options, bool grid = false, bool shared = false)
{
    std::vector<std::string> strings;
    workbook::SheetCells sheet(&strings, grid ? workbook::SheetCells::Mode::Grid
                                              : workbook::SheetCells::Mode::Streamed);
    int n = 0;
    for (const auto &[row, col, text] : cells) {
        if (!shared || n++ % 2 == 1) {
            sheet.set(row, col, text);
            continue;
        }
        const qint64 index = std::find(strings.begin(), strings.end(), text) - strings.begin();
        if (index == qint64(strings.size()))
            strings.push_back(text);
        sheet.setShared(row, col, index);
    }
    QVERIFY(!sheet.needsGrid());
    const QByteArray csv = sheet.toCsv();
    const workbook::SheetRows rows = sheet.takeRows(shared && n % 3 == 0 ? &strings : nullptr);
    QCOMPARE(rows.toCsv(), csv);
    options.encoding = QStringLiteral("UTF-8");
    options.delimiter = QLatin1Char(',');
    Delivered fromText, fromRows;
    Delivered *into = &fromText;
    if (options.batchSize < 4096)
        options.onRecords = [&into](const QList<Record> &batch, const QList<Field> &columns, bool) {
            into->batches << batch;
            into->columns << columns;
        };
    const ReadResult text = CsvReader::readBytes(csv, QStringLiteral("sheet"), options);
    into = &fromRows;
    const ReadResult direct = detail::readRows(rows, QStringLiteral("sheet"), options);
    const QString expected = describe(text, fromText);
    QCOMPARE(describe(direct, fromRows), expected);
}

Cells table(const QList<QStringList> &rows)
{
    Cells out;
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (!rows.at(r).at(c).isNull())
                out << std::make_tuple(r, c, rows.at(r).at(c).toStdString());
    return out;
}

const QStringList kHeader{QStringLiteral("Extension number"), QStringLiteral("Name"),
                          QStringLiteral("Product")};

} // namespace

class TstWorkbooks : public QObject {
    Q_OBJECT
private slots:
    void fixedSheets_data()
    {
        QTest::addColumn<int>("sheet");
        for (int i = 0; i < 12; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void fixedSheets()
    {
        QFETCH(int, sheet);
        const QStringList data1{QStringLiteral("4701"), QStringLiteral("  Ada Lovelace "),
                                QStringLiteral("Cloud PBX")};
        const QStringList data2{QStringLiteral("'=4702"), QStringLiteral("Hopper, \"Grace\""),
                                QStringLiteral("Cloud\nPBX")};
        QList<QStringList> rows;
        ReadOptions o;
        switch (sheet) {
        case 0: // header first
            rows = {kHeader, data1, data2};
            break;
        case 1: // a title and a blank row above the header: detected, with a warning
            rows = {{QStringLiteral("Staff list")}, {}, kHeader, data1, data2};
            break;
        case 2: // Excel's sep= line and a #TYPE line
            rows = {{QStringLiteral("sep=;")}, {QStringLiteral("#TYPE x")}, kHeader, data1};
            break;
        case 3: // no row names the columns: the first is the header
            rows = {{QStringLiteral("a"), QStringLiteral("b")}, data1, data2};
            break;
        case 4: // the header row given
            rows = {{QStringLiteral("x")}, {QStringLiteral("y")}, kHeader, data1};
            o.headerRow = 3;
            break;
        case 5: // no header
            rows = {data1, data2};
            o.hasHeader = false;
            break;
        case 6: // --map by the header's own names
            rows = {{QStringLiteral("Ext"), QStringLiteral("Who"), QStringLiteral("Product")},
                    data1};
            o.columnMap = {{QStringLiteral("Ext"), Field::ExtensionNumber},
                           {QStringLiteral("Who"), Field::Name}};
            break;
        case 7: // a data row wider than the header, with gaps and blank rows
            rows = {kHeader, data1, {}, {QString(), QStringLiteral("B only")}, data2};
            rows[3] << QString() << QString() << QString() << QStringLiteral("far right");
            break;
        case 8: // the row limit
            rows = {kHeader, data1, data2, data1};
            o.maxRows = 2;
            break;
        case 9: // the preview
            rows = {kHeader, data1, data2, data1, data2};
            o.previewRows = 2;
            break;
        case 10: // batches delivered as read, not kept
            rows = {kHeader, data1, data2, data1, data2, data1};
            o.batchSize = 2;
            o.keepRecords = false;
            break;
        case 11: // only a header; then only blank cells
            rows = {kHeader};
            compareBoth(table(rows), o);
            rows = {{QString(), QStringLiteral(" ")}, {QStringLiteral("")}};
            break;
        }
        compareBoth(table(rows), o);
        compareBoth(table(rows), o, true);
        compareBoth(table(rows), o, false, true);
        compareBoth(table(rows), o, true, true);
    }

    void byteOrderMarksAndEncoding()
    {
        // A BOM at the very start is dropped (twice, as the CSV path does); elsewhere kept.
        compareBoth({{0, 0,
                      "\xEF\xBB\xBF\xEF\xBB\xBF"
                      "Extension number"},
                     {0, 1, "Name"},
                     {0, 2, "Product"},
                     {1, 0,
                      "\xEF\xBB\xBF"
                      "4701"}},
                    {});
        // The same first cell as a shared string.
        compareBoth({{0, 0,
                      "\xEF\xBB\xBF"
                      "Extension number"},
                     {0, 1, "Name"},
                     {0, 2,
                      "\xEF\xBB\xBF"
                      "Extension number"},
                     {1, 0, "4701"}},
                    {}, false, true);
        // Not UTF-8 in row 3 (a lone byte, half a character, a surrogate): refused, naming it.
        for (const char *bad : {"Ma\xE9lle", "Ma\xC3", "x\xED\xA0\x80"}) {
            for (bool shared : {false, true})
                compareBoth({{0, 0, "Extension number"},
                             {0, 1, "Name"},
                             {0, 2, "Product"},
                             {1, 0, "4701"},
                             {2, 1, bad},
                             {3, 1, "Zoë"}},
                            {}, false, shared);
        }
        // The empty sheet.
        compareBoth({}, {});
    }

    void randomSheets()
    {
        const char *pool[] = {
            "Extension number", "Name",  "Product",   "DID numbers", "Published", "4701",
            "  4702 ",          "Ada",   "'=SUM(A1)", "'+1",         "a,b",       "say \"hi\"",
            "two\nlines",       "sep=;", "#TYPE",     "# note",      "",          " ",
            "\xC2\xA0x",        "Zoë",   "Cloud PBX", "Y",           "Extension", "Ext."};
        QRandomGenerator rng(20261201);
        for (int round = 0; round < 300; ++round) {
            Cells cells;
            const int rowCount = int(rng.bounded(14));
            for (int r = 0; r < rowCount; ++r) {
                if (rng.bounded(5) == 0)
                    continue; // a row with no cells
                int col = int(rng.bounded(2));
                const int count = int(rng.bounded(6));
                for (int i = 0; i < count; ++i, col += 1 + int(rng.bounded(3) == 0))
                    cells << std::make_tuple(r, col, std::string(pool[rng.bounded(24)]));
            }
            if (rng.bounded(3) == 0) // a header somewhere
                for (int c = 0; c < 3; ++c)
                    cells << std::make_tuple(rowCount, c, kHeader.at(c).toStdString());
            ReadOptions o;
            switch (rng.bounded(8)) {
            case 0:
                o.hasHeader = false;
                break;
            case 1:
                o.headerRow = 1 + int(rng.bounded(4));
                break;
            case 2:
                o.maxRows = rng.bounded(4);
                break;
            case 3:
                o.previewRows = 1 + int(rng.bounded(3));
                break;
            case 4:
                o.batchSize = 1 + int(rng.bounded(3));
                o.keepRecords = rng.bounded(2) == 0;
                break;
            case 5:
                o.mapping = QList<Field>{Field::ExtensionNumber, Field::Name, Field::Product};
                break;
            default:
                break;
            }
            compareBoth(cells, o, rng.bounded(4) == 0, rng.bounded(2) == 0);
            if (QTest::currentTestFailed()) {
                qWarning("round %d", round);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstWorkbooks)
#include "tst_workbooks.moc"
