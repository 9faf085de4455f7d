#include "domain/changelist.h"

#include "domain/csvcolumns.h"
#include "domain/packedtext.h"

#include <QHash>

namespace ad {

QString rowActionName(RowAction action)
{
    switch (action) {
    case RowAction::Add:
        return QStringLiteral("add");
    case RowAction::Update:
        return QStringLiteral("update");
    case RowAction::Close:
        return QStringLiteral("close");
    case RowAction::Unchanged:
        return QStringLiteral("unchanged");
    }
    return QString();
}

namespace {

void putTexts(QByteArray *out, const QStringList &texts)
{
    packed::putCount(out, quint64(texts.size()));
    for (const QString &t : texts)
        packed::putText(out, t);
}

void putIds(QByteArray *out, const QList<qint64> &ids)
{
    packed::putCount(out, quint64(ids.size()));
    for (qint64 id : ids)
        packed::putInt(out, id);
}

QStringList texts(packed::Reader &in)
{
    QStringList out;
    const quint64 n = in.count();
    out.reserve(qsizetype(n));
    for (quint64 k = 0; k < n; ++k)
        out << in.text();
    return out;
}

void skipTexts(packed::Reader &in)
{
    for (quint64 n = in.count(); n > 0; --n)
        in.skipText();
}

void skipIds(packed::Reader &in)
{
    for (quint64 n = in.count(); n > 0; --n)
        in.integer();
}

QList<qint64> ids(packed::Reader &in)
{
    QList<qint64> out;
    const quint64 n = in.count();
    out.reserve(qsizetype(n));
    for (quint64 k = 0; k < n; ++k)
        out << in.integer();
    return out;
}

// A field change's column name is one of the template's: written as its number (1 + the
// field), read back as the same shared string; any other text is written out (0, then it).
const QStringList &fieldNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (int f = 0; f < int(csv::Field::Ignored); ++f)
            out << csv::fieldName(csv::Field(f));
        return out;
    }();
    return names;
}

void putField(QByteArray *out, const QString &field)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < fieldNames().size(); ++i)
            h.insert(fieldNames().at(i), i + 1);
        return h;
    }();
    const int known = field.isNull() ? 0 : index.value(field, 0);
    packed::putCount(out, quint64(known));
    if (!known)
        packed::putText(out, field);
}

// The field's name as UTF-8 (a template name from a table made once).
QByteArrayView fieldUtf8(packed::Reader &in)
{
    static const QList<QByteArray> utf8 = [] {
        QList<QByteArray> out;
        for (const QString &n : fieldNames())
            out << n.toUtf8();
        return out;
    }();
    const quint64 known = in.count();
    return known ? QByteArrayView(utf8.at(qsizetype(known - 1))) : in.utf8();
}

void skipField(packed::Reader &in)
{
    if (!in.count())
        in.skipText();
}

QString field(packed::Reader &in)
{
    const quint64 known = in.count();
    return known ? fieldNames().at(qsizetype(known - 1)) : in.text();
}

// A change's new text is mostly the row's own new name, e-mail or time zone: written as a
// reference to it (1, 2, 3) instead of again; 0, then the text, otherwise.
bool same(const std::optional<QString> &value, const QString &text)
{
    return value && value->isNull() == text.isNull() && *value == text;
}

} // namespace

void ChangeList::append(const PlannedChange &c)
{
    Row r;
    r.row = c.row;
    r.action = quint8(c.action);
    r.iAccount = c.iAccount;
    r.iExtension = c.iExtension;
    r.data = m_data.size();
    packed::putText(&m_data, c.accountId);
    packed::putText(&m_data, c.extension);
    packed::putText(&m_data, c.product);
    if (c.name) {
        r.has |= Name;
        packed::putText(&m_data, *c.name);
    }
    if (c.email) {
        r.has |= Email;
        packed::putText(&m_data, *c.email);
    }
    if (c.timeZone) {
        r.has |= TimeZone;
        packed::putText(&m_data, *c.timeZone);
    }
    if (c.productId) {
        r.has |= ProductId;
        r.productId = *c.productId;
    }
    if (c.active)
        r.has |= Active | (*c.active ? ActiveValue : 0);
    if (c.published)
        r.has |= Published | (*c.published ? PublishedValue : 0);
    auto mark = [&](bool present, Part part) { r.has |= present ? quint16(part) : 0; };
    mark(!c.releasedDids.isEmpty(), Part::ReleasedDids);
    mark(!c.addedDids.isEmpty(), Part::AddedDids);
    mark(!c.leftHuntGroups.isEmpty(), Part::LeftHuntGroups);
    mark(!c.joinedHuntGroups.isEmpty(), Part::JoinedHuntGroups);
    putTexts(&m_data, c.releasedDids);
    putTexts(&m_data, c.addedDids);
    putIds(&m_data, c.leftHuntGroups);
    putIds(&m_data, c.joinedHuntGroups);
    packed::putCount(&m_data, quint64(c.changes.size()));
    for (const FieldChange &f : c.changes) {
        putField(&m_data, f.field);
        packed::putText(&m_data, f.before);
        const int ref = same(c.name, f.after)       ? 1
                        : same(c.email, f.after)    ? 2
                        : same(c.timeZone, f.after) ? 3
                                                    : 0;
        packed::putCount(&m_data, quint64(ref));
        if (!ref)
            packed::putText(&m_data, f.after);
    }
    m_rows.append(r);
}

