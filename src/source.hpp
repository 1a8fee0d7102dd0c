// One input document: its bytes, where it came from, and where its lines start.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citelint {

struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    [[nodiscard]] bool empty() const noexcept { return begin == end; }
    [[nodiscard]] std::uint32_t size() const noexcept { return end - begin; }
    friend bool operator==(Span, Span) = default;
};

struct LineColumn {
    std::uint32_t line = 1;        // 1-based
    std::uint32_t byte_column = 1; // 1-based, in UTF-8 bytes
};

class Source {
  public:
    Source(std::string path, std::string text);

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] std::string_view slice(Span span) const noexcept {
        return std::string_view(text_).substr(span.begin, span.end - span.begin);
    }
    [[nodiscard]] LineColumn locate(std::uint32_t offset) const noexcept;
    [[nodiscard]] Span line_span(std::uint32_t line) const noexcept; // without the newline
    // Where a line (1-based, at most line_count()) begins: for sweeps over many offsets.
    [[nodiscard]] std::uint32_t line_start(std::uint32_t line) const noexcept {
        return line_starts_[line - 1];
    }
    [[nodiscard]] std::uint32_t line_count() const noexcept {
        return static_cast<std::uint32_t>(line_starts_.size());
    }

  private:
    std::string path_;
    std::string text_;
    std::vector<std::uint32_t> line_starts_;
};

} // namespace citelint
