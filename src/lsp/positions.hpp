// LSP positions (0-based line, character in the negotiated unit) and byte offsets of a Source.
// Lines are those of Source's line index: a line ends at '\n' (a '\r' before it is not part
// of the line's text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "../source.hpp"

namespace citelint::lsp {

// The unit of Position::character: UTF-16 code units (LSP's default) or UTF-8 bytes.
enum class Encoding { utf8, utf16 };

std::string_view encoding_name(Encoding e);

struct Position {
    std::uint32_t line = 0;
    std::uint32_t character = 0;
    friend bool operator==(Position, Position) = default;
};

// The byte offset of a position. A line past the end is the end of the text; a character past
// the end of its line is the line's end; one inside a character (half a surrogate pair, the
// middle of a UTF-8 sequence) is that character's start.
std::uint32_t offset_of(const Source& source, Position position, Encoding encoding);

// The position of a byte offset (clamped to the text); an offset inside a character counts
// from that character's start.
Position position_of(const Source& source, std::uint32_t offset, Encoding encoding);

// The text with the range from `start` to `end` replaced by `replacement` (an incremental
// change). Positions past the end clamp; an end before the start is taken as the start.
std::string changed_text(const Source& source, Position start, Position end,
                         std::string_view replacement, Encoding encoding);

} // namespace citelint::lsp
