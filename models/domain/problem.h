#pragma once

#include <QList>
#include <QString>

namespace ad {

// One thing that is wrong, as the UI and the CLI show it. `code` is stable and English
// (scripts rely on it); `message` is a translatable human sentence; `field` names the CSV
// column (the template's name) or the command option concerned; `row` is a spreadsheet row
// (0 = not about a row).
struct Problem {
    QString code;
    QString message;
    QString field;
    int row = 0;
    QString value;
    // In a file: the file's own header of the column ("Ext") and its index (0 = column A);
    // -1 when the problem is not about one column of the file.
    QString column;
    int columnIndex = -1;
};

// The outcome of a service operation. Refused = a rule said no (exit 1), Usage = the request
// itself is malformed (exit 2), Database = the database or a file failed (exit 3).
class [[nodiscard]] Status {
public:
    enum class Kind { Ok, Refused, Usage, Database };

    Status() = default;
    static Status refused(const QString &code, const QString &message, const QString &field = {},
                          const QString &value = {})
    {
        Status s;
        s.m_kind = Kind::Refused;
        s.m_problems.append({code, message, field, 0, value, {}, -1});
        return s;
    }
    static Status refused(const QList<Problem> &problems)
    {
        Status s;
        s.m_kind = Kind::Refused;
        s.m_problems = problems;
        return s;
    }
    static Status usage(const QString &code, const QString &message, const QString &field = {})
    {
        Status s;
        s.m_kind = Kind::Usage;
        s.m_problems.append({code, message, field, 0, {}, {}, -1});
        return s;
    }
    static Status database(const QString &message,
                           const QString &code = QStringLiteral("database_error"))
    {
        Status s;
        s.m_kind = Kind::Database;
        s.m_problems.append({code, message, {}, 0, {}, {}, -1});
        return s;
    }

    bool ok() const { return m_kind == Kind::Ok; }
    Kind kind() const { return m_kind; }
    const QList<Problem> &problems() const { return m_problems; }
    QString firstCode() const { return m_problems.isEmpty() ? QString() : m_problems.first().code; }
    QString message() const
    {
        QStringList parts;
        for (const auto &p : m_problems)
            parts << p.message;
        return parts.join(QLatin1Char('\n'));
    }
    int exitCode() const
    {
        switch (m_kind) {
        case Kind::Ok:
            return 0;
        case Kind::Refused:
            return 1;
        case Kind::Usage:
            return 2;
        case Kind::Database:
            return 3;
        }
        return 3;
    }

private:
    Kind m_kind = Kind::Ok;
    QList<Problem> m_problems;
};

} // namespace ad
