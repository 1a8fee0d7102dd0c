// How wide text is where a terminal shows it (the pretty output's excerpts and carets, and
// Source::column(.., ColumnUnit::display)).
#include <limits>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "source.hpp"

namespace citelint {

namespace {

// The display width of `text` from `start_column`, counted until it exceeds `limit`: past it,
// some width more than `limit`.
std::size_t width_up_to(std::string_view text, std::size_t start_column, std::size_t tab_width,
                        std::size_t limit) {
    std::size_t column = start_column;
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length && column - start_column <= limit) {
        // ASCII, most of any line, is one column a character but the tab: no property lookup
        // (no ASCII character is a mark or a format character, none is wide).
        const auto byte = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
        if (byte < 0x80) {
            column += byte == '\t' ? tab_width - column % tab_width : 1;
            ++i;
            continue;
        }
        UChar32 cp = 0;
        U8_NEXT(text.data(), i, length, cp);
        if (cp < 0) { // invalid byte: shown as one replacement character
            ++column;
            continue;
        }
        const auto category = u_charType(cp);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
            category == U_FORMAT_CHAR || (cp >= 0x1160 && cp <= 0x11FF) || cp == 0x200B)
            continue;
        if (cp < 0x20 || cp == 0x7f) {
            ++column;
            continue;
        }
        const auto width = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
        column += (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
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
