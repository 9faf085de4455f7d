#pragma once

// The small parts of an .xlsx that name where the rows are and how to show them: the
// relationships (.rels), the workbook's sheets, the shared strings and the styles' date and
// time formats. Each is an xlsx::Handler given to xlsx::parse (fastxml, or liborcus when
// fastxml gives up); the sheet's own handler is in xlsxreader.cpp.
#include "import/xlsxhandler.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace ad::csv::workbook::parts {

using xlsx::Handler;

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// "xl/worksheets/sheet1.xml" from a relationship target relative to the workbook's folder, or
// absolute ("/xl/worksheets/sheet1.xml").
inline QString memberPath(const QString &folder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = folder.isEmpty() ? QStringList() : folder.split(QLatin1Char('/'));
    for (const QString &p : target.split(QLatin1Char('/'))) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

// Relationship id → member path, from a .rels part.
class Relationships : public Handler {
public:
    explicit Relationships(const QString &folder) : m_folder(folder) {}
    QHash<QString, QString> targets;
    void restart() override
    {
        Handler::restart();
        targets.clear();
    }

protected:
    void started(std::string_view name) override
    {
        if (name == "Relationship")
            targets.insert(qs(attribute("Id")), memberPath(m_folder, qs(attribute("Target"))));
    }
    void ended(std::string_view) override {}

private:
    QString m_folder;
};

// The sheets of xl/workbook.xml: names and relationship ids (r:id).
class Sheets : public Handler {
public:
    QStringList names, ids;
    bool date1904 = false; // <workbookPr date1904="1"/>: serial dates count from 1904
    void restart() override
    {
        Handler::restart();
        names.clear();
        ids.clear();
        date1904 = false;
    }

protected:
    void started(std::string_view name) override
    {
        if (name == "workbookPr") {
            const std::string_view v = attribute("date1904");
            date1904 = v == "1" || v == "true";
        } else if (name == "sheet") {
            names << qs(attribute("name"));
            ids << qs(attribute("id"));
        }
    }
    void ended(std::string_view) override {}
};

// The text of each <si>: its <t> runs (directly or in <r>), not the phonetic <rPh> runs.
class SharedStrings : public Handler {
public:
    std::vector<std::string> strings;
    void restart() override
    {
        Handler::restart();
        strings.clear();
        m_item.clear();
        m_phonetic = false;
    }

protected:
    void started(std::string_view name) override
    {
        if (name == "si")
            m_item.clear();
        else if (name == "rPh")
            m_phonetic = true;
        else if (name == "t" && !m_phonetic)
            capture();
    }
    void ended(std::string_view name) override
    {
        if (name == "t" && capturing())
            m_item += taken();
        else if (name == "rPh")
            m_phonetic = false;
        else if (name == "si")
            strings.push_back(std::move(m_item));
    }

private:
    std::string m_item;
    bool m_phonetic = false;
};

// xl/styles.xml: per cell format (<cellXfs><xf numFmtId>, the index a cell's s="" names)
// whether it shows a date, a time or both.
class Styles : public Handler {
public:
    std::vector<DateKind> kinds;
    void restart() override
    {
        Handler::restart();
        kinds.clear();
        m_codes.clear();
        m_inCellXfs = false;
    }

protected:
    void started(std::string_view name) override
    {
        if (name == "numFmt")
            m_codes.emplace_back(intAttribute("numFmtId"), std::string(attribute("formatCode")));
        else if (name == "cellXfs")
            m_inCellXfs = true;
        else if (name == "xf" && m_inCellXfs) {
            const int id = intAttribute("numFmtId");
            std::string code;
            for (const auto &[i, c] : m_codes)
                if (i == id)
                    code = c;
            kinds.push_back(dateKindOf(id, code));
        }
    }
    void ended(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellXfs = false;
    }

private:
    std::vector<std::pair<int, std::string>> m_codes;
    bool m_inCellXfs = false;
};

} // namespace ad::csv::workbook::parts
