#pragma once

// A scanner for the plain XML an .xlsx is made of (a worksheet is tens of megabytes of <row>,
// <c> and <v>): elements, attributes and text, with the five named entities and character
// references decoded, and names given without their namespace prefix — the events liborcus's
// SAX parser gives, at a fraction of its cost per element. It knows only that subset: a
// comment, CDATA, a DOCTYPE, a processing instruction after the XML declaration, an unknown
// entity, mismatched or unclosed tags, or anything else it does not expect make it return false
// at once, and the caller parses the part again with liborcus (which reads everything XML
// allows, or says what is wrong). tst_fastxml compares the two on such inputs.
//
// The sink: attribute(name, value, transient) for each attribute of an element, then
// start(name); end(name); characters(text). Names, and values that are not transient, are
// views into the scanned text; a transient value (its entities decoded) is valid only during
// the call, and text too.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ad::csv::fastxml {

namespace detail {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool endsName(char c)
{
    return isSpace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'' ||
           c == '&';
}

// Control characters other than tab and line breaks are not allowed in XML 1.0 text.
inline bool hasControl(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return true;
    return false;
}

// A name as the workbook parts spell them: ASCII letters, digits, "_", "-" and ".", starting
// with a letter or "_", with at most one prefix ("x:c"). Anything else: give up.
inline bool plainName(std::string_view name)
{
    bool start = true, prefixed = false;
    for (char c : name) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (c == ':') {
            if (start || prefixed)
                return false;
            prefixed = start = true;
        } else if (start ? !letter : !(letter || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
            return false;
        } else {
            start = false;
        }
    }
    return !start;
}

// The part of a name after its prefix ("x:c" → "c").
inline std::string_view localName(std::string_view name)
{
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline void appendUtf8(std::string *out, unsigned cp)
{
    if (cp < 0x80) {
        *out += char(cp);
    } else if (cp < 0x800) {
        *out += char(0xC0 | (cp >> 6));
        *out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out += char(0xE0 | (cp >> 12));
        *out += char(0x80 | ((cp >> 6) & 0x3F));
        *out += char(0x80 | (cp & 0x3F));
    } else {
        *out += char(0xF0 | (cp >> 18));
        *out += char(0x80 | ((cp >> 12) & 0x3F));
        *out += char(0x80 | ((cp >> 6) & 0x3F));
        *out += char(0x80 | (cp & 0x3F));
    }
}

// Text with its entities decoded into *out; false on an entity this scanner does not know.
inline bool decode(std::string_view raw, std::string *out)
{
    out->clear();
    size_t i = 0;
    while (i < raw.size()) {
        const size_t amp = raw.find('&', i);
        if (amp == std::string_view::npos) {
            out->append(raw.substr(i));
            break;
        }
        out->append(raw.substr(i, amp - i));
        const size_t semi = raw.find(';', amp);
        if (semi == std::string_view::npos || semi - amp > 12)
            return false;
        const std::string_view ent = raw.substr(amp + 1, semi - amp - 1);
        if (ent == "lt")
            *out += '<';
        else if (ent == "gt")
            *out += '>';
        else if (ent == "amp")
            *out += '&';
        else if (ent == "quot")
            *out += '"';
        else if (ent == "apos")
            *out += '\'';
        else if (ent.size() >= 2 && ent[0] == '#') {
            const bool hex = ent[1] == 'x';
            unsigned cp = 0;
            const std::string_view digits = ent.substr(hex ? 2 : 1);
            if (digits.empty())
                return false;
            for (char c : digits) {
                int d;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                else
                    return false;
                cp = cp * (hex ? 16 : 10) + unsigned(d);
                if (cp > 0x10FFFF)
                    return false;
            }
            if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
            appendUtf8(out, cp);
        } else {
            return false;
        }
        i = semi + 1;
    }
    return true;
}

} // namespace detail

template <typename Sink> bool scan(std::string_view xml, Sink &sink)
{
    using namespace detail;
    const char *p = xml.data();
    const char *const end = p + xml.size();
    if (end - p >= 3 && std::string_view(p, 3) == "\xEF\xBB\xBF") {
        p += 3;
        if (p >= end || *p != '<') // liborcus reads nothing else after a byte order mark
            return false;
    }
    // The XML declaration: name="value" pairs, not passed on.
    if (end - p >= 6 && std::string_view(p, 5) == "<?xml" && isSpace(p[5])) {
        p += 5;
        for (;;) {
            while (p < end && isSpace(*p))
                ++p;
            if (end - p >= 2 && p[0] == '?' && p[1] == '>')
                break;
            const char *a = p;
            while (p < end && !endsName(*p) && *p != '?')
                ++p;
            if (!plainName(std::string_view(a, size_t(p - a))))
                return false;
            while (p < end && isSpace(*p))
                ++p;
            if (p >= end || *p++ != '=')
                return false;
            while (p < end && isSpace(*p))
                ++p;
            if (p >= end || (*p != '"' && *p != '\''))
                return false;
            const char quote = *p++;
            const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
            if (!close || std::string_view(p, size_t(close - p)).find_first_of("<&?") !=
                              std::string_view::npos)
                return false;
            p = close + 1;
            if (p < end && !isSpace(*p) && *p != '?')
                return false;
        }
        p += 2;
    }
    std::vector<std::string_view> open; // the names of the elements not closed yet
    open.reserve(16);
    std::string decoded;
    bool rootSeen = false;
    while (p < end) {
        const char *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        const char *textEnd = lt ? lt : end;
        if (textEnd > p) {
            const std::string_view text(p, size_t(textEnd - p));
            if (hasControl(text))
                return false;
            if (open.empty()) {
                // Outside the root only white space.
                for (char c : text)
                    if (!isSpace(c))
                        return false;
            } else if (text.find('&') == std::string_view::npos) {
                sink.characters(text);
            } else {
                if (!decode(text, &decoded))
                    return false;
                sink.characters(std::string_view(decoded));
            }
        }
        if (!lt)
            break;
        p = lt + 1;
        if (p >= end)
            return false;
        if (*p == '/') {
            const char *n = ++p;
            while (p < end && !endsName(*p))
                ++p;
            const std::string_view name(n, size_t(p - n));
            // "</t >" is XML, but liborcus refuses it: so does this scanner (it never reads
            // what liborcus would not).
            if (p >= end || *p != '>' || open.empty() || open.back() != name || !plainName(name))
                return false;
            ++p;
            open.pop_back();
            sink.end(localName(name));
            continue;
        }
        if (*p == '!' || *p == '?' || (open.empty() && rootSeen))
            return false;
        const char *n = p;
        while (p < end && !endsName(*p))
            ++p;
        const std::string_view name(n, size_t(p - n));
        if (!plainName(name))
            return false;
        for (;;) {
            const char *ws = p;
            while (p < end && isSpace(*p))
                ++p;
            if (p >= end)
                return false;
            if (*p == '>' || *p == '/')
                break;
            if (p == ws) // attributes are separated from the name and each other
                return false;
            const char *a = p;
            while (p < end && !endsName(*p))
                ++p;
            const std::string_view attr(a, size_t(p - a));
            while (p < end && isSpace(*p))
                ++p;
            if (!plainName(attr) || p >= end || *p != '=')
                return false;
            ++p;
            while (p < end && isSpace(*p))
                ++p;
            if (p >= end || (*p != '"' && *p != '\''))
                return false;
            const char quote = *p++;
            const char *v = p;
            const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
            if (!close)
                return false;
            const std::string_view value(v, size_t(close - v));
            if (value.find('<') != std::string_view::npos || hasControl(value))
                return false;
            p = close + 1;
            if (value.find('&') == std::string_view::npos) {
                sink.attribute(localName(attr), value, false);
            } else {
                if (!decode(value, &decoded))
                    return false;
                sink.attribute(localName(attr), std::string_view(decoded), true);
            }
        }
        const bool empty = *p == '/';
        if (empty && (p + 1 >= end || p[1] != '>'))
            return false;
        p += empty ? 2 : 1;
        rootSeen = true;
        sink.start(localName(name));
        if (empty)
            sink.end(localName(name));
        else
            open.push_back(name);
    }
    return rootSeen && open.empty();
}

} // namespace ad::csv::fastxml
