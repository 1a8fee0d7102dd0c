// The source line around a diagnostic, as the jsonl format carries it for audit reports that
// no longer have the source (docs/formats.md).
#pragma once

#include <cstdint>
#include <string>

#include "../source.hpp"

namespace citelint::report {

// At most this many bytes of the line are kept, besides the "…" marking a cut.
inline constexpr std::size_t excerpt_bytes = 200;

struct Excerpt {
    std::string text;
    // The part of `text` the span covers, in its bytes: what a report highlights. Empty (begin
    // == end) where the span is: an insertion point, or a span cut off by the excerpt's end.
    std::uint32_t mark_begin = 0;
    std::uint32_t mark_end = 0;
};

// The line that `span` begins on, cut to `excerpt_bytes` around the span's start on UTF-8
// character boundaries, with "…" where it was cut; invalid UTF-8 as U+FFFD, so that the marked
// bytes stay where they are in any JSON of it. A span that goes on past the line is marked to
// the line's end.
Excerpt excerpt_of(const Source& source, Span span);

} // namespace citelint::report
