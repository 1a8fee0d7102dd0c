// Ordinal numbers written with a full stop, which do not end a sentence.
#include "ordinals.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "../../unicode/utf8.hpp"
#include "../citations/catalogue.hpp"
#include "../text.hpp"
#include "../tsv.hpp"

namespace citelint::data {
extern const char* const ordinal_words_tsv; // from rules/data/ordinal_words.tsv
extern const char* const month_names_tsv;   // from rules/data/month_names.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

struct OrdinalWords {
    std::vector<std::string> after, after_prefixes, before; // sorted
    MonthNames months{""};

    OrdinalWords() {
        for_each_row(data::ordinal_words_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 2 || f[1].empty()) return;
            if (f[0] == "before")
                before.emplace_back(f[1]);
            else if (f[1].back() == '*')
                after_prefixes.emplace_back(f[1].substr(0, f[1].size() - 1));
            else
                after.emplace_back(f[1]);
        });
        std::sort(after.begin(), after.end());
        std::sort(before.begin(), before.end());
        // The month names but the English abbreviations ("Jan", "Mar" are names and words).
        std::string names;
        for_each_row(data::month_names_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 2 || (f.size() > 2 && f[2] == "en-abbr")) return;
            names.append(f[0]).append("\t").append(f[1]).append("\n");
        });
        months = MonthNames(names);
    }

    [[nodiscard]] bool follows(std::string_view word) const {
        if (std::binary_search(after.begin(), after.end(), word)) return true;
        for (const std::string& p : after_prefixes)
            if (word.size() >= p.size() && word.substr(0, p.size()) == p) return true;
        return months.month(word) != 0;
    }
};

const OrdinalWords& ordinal_words() {
    static const OrdinalWords words;
    return words;
}

// The start of the white space that ends at `end`: ASCII spaces and the others of Unicode, as
// a no-break space ("19.&nbsp;Jahrhundert") or a narrow one.
std::size_t space_before(std::string_view text, std::size_t end) {
    while (end > 0) {
        std::size_t i = end;
        const unicode::CodePoint c = unicode::previous(text, 0, i);
        if (c < 0 || !white_space(c)) break;
        end = i;
    }
    return end;
}

// A letter of a word: an ASCII letter or any byte of a multi-byte UTF-8 character.
bool word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

} // namespace

bool after_ordinal(std::string_view text, std::uint32_t at) {
    if (at > text.size()) return false;
    const std::size_t stop = space_before(text, at);
    if (stop < 2 || text[stop - 1] != '.') return false;
    std::size_t number = stop - 1;
    while (number > 0 && ascii_digit(text[number - 1]))
        --number;
    const std::size_t digits = stop - 1 - number;
    // One to three digits standing alone: not a year, a decimal ("3.14.") or a version ("v2.").
    if (digits == 0 || digits > 3) return false;
    if (number > 0 && text[number - 1] != '(' && space_before(text, number) == number) return false;
    const OrdinalWords& words = ordinal_words();
    std::size_t end = at;
    while (end < text.size() && word_byte(text[end]))
        ++end;
    if (end > at && words.follows(text.substr(at, end - at))) return true;
    const std::size_t before_end = space_before(text, number);
    std::size_t before = before_end;
    while (before > 0 && word_byte(text[before - 1]))
        --before;
    std::string previous(text.substr(before, before_end - before));
    if (!previous.empty() && previous[0] >= 'A' && previous[0] <= 'Z') previous[0] += 'a' - 'A';
    return !previous.empty() &&
           std::binary_search(words.before.begin(), words.before.end(), previous);
}

} // namespace citelint::model
