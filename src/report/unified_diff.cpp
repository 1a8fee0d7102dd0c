#include "unified_diff.hpp"

#include "../line_diff.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace citelint::report {

namespace {

void put_line(std::string& out, char mark, std::string_view line) {
    out += mark;
    out += line;
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "start,count" of a hunk's range as diff writes it: a range of no lines starts one before.
std::string range(std::size_t start, std::size_t count) {
    if (count == 1) return fmt::format("{}", start + 1);
    return fmt::format("{},{}", count == 0 ? start : start + 1, count);
}

} // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                         std::string_view new_name, std::size_t context) {
    if (before == after) return {};
    const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
    const std::vector<LineOp> ops = line_edit_script(a, b);

    std::string out = fmt::format("--- {}\n+++ {}\n", old_name, new_name);
    std::size_t i = 0, ia = 0, ib = 0; // position in ops, a and b
    while (i < ops.size()) {
        if (ops[i] == LineOp::same) {
            ++i;
            ++ia;
            ++ib;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that comes within 2 * context unchanged lines of the one before.
        const std::size_t lead = std::min({context, ia, ib});
        std::size_t end = i;
        for (std::size_t run = 0; end < ops.size(); ++end) {
            run = ops[end] == LineOp::same ? run + 1 : 0;
            if (run > 2 * context) break;
        }
        // Back off the unchanged lines at the end beyond `context`.
        std::size_t trailing = 0;
        while (trailing < end - i && ops[end - 1 - trailing] == LineOp::same)
            ++trailing;
        end -= trailing - std::min(trailing, context);
        std::string body;
        std::size_t count_a = lead, count_b = lead;
        for (std::size_t k = 0; k < lead; ++k)
            put_line(body, ' ', a[ia - lead + k]);
        const std::size_t start_a = ia - lead, start_b = ib - lead;
        for (; i < end; ++i) {
            switch (ops[i]) {
            case LineOp::same:
                put_line(body, ' ', a[ia++]);
                ++ib;
                ++count_a;
                ++count_b;
                break;
            case LineOp::removed:
                put_line(body, '-', a[ia++]);
                ++count_a;
                break;
            case LineOp::added:
                put_line(body, '+', b[ib++]);
                ++count_b;
                break;
            }
        }
        out += fmt::format("@@ -{} +{} @@\n", range(start_a, count_a), range(start_b, count_b));
        out += body;
    }
    return out;
}

} // namespace citelint::report