void ChangeList::clear()
{
    m_rows = {};
    m_data = {};
}

PlannedChange ChangeList::at(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    PlannedChange c;
    c.row = r.row;
    c.action = RowAction(r.action);
    c.iAccount = r.iAccount;
    c.iExtension = r.iExtension;
    packed::Reader in(m_data, r.data);
    c.accountId = in.text();
    c.extension = in.text();
    c.product = in.text();
    if (r.has & Name)
        c.name = in.text();
    if (r.has & Email)
        c.email = in.text();
    if (r.has & TimeZone)
        c.timeZone = in.text();
    if (r.has & ProductId)
        c.productId = r.productId;
    if (r.has & Active)
        c.active = (r.has & ActiveValue) != 0;
    if (r.has & Published)
        c.published = (r.has & PublishedValue) != 0;
    c.releasedDids = texts(in);
    c.addedDids = texts(in);
    c.leftHuntGroups = ids(in);
    c.joinedHuntGroups = ids(in);
    const quint64 n = in.count();
    c.changes.reserve(qsizetype(n));
    for (quint64 k = 0; k < n; ++k) {
        FieldChange f;
        f.field = field(in);
        f.before = in.text();
        switch (in.count()) {
        case 1:
            f.after = *c.name;
            break;
        case 2:
            f.after = *c.email;
            break;
        case 3:
            f.after = *c.timeZone;
            break;
        default:
            f.after = in.text();
        }
        c.changes.append(std::move(f));
    }
    return c;
}

std::optional<qint64> ChangeList::productId(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    return r.has & ProductId ? std::optional<qint64>(r.productId) : std::nullopt;
}

std::optional<bool> ChangeList::active(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    return r.has & Active ? std::optional<bool>((r.has & ActiveValue) != 0) : std::nullopt;
}

QStringList ChangeList::dids(qsizetype i, int which) const
{
    const Row &r = m_rows.at(i);
    packed::Reader in(m_data, r.data);
    in.skipText();
    in.skipText();
    in.skipText();
    for (quint16 h : {Name, Email, TimeZone})
        if (r.has & h)
            in.skipText();
    if (which == 1)
        skipTexts(in);
    return texts(in);
}

QStringList ChangeList::releasedDids(qsizetype i) const
{
    return dids(i, 0);
}

QStringList ChangeList::addedDids(qsizetype i) const
{
    return dids(i, 1);
}

namespace {
// A text from UTF-8, null and empty kept apart.
QString textOf(QByteArrayView utf8)
{
    return utf8.isNull()    ? QString()
           : utf8.isEmpty() ? QString(QLatin1String(""))
                            : QString::fromUtf8(utf8);
}
} // namespace

ChangeList::AuditTexts ChangeList::auditTexts(qsizetype i) const
{
    const AuditUtf8 utf8 = auditUtf8(i);
    return {textOf(utf8.accountId), textOf(utf8.before), textOf(utf8.after)};
}

ChangeList::AuditUtf8 ChangeList::auditUtf8(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    AuditUtf8 out;
    packed::Reader in(m_data, r.data);
    out.accountId = in.utf8();
    in.skipText();
    in.skipText();
    // The row's own new name, e-mail and time zone, which a change's new text may refer to.
    QByteArrayView own[3];
    int k = 0;
    for (quint16 h : {Name, Email, TimeZone}) {
        if (r.has & h)
            own[k] = in.utf8();
        ++k;
    }
    if (RowAction(r.action) == RowAction::Close) {
        const quint64 n = in.count();
        QByteArray detail("closed");
        for (quint64 d = 0; d < n; ++d) {
            detail += d == 0 ? QByteArrayView("; DIDs released: ") : QByteArrayView(" ");
            detail += in.utf8();
        }
        out.after = std::move(detail);
        skipTexts(in);
        skipIds(in);
        skipIds(in);
        if (in.count() > 0) {
            skipField(in);
            const QByteArrayView before = in.utf8();
            out.before = QByteArray(before.data(), before.size()); // null stays null
        }
        return out;
    }
    skipTexts(in);
    skipTexts(in);
    skipIds(in);
    skipIds(in);
    const quint64 n = in.count();
    if (n == 0) // as QStringList().join(): null texts
        return out;
    QByteArray &before = out.before, &after = out.after;
    before.reserve(96); // one allocation each for most rows, not one a piece appended
    after.reserve(96);
    for (quint64 c = 0; c < n; ++c) {
        if (c) {
            before += "; ";
            after += "; ";
        }
        const QByteArrayView name = fieldUtf8(in);
        before += name;
        before += ": ";
        before += in.utf8();
        after += name;
        after += ": ";
        const quint64 ref = in.count();
        after += ref >= 1 && ref <= 3 ? own[ref - 1] : in.utf8();
    }
    return out;
}

QByteArrayView ChangeList::nameUtf8(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    if (!(r.has & Name))
        return {};
    packed::Reader in(m_data, r.data);
    in.skipText();
    in.skipText();
    in.skipText();
    const QByteArrayView name = in.utf8();
    return name.isNull() ? QByteArrayView("", 0) : name; // a set name is never null
}

std::optional<QString> ChangeList::name(qsizetype i) const
{
    const Row &r = m_rows.at(i);
    if (!(r.has & Name))
        return std::nullopt;
    packed::Reader in(m_data, r.data);
    in.skipText();
    in.skipText();
    in.skipText();
    return in.text();
}

} // namespace ad
