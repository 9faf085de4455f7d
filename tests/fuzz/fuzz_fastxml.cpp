// Differential fuzzing of the .xlsx fast path: for any bytes, fastxml either gives up or gives
// exactly the events liborcus's SAX parser gives (which must then accept the bytes too). A
// difference aborts with both event lists.
#include "import/fastxml.h"

#include <orcus/sax_parser.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

struct Recorder {
    std::string events;
    void attribute(std::string_view name, std::string_view value, bool)
    {
        events += '[' + std::string(name) + '=' + std::string(value) + ']';
    }
    void start(std::string_view name) { events += '<' + std::string(name) + '>'; }
    void end(std::string_view name) { events += "</" + std::string(name) + '>'; }
    void characters(std::string_view text) { events += '\'' + std::string(text) + '\''; }
};

struct OrcusRecorder : orcus::sax_handler {
    Recorder r;
    std::string pending;
    void attribute(const orcus::sax::parser_attribute &a)
    {
        pending += '[' + std::string(a.name) + '=' + std::string(a.value) + ']';
    }
    void end_declaration(std::string_view) { pending.clear(); }
    void start_element(const orcus::sax::parser_element &e)
    {
        r.events += pending;
        pending.clear();
        r.start(e.name);
    }
    void end_element(const orcus::sax::parser_element &e) { r.end(e.name); }
    void characters(std::string_view text, bool) { r.characters(text); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string xml(reinterpret_cast<const char *>(data), size);
    Recorder fast;
    if (!ad::csv::fastxml::scan(xml, fast))
        return 0;
    OrcusRecorder slow;
    try {
        orcus::sax_parser<OrcusRecorder> parser(xml.data(), xml.size(), slow);
        parser.parse();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "fastxml read what liborcus refuses (%s): %s\n", e.what(),
                     fast.events.c_str());
        std::abort();
    }
    if (fast.events != slow.r.events) {
        std::fprintf(stderr, "fastxml: %s\nliborcus: %s\n", fast.events.c_str(),
                     slow.r.events.c_str());
        std::abort();
    }
    return 0;
}
