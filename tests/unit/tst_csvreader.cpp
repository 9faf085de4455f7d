// The CSV reader: encodings, delimiters, RFC 4180 quoting, row numbers, blank rows, header
// mapping, limits. Pure: no database.
#include "import/csvreader.h"
#include "import/sheetcells.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <thread>

using namespace ad;
using namespace ad::csv;

static const QByteArray kHeader = "Extension number,Name,DID numbers,Published,Email for "
                                  "notifications,Timezone,Product,Huntgroup";

class TstCsvReader : public QObject {
    Q_OBJECT
private slots:
    void template_() { QCOMPARE(templateLine(), QString::fromLatin1(kHeader)); }

    void utf8WithAndWithoutBom()
    {
        const QByteArray body = kHeader + "\n4670,Emil Jørgensen,,,,,Cloud PBX,\n";
        ReadResult r = CsvReader::readBytes(body, QStringLiteral("a.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("Emil Jørgensen"));
        r = CsvReader::readBytes("\xEF\xBB\xBF" + body, QStringLiteral("a.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(r.columns.first(),
                 Field::ExtensionNumber); // the BOM is not part of the first header
        QVERIFY(r.warnings.isEmpty());
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("LE") << false;
        QTest::newRow("BE") << true;
    }
    void utf16WithBom()
    {
        QFETCH(bool, bigEndian);
        const QString text =
            QString::fromLatin1(kHeader) + QStringLiteral("\r\n4670,Lucía,,,,,Cloud PBX,\r\n");
        QStringEncoder enc(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                           QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = enc.encode(text);
        const ReadResult r = CsvReader::readBytes(bytes, QStringLiteral("u16.csv"));
        QVERIFY2(r.ok(), r.fileErrors.isEmpty() ? "" : qPrintable(r.fileErrors.first().message));
        QCOMPARE(r.encoding, bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE"));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("Lucía"));
    }

    void windows1252Fallback()
    {
        // "Pérez – €" in Windows-1252: é = E9, en dash = 96, euro = 80.
        const QByteArray body = kHeader + "\n4670,P\xE9rez \x96 \x80,,,,,Cloud PBX,\n";
        ReadResult r = CsvReader::readBytes(body, QStringLiteral("w.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("Pérez – €"));
        QCOMPARE(r.warnings.first().code, QStringLiteral("encoding_fallback"));
        // The user can override: read as ISO-8859-1 (no warning, 0x96 stays a control char).
        ReadOptions o;
        o.encoding = QStringLiteral("ISO-8859-1");
        r = CsvReader::readBytes(body, QStringLiteral("w.csv"), o);
        QCOMPARE(r.encoding, QStringLiteral("ISO-8859-1"));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.records.first().fields.at(1).at(1), QChar(0xE9));
        // Forcing UTF-8 on valid UTF-8 keeps it; an unknown name is an error.
        o.encoding = QStringLiteral("klingon");
        r = CsvReader::readBytes(body, QStringLiteral("w.csv"), o);
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("encoding_unknown"));
    }

    void fallbackAfterTheFirstChunk()
    {
        // Invalid UTF-8 only after 2 MB: the reader starts again as Windows-1252.
        QByteArray body = kHeader + "\n";
        int n = 0;
        while (body.size() < 2500000)
            body += QByteArray::number(1000 + n++) + ",Name,,,,,Cloud PBX,\n";
        body += "999999,Andr\xE9,,,,,Cloud PBX,\n";
        const ReadResult r = CsvReader::readBytes(body, QStringLiteral("big.csv"));
        QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(r.records.size(), n + 1);
        QCOMPARE(r.records.last().fields.at(1), QString::fromUtf8("André"));
        // The warning names the first row that is not UTF-8 (the header is row 1).
        QCOMPARE(r.warnings.first().code, QStringLiteral("encoding_fallback"));
        QCOMPARE(r.warnings.first().row, n + 2);
        QVERIFY(r.warnings.first().message.contains(QString::number(n + 2)));
    }

    // An encoding the user chose that does not decode the file is refused with the first row
    // that fails — never stored with replacement characters ("M\uFFFDller").
    void forcedEncodingThatFails()
    {
        const QByteArray body =
            kHeader + "\n4670,Ada,,,,,Cloud PBX,\n4671,M\xFCller,,,,,Cloud PBX,\n";
        ReadOptions o;
        o.encoding = QStringLiteral("UTF-8");
        ReadResult r = CsvReader::readBytes(body, QStringLiteral("w.csv"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("encoding_invalid"));
        QCOMPARE(r.fileErrors.first().row, 3);
        QVERIFY(r.fileErrors.first().message.contains(QStringLiteral("row 3")));
        for (const Record &rec : r.records)
            for (const QString &f : rec.fields)
                QVERIFY(!f.contains(QChar(0xFFFD)));
        // A UTF-8 BOM with Windows-1252 bytes behind it is the same mistake.
        r = CsvReader::readBytes("\xEF\xBB\xBF" + body, QStringLiteral("bom.csv"));
        QCOMPARE(r.fileErrors.value(0).code, QStringLiteral("encoding_invalid"));
        // Valid UTF-8 forced as UTF-8 reads fine.
        r = CsvReader::readBytes(kHeader + "\n4670,M\xC3\xBCller,,,,,Cloud PBX,\n",
                                 QStringLiteral("u.csv"), o);
        QVERIFY(r.ok());
        QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("Müller"));
    }

    // A FIFO (or a pipe, or "-" for standard input) has no size and cannot be read twice: it
    // used to be reported as "empty".
    void fromAFifo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const QByteArray body =
            kHeader + "\n4670,Andr\xE9,,,,,Cloud PBX,\n4671,Bo,,,,,Cloud PBX,\n";
        std::thread writer([&] {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(body);
        });
        const ReadResult r = CsvReader::readFile(path);
        writer.join();
        QVERIFY(r.ok());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.encoding, QStringLiteral("Windows-1252")); // read again from memory
        QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("André"));
    }

    void macRoman()
    {
        // "Müller – Café" in Mac Roman: ü = 9F, en dash = D0, é = 8E.
        const QByteArray body = kHeader + "\n4670,M\x9Fller \xD0 Caf\x8E,,,,,Cloud PBX,\n";
        ReadOptions o;
        for (const char *name : {"macintosh", "MacRoman", "mac-roman"}) {
            o.encoding = QString::fromLatin1(name);
            const ReadResult r = CsvReader::readBytes(body, QStringLiteral("m.csv"), o);
            QVERIFY2(r.ok(), name);
            QCOMPARE(r.encoding, QStringLiteral("macintosh"));
            QCOMPARE(r.records.first().fields.at(1), QString::fromUtf8("Müller – Café"));
        }
        QVERIFY(CsvReader::knownEncodings().contains(QStringLiteral("macintosh")));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("sep");
        QTest::newRow("comma") << QByteArray(",");
        QTest::newRow("semicolon") << QByteArray(";");
        QTest::newRow("tab") << QByteArray("\t");
        QTest::newRow("pipe") << QByteArray("|");
    }
    void delimiters()
    {
        QFETCH(QByteArray, sep);
        QByteArray header = kHeader;
        header.replace(",", sep);
        // Names with commas (quoted when comma is the delimiter) must not fool the detection.
        const QByteArray name = sep == "," ? QByteArray("\"Doe, John\"") : QByteArray("Doe, John");
        const QByteArray row = "4670" + sep + name + sep + "12094555949,12094555950" + sep + "Y" +
                               sep + sep + sep + "Cloud PBX" + sep + "Sales";
        const QByteArray body =
            header + "\n" +
            (sep == ","
                 ? QByteArray("4670,\"Doe, John\",\"12094555949,12094555950\",Y,,,Cloud PBX,Sales")
                 : row) +
            "\n";
        ReadResult r = CsvReader::readBytes(body, QStringLiteral("d.csv"));
        QVERIFY(r.ok());
        QCOMPARE(QByteArray(1, r.delimiter.toLatin1()), sep);
        QCOMPARE(r.records.first().fields.at(1), QStringLiteral("Doe, John"));
        QCOMPARE(r.records.first().fields.at(7), QStringLiteral("Sales"));
        // Override: reading with the wrong delimiter finds no header.
        ReadOptions o;
        o.delimiter = sep == "|" ? QLatin1Char(';') : QLatin1Char('|');
        r = CsvReader::readBytes(body, QStringLiteral("d.csv"), o);
        QVERIFY(!r.delimiterDetected);
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("header_missing_column"));
    }

    void quotingAndLineEndings_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }
    void quotingAndLineEndings()
    {
        QFETCH(QByteArray, eol);
        QByteArray body = kHeader + eol;
        body += "4670,\"Lucía \"\"Lu\"\" Fernández, PhD\",,,,,Cloud PBX," + eol; // row 2
        body += eol;                                                             // row 3 blank
        body += ",,, ,," + eol; // row 4 blank (delimiters, spaces)
        body += "4671,\"Two" + eol + "lines\",,,,,Cloud PBX," + eol; // row 5 (spans two lines)
        body += "  4672  , spaced ,,,,,Cloud PBX,";                  // row 6, no final newline
        const ReadResult r = CsvReader::readBytes(body, QStringLiteral("q.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).row, 2);
        QCOMPARE(r.records.at(0).fields.at(1), QString::fromUtf8("Lucía \"Lu\" Fernández, PhD"));
        QCOMPARE(r.records.at(1).row, 5);
        QCOMPARE(r.records.at(1).fields.at(1),
                 QStringLiteral("Two") + QString::fromLatin1(eol == "\r\n" ? "\r\n" : eol) +
                     QStringLiteral("lines"));
        QCOMPARE(r.records.at(2).row, 6);
        QCOMPARE(r.records.at(2).fields.at(0), QStringLiteral("4672"));
        QCOMPARE(r.records.at(2).fields.at(1), QStringLiteral("spaced"));
    }

    void malformedRows()
    {
        QByteArray body = kHeader + "\n";
        body += "4670,Short\n";                       // row 2: fewer fields -> padded
        body += "4671,A,,,,,Cloud PBX,Sales,extra\n"; // row 3: extra non-empty -> malformed
        body += "4672,B,,,,,Cloud PBX,Sales,,,\n";    // row 4: extra empty fields -> fine
        body +=
            "4673,\"never closed,,,,,Cloud PBX,\n4674,C,,,,,Cloud PBX,\n"; // row 5: unterminated
        const ReadResult r = CsvReader::readBytes(body, QStringLiteral("m.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(0).fields.size(), 8);
        QVERIFY(r.records.at(0).malformed.isEmpty());
        QVERIFY(!r.records.at(1).malformed.isEmpty());
        QVERIFY(r.records.at(2).malformed.isEmpty());
        QCOMPARE(r.records.at(3).row, 5);
        QVERIFY(r.records.at(3).malformed.contains(QLatin1String("row 5")));
    }

    void headerMapping()
    {
        ReadResult r = CsvReader::readBytes(
            "EXTENSION (mandatory),Department,product*,e-mail\n1,Sales,Cloud PBX,a@b.c\n",
            QStringLiteral("h.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.columns, (QList<Field>{Field::ExtensionNumber, Field::Ignored, Field::Product,
                                          Field::Email}));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().code, QStringLiteral("column_ignored"));
        r = CsvReader::readBytes("Extension,Name\n1,A\n", QStringLiteral("h.csv"));
        QCOMPARE(r.fileErrors.size(), 1);
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("header_missing_column"));
        QCOMPARE(r.fileErrors.first().field, QStringLiteral("Product"));
        r = CsvReader::readBytes("Extension,Product,Ext\n1,A,2\n", QStringLiteral("h.csv"));
        QCOMPARE(r.fileErrors.first().code, QStringLiteral("header_duplicate_column"));
        // Mapping by position for headers nobody recognises.
        ReadOptions o;
        o.mapping = QList<Field>{Field::Name, Field::ExtensionNumber, Field::Product};
        r = CsvReader::readBytes("Nom,Poste,Offre\nAnne,4670,Cloud PBX\n", QStringLiteral("fr.csv"),
                                 o);
        QVERIFY(r.ok());
        QCOMPARE(r.columnOf(Field::ExtensionNumber), 1);
        QCOMPARE(r.records.first().fields.at(r.columnOf(Field::ExtensionNumber)),
                 QStringLiteral("4670"));
    }

    void fileErrors()
    {
        QCOMPARE(
            CsvReader::readBytes(QByteArray(), QStringLiteral("e.csv")).fileErrors.first().code,
            QStringLiteral("file_empty"));
        QCOMPARE(
            CsvReader::readBytes("\xEF\xBB\xBF", QStringLiteral("e.csv")).fileErrors.first().code,
            QStringLiteral("file_empty"));
        QCOMPARE(CsvReader::readBytes("\n\n,,\n", QStringLiteral("e.csv")).fileErrors.first().code,
                 QStringLiteral("file_empty"));
        QCOMPARE(
            CsvReader::readBytes(kHeader + "\n", QStringLiteral("e.csv")).fileErrors.first().code,
            QStringLiteral("file_empty"));
        QCOMPARE(CsvReader::readFile(QStringLiteral("/nonexistent.csv")).fileErrors.first().code,
                 QStringLiteral("file_unreadable"));
        QCOMPARE(CsvReader::readFile(QStringLiteral("/tmp")).fileErrors.first().code,
                 QStringLiteral("file_unreadable"));
        ReadOptions o;
        o.maxRows = 3;
        QByteArray body = kHeader + "\n1,,,,,,P,\n2,,,,,,P,\n\n3,,,,,,P,\n";
        QVERIFY(CsvReader::readBytes(body, QStringLiteral("s.csv"), o).ok());
        body += "4,,,,,,P,\n";
        QCOMPARE(CsvReader::readBytes(body, QStringLiteral("s.csv"), o).fileErrors.first().code,
                 QStringLiteral("file_too_large"));
    }

    void formulaGuardStripped()
    {
        const ReadResult r = CsvReader::readBytes(
            kHeader + "\n4670,'=HYPERLINK(x),,,,,Cloud PBX,\n4671,'Quote,,,,,Cloud PBX,\n",
            QStringLiteral("f.csv"));
        QCOMPARE(r.records.at(0).fields.at(1), QStringLiteral("=HYPERLINK(x)"));
        QCOMPARE(r.records.at(1).fields.at(1), QStringLiteral("'Quote"));
    }

    void progressAndCancel()
    {
        QByteArray body = kHeader + "\n";
        for (int i = 0; i < 50000; ++i)
            body += QByteArray::number(10000 + i) + ",Name,,,,,Cloud PBX,\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
        f.close();
        ReadOptions o;
        int calls = 0;
        o.progress = [&](qint64, qint64) { return ++calls < 1; };
        const ReadResult r = CsvReader::readFile(path, o);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        o.progress = {};
        QCOMPARE(CsvReader::readFile(path, o).records.size(), 50000);
    }

    // A workbook's serial dates as ISO text: the epochs, Excel's 29 February 1900, a time that
    // rounds up to the next day, and which number formats are dates.
    void serialDates()
    {
        using namespace ad::csv::workbook;
        QCOMPARE(serialDateText(45627, DateKind::Date, false), std::string("2024-12-01"));
        QCOMPARE(serialDateText(44165, DateKind::Date, true), std::string("2024-12-01"));
        QCOMPARE(serialDateText(1, DateKind::Date, false), std::string("1900-01-01"));
        QCOMPARE(serialDateText(61, DateKind::Date, false), std::string("1900-03-01"));
        QCOMPARE(serialDateText(45627.999999999, DateKind::DateTime, false),
                 std::string("2024-12-02 00:00:00"));
        QCOMPARE(serialDateText(0.5, DateKind::Time, false), std::string("12:00:00"));
        QCOMPARE(dateKindOf(14, {}), DateKind::Date);
        QCOMPARE(dateKindOf(22, {}), DateKind::DateTime);
        QCOMPARE(dateKindOf(2, {}), DateKind::None);
        QCOMPARE(dateKindOf(164, "yyyy-mm-dd"), DateKind::Date);
        QCOMPARE(dateKindOf(164, "[h]:mm:ss"), DateKind::Time);
        QCOMPARE(dateKindOf(164, "#,##0.00\\ \"days\""), DateKind::None);
        QCOMPARE(dateKindOf(164, "[Red]0.00"), DateKind::None);
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
