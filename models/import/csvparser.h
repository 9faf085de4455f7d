#pragma once

#include "import/csvreader.h"
#include "import/recordstage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

// The CSV grammar of the reader: delimiter detection and the RFC 4180 state machine.
namespace ad::csv {

// Chooses the delimiter whose most common number of fields (> 1) over the first 30 records is
// shared by the most records (lines of one field, such as a title above the header, do not
// count); ties go to the order , ; TAB |.
QChar detectDelimiter(const QString &sample);

// The RFC 4180 state machine. Fed decoded text in pieces; emits records.
class Parser {
public:
    Parser(QChar delim, std::function<bool(Record &&)> sink)
        : m_delim(delim), m_emit(std::move(sink))
    {
    }

    // Returns false when the consumer asked to stop.
    bool feed(const QString &text)
    {
        const QChar *p = text.constData();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = p[i];
            if (m_skipLf) {
                m_skipLf = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            switch (m_state) {
            case State::FieldStart:
                if (c == QLatin1Char('"')) {
                    m_state = State::Quoted;
                    m_quoted = true;
                    break;
                }
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                    if (c == m_delim) {
                        endField();
                        break;
                    }
                    m_field.append(c); // leading white space before a quote is trimmed later
                    break;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted:
                if (c != m_delim && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
                    c != QLatin1Char('"')) {
                    // Fast path: take the run up to the next special character at once.
                    qsizetype j = i + 1;
                    while (j < n) {
                        const QChar d = p[j];
                        if (d == m_delim || d == QLatin1Char('\n') || d == QLatin1Char('\r') ||
                            d == QLatin1Char('"'))
                            break;
                        ++j;
                    }
                    m_field.append(p + i, j - i);
                    i = j - 1;
                    break;
                }
                if (c == m_delim) {
                    endField();
                } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    m_skipLf = c == QLatin1Char('\r');
                    if (!endRecord())
                        return false;
                } else if (c == QLatin1Char('"') && m_field.trimmed().isEmpty()) {
                    m_field.clear(); // white space, then a quote: a quoted field
                    m_state = State::Quoted;
                    m_quoted = true;
                } else {
                    m_field.append(c);
                }
                break;
            case State::Quoted:
                if (c == QLatin1Char('"')) {
                    m_state = State::QuoteInQuoted;
                } else {
                    qsizetype j = i + 1;
                    while (j < n && p[j] != QLatin1Char('"'))
                        ++j;
                    m_field.append(p + i, j - i);
                    i = j - 1;
                }
                break;
            case State::QuoteInQuoted:
                if (c == QLatin1Char('"')) {
                    m_field.append(c);
                    m_state = State::Quoted;
                } else if (c == m_delim) {
                    endField();
                } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    m_skipLf = c == QLatin1Char('\r');
                    if (!endRecord())
                        return false;
                } else {
                    // Text after a closing quote: kept (lenient), the field continues unquoted.
                    m_field.append(c);
                    m_state = State::Unquoted;
                }
                break;
            }
        }
        return true;
    }

    bool finish()
    {
        if (m_state == State::Quoted) {
            m_unterminated = true;
            return endRecord();
        }
        if (m_state != State::FieldStart || !m_fields.isEmpty() || !m_field.isEmpty())
            return endRecord();
        return true;
    }

    int rowsSeen() const { return m_row; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void endField()
    {
        // The field's buffer moves into the record (trimmed in place): one allocation per field.
        QString f = detail::cleanField(std::move(m_field));
        m_field = QString();
        m_fields.append(std::move(f));
        m_quoted = false;
        m_state = State::FieldStart;
    }
    bool endRecord()
    {
        endField();
        ++m_row;
        Record r;
        r.row = m_row;
        r.fields = std::move(m_fields);
        m_fields = QStringList();
        m_fields.reserve(r.fields.size());
        if (m_unterminated)
            r.malformed =
                QCoreApplication::translate(
                    "ad::csv::CsvReader",
                    "A quoted field that starts in row %1 is never closed; add the missing "
                    "closing quote (\").")
                    .arg(m_row);
        return m_emit(std::move(r));
    }

    QChar m_delim;
    std::function<bool(Record &&)> m_emit;
    State m_state = State::FieldStart;
    QString m_field;
    QStringList m_fields;
    bool m_quoted = false;
    bool m_skipLf = false;
    bool m_unterminated = false;
    int m_row = 0;
};

} // namespace ad::csv
