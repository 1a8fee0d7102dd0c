#include "positions.hpp"

#include <algorithm>

namespace citelint::lsp {

std::string_view encoding_name(Encoding e) {
    return e == Encoding::utf8 ? "utf-8" : "utf-16";
}

std::uint32_t offset_of(const Source& source, Position position, Encoding encoding) {
    const std::string_view text = source.text();
    if (position.line >= source.line_count()) return static_cast<std::uint32_t>(text.size());
    const Span line = source.line_span(position.line + 1);
    std::uint32_t at = line.begin, counted = 0;
    while (at < line.end && counted < position.character) {
        const CharacterSize c = character_at(text, at, line.end);
        const std::uint32_t width = encoding == Encoding::utf8 ? c.bytes : c.utf16;
        if (counted + width > position.character) break; // inside the character: its start
        counted += width;
        at += c.bytes;
    }
    return at;
}

Position position_of(const Source& source, std::uint32_t offset, Encoding encoding) {
    const std::string_view text = source.text();
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    const std::uint32_t line = source.locate(offset).line;
    return {line - 1, source.column(offset, encoding == Encoding::utf8 ? ColumnUnit::byte
                                                                       : ColumnUnit::utf16) -
                          1};
}

std::string changed_text(const Source& source, Position start, Position end,
                         std::string_view replacement, Encoding encoding) {
    const std::uint32_t begin = offset_of(source, start, encoding);
    const std::uint32_t finish = std::max(begin, offset_of(source, end, encoding));
    const std::string_view old = source.text();
    std::string text;
    text.reserve(old.size() - (finish - begin) + replacement.size());
    text.append(old.substr(0, begin));
    text.append(replacement);
    text.append(old.substr(finish));
    return text;
}

} // namespace citelint::lsp
