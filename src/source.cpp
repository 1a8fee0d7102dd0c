#include "source.hpp"
#include "unicode/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>

namespace citelint {

// Lines longer than this get checkpoints, one at each step (a character boundary at or after
// it): a column then costs at most a step's scan. A checkpoint is 8 bytes for 256 of the line:
// on a line of 133,000 diagnostics, a step of 4,096 made the columns a third of a SARIF run.
constexpr std::uint32_t checkpoint_step = 256;

struct Source::Checkpoints {
    std::mutex mutex;
    // Per long line (by its start): (offset, UTF-16 units from the line's start before it).
    std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> lines;
};

Source::Source(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)),
      checkpoints_(std::make_shared<Checkpoints>()) {
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
    std::size_t i = at;
    const unicode::CodePoint cp = unicode::next(text.substr(0, end), i);
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
    std::uint32_t at = line_begin;
    if (offset - line_begin > checkpoint_step) {
        const std::uint32_t line_end = line_span(locate(offset).line).end;
        std::lock_guard lock(checkpoints_->mutex);
        auto& marks = checkpoints_->lines[line_begin];
        if (marks.empty()) {
            std::uint32_t count = 0;
            for (std::uint32_t i = line_begin, next = line_begin; i < line_end;) {
                if (i >= next) {
                    marks.emplace_back(i, count);
                    next = i + checkpoint_step;
                }
                const CharacterSize c = character_at(text_, i, line_end);
                count += c.utf16;
                i += c.bytes;
            }
        }
        const auto mark =
            std::upper_bound(marks.begin(), marks.end(), std::pair{offset, ~std::uint32_t{0}});
        if (mark != marks.begin()) std::tie(at, units) = *std::prev(mark);
    }
    while (at < offset) {
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
