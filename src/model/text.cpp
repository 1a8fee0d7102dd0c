#include "text.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

#include "../unicode/properties.hpp"

namespace citelint::model {

bool non_ascii_white_space(std::int32_t c) {
    return unicode::is_white_space(c);
}

std::string strip_comments(std::string_view raw) {
    if (raw.find("<!--") == std::string_view::npos) return std::string(raw);
    std::string out;
    while (!raw.empty()) {
        const auto open = raw.find("<!--");
        out += raw.substr(0, open);
        if (open == std::string_view::npos) break;
        const auto close = raw.find("-->", open + 4);
        raw = close == std::string_view::npos ? std::string_view{} : raw.substr(close + 3);
    }
    return out;
}

std::string clean_text(std::string_view raw) {
    if (raw.find("<!--") == std::string_view::npos) return std::string(php_trim(raw));
    return std::string(php_trim(strip_comments(raw)));
}

std::size_t levenshtein(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string did_you_mean(std::string_view word, std::span<const Spelling> known) {
    const std::string lowered = ascii_lower(word);
    std::string_view best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const Spelling& k : known) {
        const std::size_t d = levenshtein(lowered, ascii_lower(k.written));
        if (d < best_distance) {
            best_distance = d;
            best = k.meant;
        }
    }
    return best.empty() ? std::string{} : " (did you mean '" + std::string(best) + "'?)";
}

} // namespace citelint::model
