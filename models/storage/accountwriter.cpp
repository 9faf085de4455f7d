// AccountWriter's entry points: write() in chunks with progress and cancellation, and begin(),
// add() and finish(), which hand each step to the engine's path (accountwritersqlite.cpp,
// accountwriterpostgres.cpp).
#include "storage/accountwriter.h"

#include "domain/logging.h"
#include "domain/refusals.h"
#include "storage/accountwritersession.h"
#include "storage/database.h"
#include "storage/plannedrows.h"

#include <QCoreApplication>

namespace ad {

namespace {

Status cancelled()
{
    return refused(refusal::cancelled());
}
} // namespace

Status writer::staleDid(const QString &did)
{
    return Status::refused(
        QStringLiteral("did_in_use"),
        QCoreApplication::translate(
            "ad::AccountWriter",
            "DID %1 was assigned by someone else in the meantime; nothing was written.")
            .arg(did));
}

AccountWriter::AccountWriter(Database &db) : m_db(db) {}
AccountWriter::~AccountWriter() = default;

Status AccountWriter::write(qint64 c, const QList<PlannedAccount> &accounts, qint64 iAudit,
                            const Progress &progress)
{
    Status st = begin(c, iAudit);
    if (!st.ok())
        return st;
    // Progress and cancellation between chunks; PostgreSQL pays a round trip per chunk.
    const int chunk = m_db.isPostgres() ? 10000 : 5000;
    const int total = accounts.size();
    for (int from = 0; from < total; from += chunk) {
        const int to = qMin(total, from + chunk);
        st = add(accounts, from, to);
        if (!st.ok())
            return st;
        if (progress && !progress(to, total)) {
            d.reset();
            return cancelled();
        }
    }
    return finish();
}

Status AccountWriter::begin(qint64 c, qint64 iAudit)
{
    d = std::make_unique<Session>();
    d->c = c;
    d->iAudit = iAudit;
    if (m_db.isPostgres()) {
        d->nowText = Database::nowUtc();
        return {};
    }
    return beginSqlite();
}

Status AccountWriter::add(const QList<PlannedAccount> &accounts, int from, int to,
                          const PreparedText &text)
{
    if (!d)
        return Status::database(QStringLiteral("AccountWriter::add without begin"));
    from = qMax(0, from);
    to = qMin(int(accounts.size()), to);
    if (from >= to)
        return {};
    if (m_db.isPostgres())
        return addPostgres(accounts, from, to);
    // Text prepared for exactly these rows is used; any other slice is converted here.
    const bool fits = text && text->filledFrom == from && text->filledTo == to &&
                      text->filledRows == accounts.constData();
    return addSqlite(accounts, from, to, fits ? text.get() : nullptr);
}

AccountWriter::PreparedText
AccountWriter::prepareText(bool postgres, const QList<PlannedAccount> &accounts, int from, int to)
{
    from = qMax(0, from);
    to = qMin(int(accounts.size()), to);
    if (postgres || from >= to)
        return {};
    auto text = std::make_shared<plannedrows::Utf8Slice>();
    text->fill(accounts, from, to);
    return text;
}

Status AccountWriter::finish()
{
    if (!d)
        return Status::database(QStringLiteral("AccountWriter::finish without begin"));
    Status st = m_db.isPostgres() ? Status() : finishSqlite();
    qCInfo(lcStorage,
           "writer: %d rows: accounts %lld ms, extensions %lld ms, hunt group members %lld ms, "
           "DIDs %lld ms",
           d->written, d->spent[0] / 1000000, d->spent[1] / 1000000, d->spent[2] / 1000000,
           d->spent[3] / 1000000);
    d.reset();
    return st;
}

} // namespace ad
