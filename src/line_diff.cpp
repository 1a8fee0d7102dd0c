#include "line_diff.hpp"

#include <algorithm>

namespace citelint {

namespace {

// Myers' shortest edit script between a and b.
std::vector<LineOp> myers(const std::vector<std::string_view>& a,
                          const std::vector<std::string_view>& b, std::size_t limit) {
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
    std::vector<LineOp> ops;
    if (found < 0) { // too different: all of one out, all of the other in
        ops.assign(a.size(), LineOp::removed);
        ops.insert(ops.end(), b.size(), LineOp::added);
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
            ops.push_back(LineOp::same);
            --x;
            --y;
        }
        ops.push_back(down ? LineOp::added : LineOp::removed);
        x = prev_x;
        y = prev_y;
    }
    while (x > 0 && y > 0) {
        ops.push_back(LineOp::same);
        --x;
        --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

} // namespace

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

std::vector<LineOp> line_edit_script(const std::vector<std::string_view>& a,
                                     const std::vector<std::string_view>& b, std::size_t limit) {
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
    std::vector<LineOp> ops(head, LineOp::same);
    const std::vector<LineOp> middle = myers(mid_a, mid_b, limit);
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), tail, LineOp::same);
    return ops;
}

std::vector<bool> changed_lines(std::string_view before, std::string_view after) {
    const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
    std::vector<bool> changed(b.size(), false);
    std::size_t line = 0;
    for (const LineOp op : line_edit_script(a, b)) {
        if (op == LineOp::removed) continue;
        if (op == LineOp::added) changed[line] = true;
        ++line;
    }
    return changed;
}

} // namespace citelint
