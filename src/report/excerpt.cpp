#include "excerpt.hpp"
#include "../unicode/utf8.hpp"

#include <algorithm>

namespace citelint::report {

namespace {

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `text` with each invalid UTF-8 sequence (each maximal subpart, as ICU reads it) as U+FFFD.
void append_valid_utf8(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t before = i;
        if (unicode::next(text, i) < 0)
            out += "\xEF\xBF\xBD";
        else
            out.append(text.substr(before, i - before));
    }
}

} // namespace

Excerpt excerpt_of(const Source& source, Span span) {
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
    const std::uint32_t mark_begin = std::clamp(begin, from, to);
    const std::uint32_t mark_end = std::clamp(end, mark_begin, to);
    Excerpt excerpt;
    if (from > line.begin) excerpt.text += "…";
    append_valid_utf8(excerpt.text, text.substr(from, mark_begin - from));
    excerpt.mark_begin = static_cast<std::uint32_t>(excerpt.text.size());
    append_valid_utf8(excerpt.text, text.substr(mark_begin, mark_end - mark_begin));
    excerpt.mark_end = static_cast<std::uint32_t>(excerpt.text.size());
    append_valid_utf8(excerpt.text, text.substr(mark_end, to - mark_end));
    if (to < line.end) excerpt.text += "…";
    return excerpt;
}

} // namespace citelint::report
