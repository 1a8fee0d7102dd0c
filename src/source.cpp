#include "source.hpp"

#include <algorithm>
#include <cstring>

#include <unicode/utf8.h>

namespace citelint {

Source::Source(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    const char* const base = text_.data();
    const char* p = base;
    const char* const end = base + text_.size();
    while (p != end) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        line_starts_.push_back(static_cast<std::uint32_t>(p - base));
    }
}

LineColumn Source::locate(std::uint32_t offset) const noexcept {
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
    return {line, offset - line_starts_[line - 1] + 1};
}

CharacterSize character_at(std::string_view text, std::uint32_t at, std::uint32_t end) {
    auto i = static_cast<std::int32_t>(at);
    UChar32 cp = 0;
    U8_NEXT(text.data(), i, static_cast<std::int32_t>(end), cp);
    return {static_cast<std::uint32_t>(i) - at, cp > 0xffff ? 2u : 1u};
}

std::uint32_t Source::column(std::uint32_t offset, ColumnUnit unit) const {
    offset = std::min(offset, static_cast<std::uint32_t>(text_.size()));
    const std::uint32_t line_begin = line_start(locate(offset).line);
    if (unit == ColumnUnit::byte) return offset - line_begin + 1;
    if (unit == ColumnUnit::display)
        return static_cast<std::uint32_t>(
                   display_width(std::string_view(text_).substr(line_begin, offset - line_begin))) +
               1;
    std::uint32_t units = 0;
    for (std::uint32_t at = line_begin; at < offset;) {
        const CharacterSize c = character_at(text_, at, offset);
        units += c.utf16;
        at += c.bytes;
    }
    return units + 1;
}

Span Source::line_span(std::uint32_t line) const noexcept {
    const std::uint32_t begin = line_starts_.at(line - 1);
    std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                                   : static_cast<std::uint32_t>(text_.size());
    if (end > begin && text_[end - 1] == '\r') --end;
    return {begin, end};
}

} // namespace citelint
