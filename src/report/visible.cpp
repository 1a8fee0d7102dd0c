#include "visible.hpp"

#include <fmt/format.h>

#include "../source.hpp"
#include "../unicode/utf8.hpp"

namespace citelint::report {

namespace {

// The length of the control character at `i` (1 for C0 and DEL, 2 for a C1 in UTF-8), or 0.
std::size_t control_at(std::string_view text, std::size_t i, bool keep_line_breaks) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || (keep_line_breaks && c == '\n')) return 0;
    if (c < 0x20 || c == 0x7F) return 1;
    if (c == 0xC2 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9F) return 2;
    }
    return 0;
}

} // namespace

std::string visible_controls(std::string_view text, bool keep_line_breaks) {
    std::size_t i = 0;
    while (i < text.size() && control_at(text, i, keep_line_breaks) == 0)
        ++i;
    if (i == text.size()) return std::string(text);
    std::string out(text.substr(0, i));
    while (i < text.size()) {
        const std::size_t n = control_at(text, i, keep_line_breaks);
        if (n == 0) {
            out += text[i++];
        } else if (n == 1) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
            ++i;
        } else {
            out += fmt::format("\\u{{{:x}}}", static_cast<unsigned char>(text[i + 1]));
            i += 2;
        }
    }
    return out;
}

Printable printable(std::string_view bytes, std::size_t column) {
    Printable out;
    out.text.reserve(bytes.size());
    const std::size_t start = column;
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t before = i;
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte >= 0x20 && byte < 0x7f) { // printable ASCII, most of any line: one column
            out.text += static_cast<char>(byte);
            ++column;
            ++i;
            continue;
        }
        const unicode::CodePoint cp = unicode::next(bytes, i);
        if (cp == '\t') {
            const std::size_t spaces = 4 - column % 4;
            out.text.append(spaces, ' ');
            column += spaces;
        } else if (cp < 0 || cp < 0x20 || cp == 0x7f) {
            out.text += "\xef\xbf\xbd";
            ++column;
        } else {
            const std::string_view piece = bytes.substr(before, i - before);
            out.text += piece;
            column += display_width(piece, column);
        }
    }
    out.width = column - start;
    return out;
}

} // namespace citelint::report
