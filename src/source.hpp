// One input document: its bytes, where it came from, and where its lines start.
#pragma once

#include <cstdint>
#include <memory>
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

// What a column counts: UTF-8 bytes, or UTF-16 code units (the unit of LSP by default and of
// SARIF's "utf16CodeUnits"), where a character outside the BMP counts two and an invalid UTF-8
// sequence one: a U+FFFD for each maximal subpart, as ICU's U8_NEXT and the WHATWG decoder
// (an editor's) read it; or the columns of a terminal (display_width(), tabs of 4).
enum class ColumnUnit { byte, utf16, display };

// Display width of UTF-8 text as a terminal shows it: wide and full-width characters (CJK)
// count two, combining marks and format characters none, control characters and invalid
// bytes one (shown as U+FFFD), a tab advances to the next multiple of `tab_width`.
std::size_t display_width(std::string_view text, std::size_t start_column = 0,
                          std::size_t tab_width = 4);

// Whether `text` is wider than `columns` (from column 0, tabs of 4), read no further than that:
// a page's paragraphs are lines of thousands of characters.
bool wider_than(std::string_view text, std::size_t columns);

// The character starting at `at` in text[..end): its bytes (an invalid sequence's maximal
// subpart: at least one) and its UTF-16 code units.
struct CharacterSize {
    std::uint32_t bytes = 1;
    std::uint32_t utf16 = 1;
};
CharacterSize character_at(std::string_view text, std::uint32_t at, std::uint32_t end);

class Source {
  public:
    Source(std::string path, std::string text);

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] std::string_view slice(Span span) const noexcept {
        return std::string_view(text_).substr(span.begin, span.end - span.begin);
    }
    [[nodiscard]] LineColumn locate(std::uint32_t offset) const noexcept;
    // The 1-based column of `offset` (clamped to the text) on its line, in `unit`: the one
    // column every output and the language server give.
    [[nodiscard]] std::uint32_t column(std::uint32_t offset, ColumnUnit unit) const;
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
    // UTF-16 columns of long lines (a paragraph is a line) every 256 bytes, made when a column
    // on such a line is first asked: many diagnostics on one megabyte line each count from the
    // nearest, not from the line's start. Shared by copies, which hold the same text; guarded
    // for the threads that may ask.
    struct Checkpoints;
    std::shared_ptr<Checkpoints> checkpoints_;
};

} // namespace citelint
