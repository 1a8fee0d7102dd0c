// How wide text is where a terminal shows it (the pretty output's excerpts and carets, and
// Source::column(.., ColumnUnit::display)).
#include <limits>

#include "source.hpp"
#include "unicode/utf8.hpp"

namespace citelint {

namespace {

// The display width of `text` from `start_column`, counted until it exceeds `limit`: past it,
// some width more than `limit`.
std::size_t width_up_to(std::string_view text, std::size_t start_column, std::size_t tab_width,
                        std::size_t limit) {
    std::size_t column = start_column;
    std::size_t i = 0;
    while (i < text.size() && column - start_column <= limit) {
        // ASCII, most of any line, is one column a character but the tab: no property lookup
        // (no ASCII character is a mark or a format character, none is wide).
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            column += byte == '\t' ? tab_width - column % tab_width : 1;
            ++i;
            continue;
        }
        const unicode::CodePoint cp = unicode::next(text, i);
        if (cp < 0) { // invalid byte: shown as one replacement character
            ++column;
            continue;
        }
        using unicode::Category;
        const Category category = unicode::category(cp);
        if (category == Category::nonspacing_mark || category == Category::enclosing_mark ||
            category == Category::format || (cp >= 0x1160 && cp <= 0x11FF) || cp == 0x200B)
            continue;
        if (cp < 0x20 || cp == 0x7f) {
            ++column;
            continue;
        }
        column += unicode::is_wide(cp) ? 2 : 1;
    }
    return column - start_column;
}

} // namespace

std::size_t display_width(std::string_view text, std::size_t start_column, std::size_t tab_width) {
    return width_up_to(text, start_column, tab_width, std::numeric_limits<std::size_t>::max());
}

bool wider_than(std::string_view text, std::size_t columns) {
    return width_up_to(text, 0, 4, columns) > columns;
}

} // namespace citelint
