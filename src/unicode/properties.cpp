// Lower case as ICU's root locale makes it.
#include "properties.hpp"

#include <vector>

#include "utf8.hpp"

namespace citelint::unicode {

namespace {

constexpr CodePoint capital_sigma = 0x03A3;
constexpr CodePoint final_sigma = 0x03C2;
constexpr CodePoint replacement = 0xFFFD;

// ICU's test for a cased letter beside a sigma: a case-ignorable character is skipped even
// when it is cased too.
enum class Casing { ignorable, cased, none };

Casing casing(CodePoint c) {
    const std::uint32_t p = properties(c);
    if (p & tables::case_ignorable_bit) return Casing::ignorable;
    return (p & tables::cased_bit) ? Casing::cased : Casing::none;
}

// Whether the first character that is not case-ignorable, walking from `from` in `step`, is
// cased.
bool cased_beside(const std::vector<CodePoint>& text, std::size_t from, int step) {
    for (auto i = static_cast<std::ptrdiff_t>(from);
         i >= 0 && i < static_cast<std::ptrdiff_t>(text.size()); i += step) {
        const Casing k = casing(text[static_cast<std::size_t>(i)]);
        if (k != Casing::ignorable) return k == Casing::cased;
    }
    return false;
}

void append_lower(std::string& out, CodePoint c) {
    for (std::size_t i = 0; i < tables::long_lower_count; ++i) // U+0130 alone in Unicode 15
        if (tables::long_lower[i].code_point == c) {
            out += tables::long_lower[i].utf8;
            return;
        }
    append(out, c + case_deltas(c).lower);
}

} // namespace

std::string to_lower(std::string_view text) {
    std::vector<CodePoint> code_points;
    for (std::size_t at = 0; at < text.size();) {
        const CodePoint c = next(text, at);
        code_points.push_back(c < 0 ? replacement : c);
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < code_points.size(); ++i) {
        const CodePoint c = code_points[i];
        // Final_Sigma (Unicode's SpecialCasing.txt): after a cased letter, not before one.
        if (c == capital_sigma && i > 0 && cased_beside(code_points, i - 1, -1) &&
            !cased_beside(code_points, i + 1, 1))
            append(out, final_sigma);
        else
            append_lower(out, c);
    }
    return out;
}

} // namespace citelint::unicode
