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

// The scanner's helpers (lambdas sharing its position) must be inlined: called, they keep the
// position in memory (GCC did not inline readName, which cost a sixth of the scan).
#if defined(__GNUC__) || defined(__clang__)
#define AD_FASTXML_INLINE __attribute__((always_inline))
#else
#define AD_FASTXML_INLINE
#endif

namespace ad::csv::fastxml {

namespace detail {

// Character classes: white space; what may start a name and continue it (ASCII letters,
// digits, "_", "-", "." — the names workbook parts use; a name with anything else makes the
// scanner give up); plain text (not "<", "&" or a control character other than tab and line
// breaks, which XML 1.0 does not allow); a plain attribute value in double quotes (plain text
// but not '"') and in single quotes (not "'").
enum : unsigned char {
    kSpace = 1,
    kNameStart = 2,
    kName = 4,
    kText = 8,
    kValueD = 16,
    kValueS = 32
};
struct Classes {
    unsigned char c[256];
};
inline const Classes &classes()
{
    static const Classes table = [] {
        Classes t{};
        for (int i = 0; i < 256; ++i) {
            const bool letter = (i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z') || i == '_';
            const bool digit = i >= '0' && i <= '9';
            const bool control = i < 0x20 && i != '\t' && i != '\n' && i != '\r';
            unsigned char k = 0;
            if (i == ' ' || i == '\t' || i == '\n' || i == '\r')
                k |= kSpace;
            if (letter)
                k |= kNameStart | kName;
            if (digit || i == '-' || i == '.')
                k |= kName;
            if (!control && i != '<' && i != '&') {
                k |= kText;
                if (i != '"')
                    k |= kValueD;
                if (i != '\'')
                    k |= kValueS;
            }
            t.c[i] = k;
        }
        return t;
    }();
    return table;
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

// Names are short ("c", "v", "row"): compared in place, without a call to memcmp.
inline bool sameName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

} // namespace detail

template <typename Sink> bool scan(std::string_view xml, Sink &sink)
{
    using namespace detail;
    const unsigned char *const cls = classes().c;
    auto kind = [cls](char c) { return cls[static_cast<unsigned char>(c)]; };
    const char *p = xml.data();
    const char *const end = p + xml.size();
    if (end - p >= 3 && std::string_view(p, 3) == "\xEF\xBB\xBF") {
        p += 3;
        if (p >= end || *p != '<') // liborcus reads nothing else after a byte order mark
            return false;
    }
    // The loops below run on a local copy of p: p itself is shared by these lambdas, and
    // the compiler may keep it in memory.
    auto skipSpace = [&]() AD_FASTXML_INLINE {
        const char *q = p;
        while (q < end && (kind(*q) & kSpace))
            ++q;
        p = q;
    };
    // A name: a letter or "_", then letters, digits, "_", "-", "."; at most one prefix
    // ("x:c"). *local is the part after the prefix. False when there is no such name at p.
    auto readName = [&](std::string_view *full, std::string_view *local) AD_FASTXML_INLINE {
        const char *n = p;
        if (p >= end || !(kind(*p) & kNameStart))
            return false;
        const char *q = p + 1;
        while (q < end && (kind(*q) & kName))
            ++q;
        const char *l = n;
        if (q + 1 < end && *q == ':' && (kind(q[1]) & kNameStart)) {
            l = ++q;
            ++q;
            while (q < end && (kind(*q) & kName))
                ++q;
        }
        p = q;
        *full = std::string_view(n, size_t(q - n));
        *local = std::string_view(l, size_t(q - l));
        return true;
    };
    // A quoted value at p (after "="): *raw is its text, *entities whether it has any.
    auto readValue = [&](std::string_view *raw, bool *entities) AD_FASTXML_INLINE {
        if (p >= end || (*p != '"' && *p != '\''))
            return false;
        const char quote = *p++;
        // Plain value bytes (the other quote too) in one run per entity.
        const unsigned char plain = quote == '"' ? kValueD : kValueS;
        const char *v = p, *q = p;
        bool amp = false;
        for (;;) {
            while (q < end && (kind(*q) & plain))
                ++q;
            if (q >= end)
                return false;
            if (*q == quote)
                break;
            if (*q != '&')
                return false; // "<" or a control character
            amp = true;
            ++q;
        }
        *entities = amp;
        *raw = std::string_view(v, size_t(q - v));
        p = q + 1;
        return true;
    };
    std::string_view full, local, raw;
    bool entities = false;
    // The XML declaration: name="value" pairs, not passed on.
    if (end - p >= 6 && std::string_view(p, 5) == "<?xml" && (kind(p[5]) & kSpace)) {
        p += 5;
        for (;;) {
            skipSpace();
            if (end - p >= 2 && p[0] == '?' && p[1] == '>')
                break;
            if (!readName(&full, &local))
                return false;
            skipSpace();
            if (p >= end || *p++ != '=')
                return false;
            skipSpace();
            if (!readValue(&raw, &entities) || entities || raw.find('?') != std::string_view::npos)
                return false;
            if (p < end && !(kind(*p) & kSpace) && *p != '?')
                return false;
        }
        p += 2;
    }
    // The elements not closed yet: full name and where its local part starts.
    struct Open {
        const char *name;
        size_t size, local;
    };
    std::vector<Open> open;
    open.reserve(16);
    std::string decoded;
    bool rootSeen = false;
    while (p < end) {
        // Text up to the next tag.
        const char *t = p;
        {
            const char *q = p;
            while (q < end && (kind(*q) & kText))
                ++q;
            p = q;
        }
        bool textEntities = false;
        if (p < end && *p == '&') {
            textEntities = true;
            while (p < end && *p != '<') {
                if (!(kind(*p) & kText) && *p != '&')
                    return false; // a control character
                ++p;
            }
        } else if (p < end && *p != '<') {
            return false; // a control character
        }
        if (p > t) {
            const std::string_view text(t, size_t(p - t));
            if (open.empty()) {
                // Outside the root only white space.
                for (char c : text)
                    if (!(kind(c) & kSpace))
                        return false;
            } else if (!textEntities) {
                sink.characters(text);
            } else {
                if (!decode(text, &decoded))
                    return false;
                sink.characters(std::string_view(decoded));
            }
        }
        if (p >= end)
            break;
        if (++p >= end) // past "<"
            return false;
        if (*p == '/') {
            ++p;
            // Only the open element's name, then ">": compared in place (a name read here
            // would stop where that name stops, and must be the same). "</t >" is XML, but
            // liborcus refuses it: so does this scanner (it never reads what liborcus would
            // not).
            if (open.empty())
                return false;
            const Open &o = open.back();
            if (size_t(end - p) <= o.size || p[o.size] != '>' ||
                !sameName({p, o.size}, {o.name, o.size}))
                return false;
            p += o.size + 1;
            const std::string_view closed(o.name + o.local, o.size - o.local);
            open.pop_back();
            sink.end(closed);
            continue;
        }
        if (open.empty() && rootSeen)
            return false;
        std::string_view name, nameLocal;
        if (!readName(&name, &nameLocal)) // also "<!" and "<?"
            return false;
        for (;;) {
            if (p >= end)
                return false;
            if (*p == '>' || *p == '/')
                break;
            // Attributes are separated from the name and each other.
            if (!(kind(*p) & kSpace))
                return false;
            skipSpace();
            if (p >= end)
                return false;
            if (*p == '>' || *p == '/')
                break;
            if (!readName(&full, &local))
                return false;
            if (p < end && *p != '=')
                skipSpace();
            if (p >= end || *p != '=')
                return false;
            ++p;
            if (p < end && *p != '"' && *p != '\'')
                skipSpace();
            if (!readValue(&raw, &entities))
                return false;
            if (!entities) {
                sink.attribute(local, raw, false);
            } else {
                if (!decode(raw, &decoded))
                    return false;
                sink.attribute(local, std::string_view(decoded), true);
            }
        }
        const bool empty = *p == '/';
        if (empty && (p + 1 >= end || p[1] != '>'))
            return false;
        p += empty ? 2 : 1;
        rootSeen = true;
        sink.start(nameLocal);
        if (empty)
            sink.end(nameLocal);
        else
            open.push_back({name.data(), name.size(), size_t(nameLocal.data() - name.data())});
    }
    return rootSeen && open.empty();
}

} // namespace ad::csv::fastxml

#undef AD_FASTXML_INLINE
