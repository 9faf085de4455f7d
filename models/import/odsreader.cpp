#include "import/odsreader.h"

#include "import/sheetcells.h"

#include <orcus/orcus_ods.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace ad::csv::workbook {

namespace ss = orcus::spreadsheet;

namespace {

// liborcus calls these as it parses content.xml: the shared strings, then each sheet's cells.
// Only the chosen sheet keeps its cells.
class SharedStrings : public ss::iface::import_shared_strings {
public:
    size_t append(std::string_view s) override
    {
        m_strings.emplace_back(s);
        return m_strings.size() - 1;
    }
    size_t add(std::string_view s) override { return append(s); }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override
    {
    }
    void append_segment(std::string_view s) override { m_segments.append(s); }
    size_t commit_segments() override
    {
        m_strings.push_back(std::move(m_segments));
        m_segments.clear();
        return m_strings.size() - 1;
    }
    const std::vector<std::string> &all() const { return m_strings; }

private:
    std::vector<std::string> m_strings;
    std::string m_segments;
};

// A formula cell: its stored result is what the user sees.
class Formula : public ss::iface::import_formula {
public:
    explicit Formula(SheetCells *cells) : m_cells(cells) {}
    void set_position(ss::row_t row, ss::col_t col) override
    {
        m_row = row;
        m_col = col;
        m_text.clear();
    }
    void set_formula(ss::formula_grammar_t, std::string_view) override {}
    void set_shared_formula_index(size_t) override {}
    void set_result_string(std::string_view value) override { m_text = std::string(value); }
    void set_result_value(double value) override { m_text = numberText(value); }
    void set_result_bool(bool value) override { m_text = value ? "TRUE" : "FALSE"; }
    void set_result_empty() override { m_text.clear(); }
    void commit() override
    {
        if (m_cells)
            m_cells->set(m_row, m_col, m_text);
    }

private:
    SheetCells *m_cells;
    ss::row_t m_row = 0;
    ss::col_t m_col = 0;
    std::string m_text;
};

// One sheet of the workbook. Only the chosen sheet keeps its cells (`cells` null otherwise).
class SheetSink : public ss::iface::import_sheet {
public:
    explicit SheetSink(SheetCells *cells) : m_cells(cells), m_formula(cells) {}
    ss::iface::import_formula *get_formula() override { return &m_formula; }
    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override { put(row, col, s); }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t sindex) override
    {
        if (m_cells)
            m_cells->setShared(row, col, sindex);
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override
    {
        if (m_cells)
            put(row, col, numberText(value));
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        put(row, col, value ? "TRUE" : "FALSE");
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override
    {
        char buf[48];
        if (hour == 0 && minute == 0 && second == 0)
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        else
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour,
                          minute, int(second));
        put(row, col, buf);
    }
    void set_format(ss::row_t, ss::col_t, size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, size_t) override {}
    void fill_down_cells(ss::row_t, ss::col_t, ss::row_t) override {}
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

private:
    void put(ss::row_t row, ss::col_t col, std::string_view text)
    {
        if (m_cells)
            m_cells->set(row, col, text);
    }
    SheetCells *m_cells;
    Formula m_formula;
};

class Factory : public ss::iface::import_factory {
public:
    Factory(const QString &wanted, SheetCells::Mode mode) : m_wanted(wanted)
    {
        cells = SheetCells(&m_strings.all(), mode);
    }

    ss::iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    ss::iface::import_sheet *append_sheet(ss::sheet_t, std::string_view name) override
    {
        const QString n = QString::fromUtf8(name.data(), qsizetype(name.size()));
        names << n;
        const bool chosen =
            m_chosen < 0 && (m_wanted.isEmpty() ? names.size() == 1 : n == m_wanted);
        if (chosen)
            m_chosen = int(names.size()) - 1;
        m_sheets.emplace_back(std::make_unique<SheetSink>(chosen ? &cells : nullptr));
        return m_sheets.back().get();
    }
    ss::iface::import_sheet *get_sheet(std::string_view name) override
    {
        const int i = int(names.indexOf(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        return i < 0 ? nullptr : m_sheets[size_t(i)].get();
    }
    ss::iface::import_sheet *get_sheet(ss::sheet_t index) override
    {
        return index >= 0 && size_t(index) < m_sheets.size() ? m_sheets[size_t(index)].get()
                                                             : nullptr;
    }
    void finalize() override {}

    int chosen() const { return m_chosen; }
    const SharedStrings &strings() const { return m_strings; }

    QStringList names;
    SheetCells cells;

private:
    QString m_wanted;
    int m_chosen = -1;
    SharedStrings m_strings;
    std::vector<std::unique_ptr<SheetSink>> m_sheets;
};

} // namespace

SheetText readOds(const QByteArray &bytes, const QString &wanted)
{
    SheetText out;
    // The sheet names are known only while parsing: a name given with other capitals is found
    // on a second pass.
    QString name = wanted;
    SheetCells::Mode mode = SheetCells::Mode::Streamed;
    for (int pass = 0; pass < 3; ++pass) {
        Factory factory(name, mode);
        try {
            orcus::orcus_ods reader(&factory);
            reader.read_stream(std::string_view(bytes.constData(), size_t(bytes.size())));
        } catch (const std::exception &e) {
            out.error = QString::fromUtf8(e.what());
            return out;
        } catch (...) {
            out.error = QStringLiteral("unknown error");
            return out;
        }
        out.ok = true;
        out.names = factory.names;
        out.chosen = factory.chosen();
        if (out.chosen >= 0 && factory.cells.needsGrid() && mode == SheetCells::Mode::Streamed) {
            mode = SheetCells::Mode::Grid; // cells out of order: read again, keeping every cell
            continue;
        }
        if (out.chosen >= 0) {
            out.rows = factory.cells.takeRows();
            return out;
        }
        for (const QString &n : out.names)
            if (n.compare(wanted, Qt::CaseInsensitive) == 0)
                name = n;
        if (name == wanted)
            break;
    }
    return out;
}

bool isOds(const QByteArray &bytes)
{
    try {
        return orcus::orcus_ods::detect(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                        size_t(bytes.size()));
    } catch (...) {
        return false;
    }
}

} // namespace ad::csv::workbook
