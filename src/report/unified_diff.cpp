#include "unified_diff.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace citelint::report {

namespace {

// The lines of a text, each with its line break ("\n" or "\r\n"), the last perhaps without.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        const std::size_t n = eol == std::string_view::npos ? text.size() : eol + 1;
        lines.push_back(text.substr(0, n));
        text.remove_prefix(n);
    }
    return lines;
}

enum class Op { same, removed, added };

// Myers' O((N+M)D) shortest edit script between a[lo_a..hi_a) and b[lo_b..hi_b), as the
// operations in order. Past `limit` differences it gives up finding a short script and
// removes the one range to add the other (still a correct diff, only a longer one).
std::vector<Op> edit_script(const std::vector<std::string_view>& a,
                            const std::vector<std::string_view>& b, std::size_t limit = 4000) {
    const auto n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
    const long max = std::min<long>(n + m, static_cast<long>(limit));
    std::vector<long> v(2 * static_cast<std::size_t>(max) + 3, 0);
    const long offset = max + 1;
    std::vector<std::vector<long>> trace; // v[-d..d] before each round d
    long found = -1;
    for (long d = 0; d <= max && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                         ? v[offset + k + 1]
                         : v[offset + k - 1] + 1;
            long y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Op> ops;
    if (found < 0) { // too different: all of one out, all of the other in
        ops.assign(a.size(), Op::removed);
        ops.insert(ops.end(), b.size(), Op::added);
        return ops;
    }
    long x = n, y = m;
    for (long d = found; d > 0; --d) {
        const std::vector<long>& before = trace[d]; // v of round d-1, as seen at round d
        const auto at = [&](long k) { return before[static_cast<std::size_t>(k + d)]; };
        const long k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const long prev_k = down ? k + 1 : k - 1;
        const long prev_x = at(prev_k), prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
            ops.push_back(Op::same);
            --x;
            --y;
        }
        ops.push_back(down ? Op::added : Op::removed);
        x = prev_x;
        y = prev_y;
    }
    while (x > 0 && y > 0) {
        ops.push_back(Op::same);
        --x;
        --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

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
    // The lines both start and end with are left out of the search: most of a page.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const std::vector<std::string_view> mid_a(a.begin() + static_cast<long>(head),
                                              a.end() - static_cast<long>(tail));
    const std::vector<std::string_view> mid_b(b.begin() + static_cast<long>(head),
                                              b.end() - static_cast<long>(tail));
    std::vector<Op> ops(head, Op::same);
    const std::vector<Op> middle = edit_script(mid_a, mid_b);
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), tail, Op::same);

    std::string out = fmt::format("--- {}\n+++ {}\n", old_name, new_name);
    std::size_t i = 0, ia = 0, ib = 0; // position in ops, a and b
    while (i < ops.size()) {
        if (ops[i] == Op::same) {
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
            run = ops[end] == Op::same ? run + 1 : 0;
            if (run > 2 * context) break;
        }
        // Back off the unchanged lines at the end beyond `context`.
        std::size_t trailing = 0;
        while (trailing < end - i && ops[end - 1 - trailing] == Op::same)
            ++trailing;
        end -= trailing - std::min(trailing, context);
        std::string body;
        std::size_t count_a = lead, count_b = lead;
        for (std::size_t k = 0; k < lead; ++k)
            put_line(body, ' ', a[ia - lead + k]);
        const std::size_t start_a = ia - lead, start_b = ib - lead;
        for (; i < end; ++i) {
            switch (ops[i]) {
            case Op::same:
                put_line(body, ' ', a[ia++]);
                ++ib;
                ++count_a;
                ++count_b;
                break;
            case Op::removed:
                put_line(body, '-', a[ia++]);
                ++count_a;
                break;
            case Op::added:
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
