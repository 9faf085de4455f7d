// The .xlsx fast path: fastxml gives the events liborcus's SAX parser gives, or gives up (and
// the reader parses with liborcus); SheetCells streams in-order cells to the same CSV a grid
// gives, and asks for the grid when cells come out of order.
#include "import/fastxml.h"
#include "import/sheetcells.h"

#include <QTest>

#include <orcus/sax_parser.hpp>

#include <string>

using namespace ad::csv;

namespace {

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
