// The .xlsx fast path: fastxml gives the events liborcus's SAX parser gives, or gives up (and
// the reader parses with liborcus); SheetCells streams in-order cells to the same CSV a grid
// gives, and asks for the grid when cells come out of order.
#include "import/csvreader.h"
#include "import/fastxml.h"
#include "import/sheetcells.h"

#include <QTest>

#include <orcus/sax_parser.hpp>

#include <string>

using namespace ad::csv;

namespace {

// A stored (uncompressed) ZIP archive of the given members.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &members)
{
    auto crc32 = [](const QByteArray &data) {
        quint32 crc = 0xFFFFFFFFu;
        for (char ch : data) {
            crc ^= uchar(ch);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    QByteArray out, directory;
    auto put = [](QByteArray *to, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            to->append(char((v >> (8 * i)) & 0xFF));
    };
    for (const auto &[name, data] : members) {
        const quint32 offset = quint32(out.size()), crc = crc32(data);
        put(&out, 0x04034b50, 4);
        put(&out, 20, 2);
        put(&out, 0, 2); // flags
        put(&out, 0, 2); // stored
        put(&out, 0, 4); // time and date
        put(&out, crc, 4);
        put(&out, quint32(data.size()), 4);
        put(&out, quint32(data.size()), 4);
        put(&out, quint32(name.size()), 2);
        put(&out, 0, 2);
        out += name + data;
        put(&directory, 0x02014b50, 4);
        put(&directory, 20, 2);
        put(&directory, 20, 2);
        put(&directory, 0, 2);
        put(&directory, 0, 2);
        put(&directory, 0, 4);
        put(&directory, crc, 4);
        put(&directory, quint32(data.size()), 4);
        put(&directory, quint32(data.size()), 4);
        put(&directory, quint32(name.size()), 2);
        put(&directory, 0, 2); // extra
        put(&directory, 0, 2); // comment
        put(&directory, 0, 2); // disk
        put(&directory, 0, 2); // internal attributes
        put(&directory, 0, 4); // external attributes
        put(&directory, offset, 4);
        directory += name;
    }
    const quint32 at = quint32(out.size());
    out += directory;
    put(&out, 0x06054b50, 4);
    put(&out, 0, 4); // disks
    put(&out, quint32(members.size()), 2);
    put(&out, quint32(members.size()), 2);
    put(&out, quint32(directory.size()), 4);
    put(&out, at, 4);
    put(&out, 0, 2);
    return out;
}

// A one-sheet .xlsx whose sheet has `sheetData` as its cells.
QByteArray workbookWith(const QByteArray &sheetData)
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    return storedZip({
        {"[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/"
                                       "2006/content-types\"/>"},
        {"_rels/.rels", head +
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                            "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" +
                            rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", head + "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel +
                                "\"><sheets><sheet name=\"Staff\" sheetId=\"1\" r:id=\"rId1\"/>"
                                "</sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         head +
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\"><Relationship Id=\"rId1\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
             "Type=\"" +
             rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/sharedStrings.xml", head + "<sst xmlns=\"" + ns +
                                     "\"><si><t>Extension number</t></si><si><t>DID "
                                     "numbers</t></si><si><t>4700</t></si></sst>"},
        {"xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"" + ns + "\"><sheetData>" +
                                         sheetData + "</sheetData></worksheet>"},
    });
}

// Both parsers' events as one text: "[name=value]" attributes, "<name>", "</name>", "'text'".
struct Recorder {
    std::string events;
    void attribute(std::string_view name, std::string_view value, bool)
    {
        events += '[' + std::string(name) + '=' + std::string(value) + ']';
    }
    void start(std::string_view name) { events += '<' + std::string(name) + '>'; }
    void end(std::string_view name) { events += "</" + std::string(name) + '>'; }
    void characters(std::string_view text) { events += '\'' + std::string(text) + '\''; }
};

struct OrcusRecorder : orcus::sax_handler {
    Recorder r;
    std::string pending; // attributes until their element starts
    void attribute(const orcus::sax::parser_attribute &a)
    {
        pending += '[' + std::string(a.name) + '=' + std::string(a.value) + ']';
    }
    // liborcus gives the XML declaration's version, encoding and standalone as attributes;
    // fastxml skips the declaration, as the workbook reader does not look at it.
    void end_declaration(std::string_view) { pending.clear(); }
    void start_element(const orcus::sax::parser_element &e)
    {
        r.events += pending;
        pending.clear();
        r.start(e.name);
    }
    void end_element(const orcus::sax::parser_element &e) { r.end(e.name); }
    void characters(std::string_view text, bool) { r.characters(text); }
};

std::string viaOrcus(const std::string &xml)
{
    OrcusRecorder h;
    orcus::sax_parser<OrcusRecorder> parser(xml.data(), xml.size(), h);
    parser.parse();
    return h.r.events;
}

} // namespace

class TstFastXml : public QObject {
    Q_OBJECT
private slots:
    // What a worksheet, shared strings and the workbook parts look like, as Excel, LibreOffice
    // and other writers spell them: fastxml reads them, with liborcus's events.
    void sameEventsAsOrcus_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("sheet") << QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
            "<dimension ref=\"A1:B2\"/><sheetData><row r=\"1\" spans=\"1:2\" "
            "x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\">"
            "<v>12094555949</v></c></row></sheetData></worksheet>");
        QTest::newRow("prefixed names, single quotes, spaces") << QStringLiteral(
            "<x:worksheet xmlns:x='urn:x'>\n  <x:sheetData >\n    <x:row r = '2' >"
            "<x:c r='A2' t='inlineStr'><x:is><x:t xml:space='preserve'>  two  </x:t></x:is>"
            "</x:c></x:row>\n  </x:sheetData>\n</x:worksheet>\n");
        QTest::newRow("entities in text and attributes") << QStringLiteral(
            "<sst><si><t>O&apos;Brien &amp; M&#252;ller &lt;Sales&gt; &#x1F600; &quot;x&quot;</t>"
            "</si><si><r><t>A</t></r><r><t xml:space=\"preserve\"> B</t></r><rPh><t>ph</t></rPh>"
            "</si></sst>");
        QTest::newRow("attribute entity")
            << QStringLiteral("<Relationships><Relationship Id=\"rId1\" Target=\"a&amp;b.xml\" "
                              "Type=\"x\"/></Relationships>");
        QTest::newRow("utf-8 and line breaks") << QStringLiteral(
            "<sst count=\"1\"><si><t>Zoë\nŁukasz\r\nÓ Súilleabháin</t></si></sst>");
        QTest::newRow("byte order mark") << QStringLiteral("\xFEFF<a><b/></a>");
    }
    void sameEventsAsOrcus()
    {
        QFETCH(QString, xml);
        const std::string bytes = xml.toStdString();
        Recorder fast;
        QVERIFY2(fastxml::scan(bytes, fast), "fastxml gave up on XML it should read");
        QCOMPARE(QString::fromStdString(fast.events), QString::fromStdString(viaOrcus(bytes)));
    }

    // What fastxml does not know: it gives up (the caller parses with liborcus), never guesses.
    void givesUp_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("comment") << QByteArray("<a><!-- c --><b/></a>");
        QTest::newRow("CDATA") << QByteArray("<a><t><![CDATA[x<y]]></t></a>");
        QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE a><a/>");
        QTest::newRow("processing instruction") << QByteArray("<a><?pi x?></a>");
        QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>");
        QTest::newRow("bad character reference") << QByteArray("<a>&#xD800;</a>");
        QTest::newRow("mismatched tags") << QByteArray("<a><b></a></b>");
        QTest::newRow("unclosed") << QByteArray("<a><b></b>");
        QTest::newRow("two roots") << QByteArray("<a/><b/>");
        QTest::newRow("text outside the root") << QByteArray("x<a/>");
        QTest::newRow("attribute without quotes") << QByteArray("<a b=1/>");
        QTest::newRow("attribute without separation") << QByteArray("<a b='1'c='2'/>");
        QTest::newRow("< in a value") << QByteArray("<a b='<'/>");
        QTest::newRow("cut short") << QByteArray("<a><b r=\"1");
        QTest::newRow("empty") << QByteArray("");
    }
    void givesUp()
    {
        QFETCH(QByteArray, xml);
        Recorder fast;
        QVERIFY(!fastxml::scan(std::string_view(xml.constData(), size_t(xml.size())), fast));
    }

    // A sheet fastxml gives up on is read by liborcus into the same records: the sheet's
    // handler gets the same attributes (of <row> and <c>, in any order, an entity in a value,
    // a cell or row without r) and text on both paths.
    void sheetGivenUpReadsTheSame()
    {
        const QByteArray cells =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>"
            "Name</t></is></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"str\"><v>Product"
            "</v></c></row>"
            "<row r=\"2\" spans=\"1:3\"><c t=\"s\" s=\"0\" r=\"A2\"><v>2</v></c><c><v>4701</v>"
            "</c><c r=\"C&#x32;\" t=\"b\"><v>1</v></c><c t=\"str\"><v>Cloud PBX</v></c></row>"
            "<row><c r=\"A3\" t=\"str\"><v>a &amp; b</v></c><c r=\"C3\"><v>12094555957</v></c>"
            "</row>";
        const QByteArray comment = "<!-- fastxml gives up on a comment -->";
        Recorder probe;
        QVERIFY(fastxml::scan(std::string_view(cells.constData(), size_t(cells.size())), probe) ==
                false); // several roots: only the sheet below is a document
        const QByteArray plainSheet = "<worksheet><sheetData>" + cells + "</sheetData></worksheet>";
        const QByteArray givenUpSheet =
            "<worksheet><sheetData>" + comment + cells + "</sheetData></worksheet>";
        Recorder a, b;
        QVERIFY(
            fastxml::scan(std::string_view(plainSheet.constData(), size_t(plainSheet.size())), a));
        QVERIFY(!fastxml::scan(
            std::string_view(givenUpSheet.constData(), size_t(givenUpSheet.size())), b));

        const ReadResult fast = CsvReader::readBytes(workbookWith(cells), QStringLiteral("a.xlsx"));
        const ReadResult slow =
            CsvReader::readBytes(workbookWith(comment + cells), QStringLiteral("b.xlsx"));
        QVERIFY2(
            fast.fileErrors.isEmpty(),
            qPrintable(fast.fileErrors.isEmpty() ? QString() : fast.fileErrors.first().message));
        QVERIFY(slow.fileErrors.isEmpty());
        const QStringList header{QStringLiteral("Extension number"), QStringLiteral("Name"),
                                 QStringLiteral("DID numbers"), QStringLiteral("Product")};
        QCOMPARE(fast.header, header);
        QCOMPARE(slow.header, header);
        QCOMPARE(fast.records.size(), 2);
        QCOMPARE(slow.records.size(), 2);
        const QStringList second{QStringLiteral("4700"), QStringLiteral("4701"),
                                 QStringLiteral("TRUE"), QStringLiteral("Cloud PBX")};
        const QStringList third{QStringLiteral("a & b"), QString(), QStringLiteral("12094555957"),
                                QString()};
        for (const ReadResult *r : {&fast, &slow}) {
            QCOMPARE(r->records.at(0).row, 2);
            QCOMPARE(r->records.at(0).fields, second);
            QCOMPARE(r->records.at(1).row, 3);
            QCOMPARE(r->records.at(1).fields, third);
        }
    }

    // Streamed cells give the CSV the grid gives: rows padded to the widest, gaps as empty
    // fields, quoting, shared strings.
    void streamedEqualsGrid()
    {
        const std::vector<std::string> shared{"Núñez, José", "say \"hi\"", "plain"};
        auto fill = [&](workbook::SheetCells *c) {
            c->set(0, 0, "Extension number");
            c->set(0, 1, "Name");
            c->set(0, 3, "Product");
            c->set(1, 0, "4701");
            c->setShared(1, 1, 0);
            c->set(1, 4, "two\nlines");
            c->setShared(3, 2, 1); // row 3 (0-based) after an empty row 2
            c->setShared(4, 0, 2);
            c->setShared(4, 1, -2); // an index that was not one of the strings: empty
        };
        workbook::SheetCells streamed(&shared);
        workbook::SheetCells grid(&shared, workbook::SheetCells::Mode::Grid);
        fill(&streamed);
        fill(&grid);
        QVERIFY(!streamed.needsGrid());
        const QByteArray expected = "Extension number,Name,,Product,\r\n"
                                    "4701,\"Núñez, José\",,,\"two\nlines\"\r\n"
                                    ",,,,\r\n"
                                    ",,\"say \"\"hi\"\"\",,\r\n"
                                    "plain,,,,\r\n";
        QCOMPARE(grid.toCsv(), expected);
        QCOMPARE(streamed.toCsv(), expected);
    }

    void outOfOrderAsksForTheGrid()
    {
        const std::vector<std::string> shared{"a"};
        workbook::SheetCells backwards(&shared);
        backwards.set(1, 0, "x");
        backwards.set(0, 0, "y"); // a row before the last one
        QVERIFY(backwards.needsGrid());
        workbook::SheetCells sameCell(&shared);
        sameCell.set(0, 1, "x");
        sameCell.set(0, 1, "y");
        QVERIFY(sameCell.needsGrid());
        workbook::SheetCells unknownString(&shared);
        unknownString.setShared(0, 0, 5); // shared strings after the sheet
        QVERIFY(unknownString.needsGrid());
        workbook::SheetCells grid(&shared, workbook::SheetCells::Mode::Grid);
        grid.set(1, 0, "x");
        grid.set(0, 0, "y");
        QVERIFY(!grid.needsGrid());
        QCOMPARE(grid.toCsv(), QByteArray("y\r\nx\r\n"));
    }
};

QTEST_GUILESS_MAIN(TstFastXml)
#include "tst_fastxml.moc"
