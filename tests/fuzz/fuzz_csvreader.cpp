// libFuzzer target: arbitrary bytes through the CSV reader (every encoding and delimiter path,
// header mapping by name and by position; bytes that start like a ZIP archive or an OLE2 file
// through the workbook readers: the ZIP reader, the .xlsx parts, liborcus's .ods import) and the
// import planner over a fixed customer. The first byte chooses the options; the rest is the file.
// The planner also runs batch by batch, as the one-pass import uses it, and must agree with
// planning the whole file.
#include "domain/csvcolumns.h"
#include "domain/customersnapshot.h"
#include "import/csvreader.h"
#include "import/importplanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

using namespace ad;

static CustomerSnapshot makeSnapshot()
{
    CustomerSnapshot s;
    s.iCustomer = 46170;
    s.name = QStringLiteral("ABC Company");
    s.currency = QStringLiteral("USD");
    s.timeZone = QStringLiteral("America/Los_Angeles");
    const ProductInfo pbx{1, QStringLiteral("Cloud PBX"), true, 1000, QStringLiteral("USD")};
    const ProductInfo aa{2, QStringLiteral("Auto attendant"), true, 600, QStringLiteral("USD")};
    const ProductInfo rec{3, QStringLiteral("Call recording"), false, 400, QStringLiteral("USD")};
    const ProductInfo line{4, QStringLiteral("Phone line"), true, 600, QStringLiteral("USD")};
    for (const ProductInfo &p : {pbx, aa, rec, line}) {
        s.productsById.insert(p.id, p);
        s.productsByFoldedName.insert(p.name.toCaseFolded(), p);
    }
    s.agreement.insert(1, AgreementUsage{std::nullopt, 1});
    s.agreement.insert(2, AgreementUsage{3, 1});
    s.agreement.insert(3, AgreementUsage{std::nullopt, 0});
    s.extensionNumbers = {QStringLiteral("4665")};
    s.huntGroupNumbers = {QStringLiteral("200"), QStringLiteral("201")};
    s.takenAccountIds = {QStringLiteral("ph46170x4665"), QStringLiteral("ph46170x5000")};
    s.dids.insert(QStringLiteral("12094555948"), 7);
    for (qint64 n = 12094555949; n <= 12094555960; ++n)
        s.dids.insert(QString::number(n), 0);
    s.huntGroupsByFoldedName.insert(QStringLiteral("sales"),
                                    HuntGroupRef{1, QStringLiteral("Sales"), 0});
    s.huntGroupsByFoldedName.insert(QStringLiteral("support"),
                                    HuntGroupRef{2, QStringLiteral("Support"), 3});
    s.monthlyCharges = 1600;
    return s;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CustomerSnapshot snapshot = makeSnapshot();
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    csv::ReadOptions options;
    static const char *encodings[] = {
        "", "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "ISO-8859-1", "nonsense", ""};
    options.encoding = QString::fromLatin1(encodings[mode & 7]);
    static const char delimiters[] = {0, ',', ';', '\t', '|', 0, 0, 0};
    if (delimiters[(mode >> 3) & 7])
        options.delimiter = QLatin1Char(delimiters[(mode >> 3) & 7]);
    if (mode & 0x40)
        options.mapping = QList<csv::Field>{csv::Field::Product, csv::Field::ExtensionNumber,
                                            csv::Field::Dids,    csv::Field::Name,
                                            csv::Field::Ignored, csv::Field::Huntgroup};
    // The header options: found (default), a given row, or none (template order).
    if ((mode & 0x80) && (mode & 0x40))
        options.hasHeader = false;
    else if (mode & 0x80)
        options.headerRow = 1 + (mode & 3);
    options.maxRows = 5000;
    // A workbook's sheet by name (other capitals than the sheet's), for some inputs.
    if (bytes.size() % 3 == 1)
        options.sheet = QStringLiteral("extensions");
    const csv::ReadResult read =
        csv::CsvReader::readBytes(bytes, QStringLiteral("fuzz.csv"), options);
    // Invariants: rows increase, every record has the header's width, problems have codes.
    int last = read.headerRow;
    for (const csv::Record &r : read.records) {
        if (r.row <= last || r.fields.size() != read.header.size())
            abort();
        last = r.row;
    }
    for (const Problem &p : read.fileErrors)
        if (p.code.isEmpty() || p.message.isEmpty())
            abort();
    const ImportPlan plan = ImportPlanner::plan(snapshot, read, PlanOptions{(mode & 0x80) != 0});
    if (plan.accounts.size() + plan.rowsWithErrors.size() > read.records.size())
        abort();
    for (const PlannedAccount &a : plan.accounts)
        if (!a.accountId.startsWith(QLatin1String("ph46170x")) || a.productId == 0)
            abort();
    for (const QuotaLine &q : plan.quota)
        if (q.quantity && q.inUse + q.adding > *q.quantity)
            abort();
    // Planned in batches as the CLI's one-pass import does (it writes each batch's accounts
    // before the next is planned): an account once planned stays as it was, and the end result
    // is the same as planning the whole file at once.
    if (read.fileErrors.isEmpty() && !read.cancelled) {
        ImportPlanner planner(snapshot, PlanOptions{(mode & 0x80) != 0});
        planner.begin(read);
        const int step = 1 + (mode & 3);
        QList<PlannedAccount> handedOver;
        for (int i = 0; i < read.records.size(); i += step) {
            planner.add(read.records.mid(i, step));
            const QList<PlannedAccount> &soFar = planner.plannedSoFar();
            if (soFar.size() < handedOver.size())
                abort();
            for (int k = 0; k < handedOver.size(); ++k)
                if (soFar.at(k).row != handedOver.at(k).row ||
                    soFar.at(k).accountId != handedOver.at(k).accountId)
                    abort();
            handedOver = soFar;
        }
        const ImportPlan batched = planner.finish(read);
        if (batched.accounts.size() != plan.accounts.size() ||
            batched.errors.size() != plan.errors.size())
            abort();
        for (int k = 0; k < plan.accounts.size(); ++k)
            if (batched.accounts.at(k).accountId != plan.accounts.at(k).accountId)
                abort();
        for (int k = 0; k < plan.errors.size(); ++k)
            if (batched.errors.at(k).row != plan.errors.at(k).row ||
                batched.errors.at(k).code != plan.errors.at(k).code)
                abort();
    }
    return 0;
}
