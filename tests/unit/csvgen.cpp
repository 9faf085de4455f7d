#include "csvgen.h"

#include <QFile>

namespace ad::test {

GeneratedFile generateExtensionsCsv(const QString &path, int rows, int firstExtension)
{
    static const char *first[] = {"José",    "Zoë",   "Łukasz", "Anna",  "Mehmet",
                                  "Siobhán", "Ngozi", "Björn",  "Chloé", "Dmytro"};
    static const char *last[] = {"Núñez",          "O'Brien", "Müller", "Kowalski", "Yılmaz",
                                 "Ó Súilleabháin", "Okafor",  "Öberg",  "Dupont",   "Shevchenko"};
    static const char *zones[] = {
        "", "Europe/Kyiv", "America/New_York", "Asia/Tokyo", "Europe/Berlin", "", "Africa/Accra"};
    static const char *groups[] = {"Sales", "Support", "sales"};
    GeneratedFile g;
    g.path = path;
    g.rows = rows;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return g;
    QByteArray out = "Extension number,Name,DID numbers,Published,Email for "
                     "notifications,Timezone,Product,Huntgroup\r\n";
    const qint64 firstDid = 15550000000LL;
    for (int i = 0; i < rows; ++i) {
        const int ext = firstExtension + i;
        QByteArray name = QByteArray(last[i % 10]) + ", " + first[(i / 10) % 10];
        if (i % 97 == 0)
            name += " \"Jr\"";
        name.replace("\"", "\"\"");
        QByteArray did;
        if (i % 5 == 0) {
            did = QByteArray::number(firstDid + g.withDids);
            ++g.withDids;
        }
        const QByteArray email = (i % 3 == 0)
                                     ? QByteArray("user") + QByteArray::number(ext) + "@abc.example"
                                     : QByteArray();
        const QByteArray group = (i % 3 == 1) ? QByteArray(groups[i % 3]) : QByteArray();
        out += QByteArray::number(ext) + ",\"" + name + "\"," + did + "," + (i % 2 ? "Y" : "N") +
               "," + email + "," + zones[i % 7] + ",Cloud PBX," + group + "\r\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            g.bytes += out.size();
            out.clear();
        }
    }
    f.write(out);
    g.bytes += out.size();
    for (qint64 a = 0; a < g.withDids; a += 10000) {
        const qint64 b = qMin<qint64>(g.withDids - 1, a + 9999);
        g.didRanges << QStringLiteral("%1..%2").arg(firstDid + a).arg(firstDid + b);
    }
    return g;
}

} // namespace ad::test
