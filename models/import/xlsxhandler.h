#pragma once

// The events of an .xlsx part (its elements, attributes and text), from fastxml or, where
// fastxml gives up, from liborcus's SAX parser, to the readers of xlsxreader.cpp. Private to
// the import layer.
#include "import/fastxml.h"

#include <QByteArray>

#include <orcus/sax_parser.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// For the sheet's handler: its events inlined into the scanner (a sheet of 100,000 rows has
// millions of them; called, each costs a prologue and the scanner's registers).
#if defined(__GNUC__) || defined(__clang__)
#define AD_XLSX_INLINE __attribute__((always_inline))
#else
#define AD_XLSX_INLINE
#endif

namespace ad::csv::workbook::xlsx {

// The parts of an .xlsx are read by fastxml (a sheet of 100,000 rows is tens of megabytes of
// XML), or by liborcus's SAX parser when fastxml does not know the XML. Both report an
// element's attributes before the element itself.
class Handler : public orcus::sax_handler {
public:
    virtual ~Handler() = default;
    // liborcus's callbacks.
    void attribute(const orcus::sax::parser_attribute &a)
    {
        attribute(a.name, a.value, a.transient);
    }
    void start_element(const orcus::sax::parser_element &e) { start(e.name); }
    void end_element(const orcus::sax::parser_element &e) { end(e.name); }
    void characters(std::string_view text, bool) { characters(text); }
    // fastxml's, the same events. A name, and a value that is not transient (decoded into a
    // buffer the parser reuses), stay valid in the part's bytes until the element starts: they
    // are kept as views, and only transient values are copied.
    // Virtual for a handler that keeps only the attributes it needs (SheetData); fastxml calls
    // the handler's own.
    virtual void attribute(std::string_view name, std::string_view value, bool transient)
    {
        if (m_count == m_attributes.size())
            m_attributes.emplace_back();
        Attribute &a = m_attributes[m_count++];
        a.name = name;
        a.value = value;
        a.owned = -1;
        if (transient) {
            if (m_ownedCount == m_owned.size())
                m_owned.emplace_back();
            m_owned[m_ownedCount].assign(value);
            a.owned = int(m_ownedCount++);
        }
    }
    void start(std::string_view name)
    {
        started(name);
        m_count = m_ownedCount = 0;
    }
    void end(std::string_view name) { ended(name); }
    // Captured text is kept as a view when it is one piece of the part's own bytes (a <v>'s
    // number, a <t> without entities), copied only when it comes in pieces or decoded.
    AD_XLSX_INLINE void characters(std::string_view text)
    {
        if (!m_capture)
            return;
        if (!m_buffered) {
            if (m_view.empty() && inPart(text)) {
                m_view = text;
                return;
            }
            m_text.assign(m_view);
            m_buffered = true;
        }
        m_text.append(text);
    }
    // The bytes the views of non-transient text point into (set by parse()).
    void setPart(std::string_view part) { m_part = part; }
    // Forgets what a parse that gave up half-way collected, before the part is parsed again.
    virtual void restart()
    {
        m_count = m_ownedCount = 0;
        m_text.clear();
        m_view = {};
        m_capture = m_buffered = false;
    }

protected:
    virtual void started(std::string_view name) = 0;
    virtual void ended(std::string_view name) = 0;
    std::string_view attribute(std::string_view name) const
    {
        for (size_t i = 0; i < m_count; ++i)
            if (m_attributes[i].name == name)
                return attributeAt(i).second;
        return {};
    }
    // The leading digits of a text as a number (0 when there are none).
    static int number(std::string_view text)
    {
        int v = 0;
        for (char ch : text) {
            if (ch < '0' || ch > '9' || v > 100000000)
                break;
            v = v * 10 + (ch - '0');
        }
        return v;
    }
    int intAttribute(std::string_view name) const { return number(attribute(name)); }
    size_t attributeCount() const { return m_count; }
    std::pair<std::string_view, std::string_view> attributeAt(size_t i) const
    {
        const Attribute &a = m_attributes[i];
        return {a.name, a.owned < 0 ? a.value : std::string_view(m_owned[size_t(a.owned)])};
    }
    void capture()
    {
        m_capture = true;
        m_buffered = false;
        m_view = {};
    }
    // The text captured since capture(): valid until the next capture() or restart(). A view
    // into the part, or into a buffer of the handler when the text had to be copied (then
    // isBuffered()).
    std::string_view taken()
    {
        m_capture = false;
        return m_buffered ? std::string_view(m_text) : m_view;
    }
    bool isBuffered() const { return m_buffered; }
    bool capturing() const { return m_capture; }
    void resetAttributes() { m_count = m_ownedCount = 0; }

private:
    struct Attribute {
        std::string_view name, value;
        int owned = -1; // the value's copy in m_owned, when it was transient
    };
    std::vector<Attribute> m_attributes;
    std::vector<std::string> m_owned;
    size_t m_count = 0, m_ownedCount = 0;
    bool inPart(std::string_view text) const
    {
        const auto at = reinterpret_cast<std::uintptr_t>(text.data());
        const auto from = reinterpret_cast<std::uintptr_t>(m_part.data());
        return at >= from && at - from <= m_part.size() &&
               text.size() <= m_part.size() - (at - from);
    }
    std::string m_text;
    std::string_view m_view, m_part;
    bool m_capture = false, m_buffered = false;
};

// Each part is scanned by fastxml first; what it does not know is parsed again by liborcus.
template <typename H> void parse(const QByteArray &part, H &handler)
{
    const std::string_view bytes(part.constData(), size_t(part.size()));
    handler.setPart(bytes);
    if (fastxml::scan(bytes, handler))
        return;
    handler.restart();
    orcus::sax_parser<H> parser(part.constData(), size_t(part.size()), handler);
    parser.parse();
}

} // namespace ad::csv::workbook::xlsx
