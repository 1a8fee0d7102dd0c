#include "markdown.hpp"

#include <algorithm>

namespace citelint::report {

std::string markdown_cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            continue;
        }
        if (std::string_view("\\`*_[]<>|#~!&").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_fence(std::string_view text, std::string_view language) {
    std::size_t longest = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
    return fence + std::string(language) + '\n' + std::string(text) + '\n' + fence + '\n';
}

} // namespace citelint::report
