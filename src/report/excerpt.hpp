// The source line around a diagnostic, as the jsonl format carries it for audit reports that
// no longer have the source (README "Formats").
#pragma once

#include <string>

#include "../source.hpp"

namespace citelint::report {

// At most this many bytes of the line are kept, besides the "…" marking a cut.
inline constexpr std::size_t excerpt_bytes = 200;

// The line that `span` begins on, cut to `excerpt_bytes` around the span's start on UTF-8
// character boundaries, with "…" where it was cut.
std::string excerpt_of(const Source& source, Span span);

} // namespace citelint::report
