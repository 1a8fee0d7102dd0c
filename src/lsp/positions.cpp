#include "positions.hpp"

#include <algorithm>

namespace citelint::lsp {

std::string_view encoding_name(Encoding e) {
    return e == Encoding::utf8 ? "utf-8" : "utf-16";
}

std::uint32_t sequence_length(std::string_view text, std::uint32_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::uint32_t length = 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    if (at + length > text.size()) return 1;
    for (std::uint32_t i = 1; i < length; ++i)
        if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80) return 1;
    return length;
}

namespace {

// Units of one character in the encoding: a four-byte sequence is a surrogate pair in UTF-16.
std::uint32_t units(std::uint32_t bytes, Encoding encoding) {
    if (encoding == Encoding::utf8) return bytes;
    return bytes == 4 ? 2 : 1;
}

} // namespace

std::uint32_t offset_of(const Source& source, Position position, Encoding encoding) {
    const std::string_view text = source.text();
    if (position.line >= source.line_count()) return static_cast<std::uint32_t>(text.size());
    const Span line = source.line_span(position.line + 1);
    std::uint32_t at = line.begin, counted = 0;
    while (at < line.end && counted < position.character) {
        const std::uint32_t bytes = std::min(sequence_length(text, at), line.end - at);
        const std::uint32_t width = units(bytes, encoding);
        if (counted + width > position.character) break; // inside the character: its start
        counted += width;
        at += bytes;
    }
    return at;
}

Position position_of(const Source& source, std::uint32_t offset, Encoding encoding) {
    const std::string_view text = source.text();
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    const LineColumn located = source.locate(offset);
    const std::uint32_t begin = source.line_start(located.line);
    if (encoding == Encoding::utf8) return {located.line - 1, offset - begin};
    std::uint32_t at = begin, counted = 0;
    while (at < offset) {
        const std::uint32_t bytes = sequence_length(text, at);
        if (at + bytes > offset) break;
        counted += units(bytes, encoding);
        at += bytes;
    }
    return {located.line - 1, counted};
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
