#include "excerpt.hpp"

#include <algorithm>

namespace citelint::report {

namespace {

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string excerpt_of(const Source& source, Span span) {
    const std::string_view text = source.text();
    const Span line = source.line_span(source.locate(span.begin).line);
    const std::uint32_t begin = std::clamp(span.begin, line.begin, line.end);
    const std::uint32_t end = std::clamp(span.end, begin, line.end);
    std::uint32_t from = line.begin;
    std::uint32_t to = line.end;
    if (line.size() > excerpt_bytes) {
        // The span in the middle of what is kept; its start when the span alone is too long.
        const std::uint32_t context =
            (excerpt_bytes - std::min<std::uint32_t>(end - begin, excerpt_bytes)) / 2;
        from = std::max(line.begin, begin - std::min(begin, context));
        to = std::min(line.end, static_cast<std::uint32_t>(from + excerpt_bytes));
        from = std::max(line.begin, static_cast<std::uint32_t>(to - excerpt_bytes));
        while (from < to && continuation_byte(text[from]))
            ++from;
        while (to > from && to < line.end && continuation_byte(text[to]))
            --to;
    }
    std::string excerpt;
    if (from > line.begin) excerpt += "…";
    excerpt += text.substr(from, to - from);
    if (to < line.end) excerpt += "…";
    return excerpt;
}

} // namespace citelint::report
