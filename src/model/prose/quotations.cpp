#include "quotations.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "../text.hpp"
#include "../tsv.hpp"
#include "claims.hpp"

namespace citelint::data {
extern const char* const quotation_cues_tsv;         // from rules/data/quotation_cues.tsv
extern const char* const title_case_minor_words_tsv; // rules/data/title_case_minor_words.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

// Whether a text holds '"' or a byte that begins one of the other quotation marks (“ „ « 「).
bool may_hold_quotation_mark(std::string_view text) {
    for (std::size_t i = skip_plain<false, '"', '\xC2', '\xE2', '\xE3'>(text, 0, text.size());
         i < text.size(); ++i)
        if (text[i] == '"' || text[i] == '\xC2' || text[i] == '\xE2' || text[i] == '\xE3')
            return true;
    return false;
}

// What tells a quoted run from a quotation: the words around it that make it a gloss, a name,
// a mention or a title (rules/data/quotation_cues.tsv), and the words English title case
// leaves in lower case (rules/data/title_case_minor_words.tsv); all lower-cased.
struct Cue {
    std::string words;
    // The cue of a title ("the song"): a title's first word is capitalised, in sentence case
    // too, so a run beginning in lower case after it is a description (called the book "a
    // gentle satire ...").
    bool title = false;
};

struct QuotationData {
    std::vector<Cue> before, after;
    std::vector<std::string> minor_words;
};

const QuotationData& builtin_data() {
    static const QuotationData data = [] {
        QuotationData read;
        for_each_row(data::quotation_cues_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 2) return;
            Cue cue{ascii_lower(f[0]), f.size() > 2 && f[2] == "title"};
            (f[1] == "after" ? read.after : read.before).push_back(std::move(cue));
        });
        for_each_row(data::title_case_minor_words_tsv, [&](const std::vector<std::string_view>& f) {
            read.minor_words.push_back(ascii_lower(f[0]));
        });
        std::sort(read.minor_words.begin(), read.minor_words.end());
        return read;
    }();
    return data;
}

bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether the words right before an opening mark (`before`, spaces trimmed) end with a cue, not
// a title's when the run begins with a `lower_case` letter; a cue beginning with a Latin letter
// only where a word begins ("renamed" is no "named"), after an apostrophe too (l'articolo).
bool cued_before(std::string_view before, bool lower_case, const QuotationData& data) {
    for (const auto& [cue, title] : data.before) {
        if (title && lower_case) continue;
        if (cue.size() > before.size()) continue;
        const std::size_t at = before.size() - cue.size();
        if (!ascii_iequal_at(before, at, cue)) continue;
        if (at == 0 || !ascii_alnum(cue.front())) return true;
        const char previous = before[at - 1];
        if (!ascii_alnum(previous) && static_cast<unsigned char>(previous) < 0x80) return true;
        if (before.substr(0, at).ends_with("\u2019")) return true;
    }
    return false;
}

// Whether the text right after a closing mark begins with a cue, not a title's when the run
// begins with a `lower_case` letter: past spaces when the cue begins with a Latin letter (the
// "-" of „…“-Rede follows the mark at once), and ending where a word ends.
bool cued_after(std::string_view after, bool lower_case, const QuotationData& data) {
    std::size_t spaces = 0;
    while (spaces < after.size() && after[spaces] == ' ')
        ++spaces;
    for (const auto& [cue, title] : data.after) {
        if (title && lower_case) continue;
        const std::size_t at = ascii_alnum(cue.front()) ? spaces : 0;
        if (!ascii_iequal_at(after, at, cue)) continue;
        const std::size_t end = at + cue.size();
        if (!ascii_alnum(cue.back()) || end == after.size() || !ascii_alnum(after[end]))
            return true;
    }
    return false;
}

// Whether a quoted run reads as a title in title case: at most ten words, and of those that
// title case would capitalise (all but its minor words and figures: "End of the Tunnel"), two
// or more and at least 70% begin with a capital letter. `words`: how many words it has.
bool title_cased(std::string_view inside, const QuotationData& data, std::size_t& words) {
    std::size_t counted = 0, capitals = 0;
    words = 0;
    std::string lowered;
    for (std::size_t i = 0; i < inside.size();) {
        if (!claim_word_byte(static_cast<unsigned char>(inside[i]))) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < inside.size() && claim_word_byte(static_cast<unsigned char>(inside[i])))
            ++i;
        ++words;
        const std::string_view word = inside.substr(start, i - start);
        if (word.front() >= 'A' && word.front() <= 'Z') {
            ++capitals;
            ++counted;
            continue;
        }
        if (word.front() >= '0' && word.front() <= '9') continue; // "Part 2": neither
        lowered.assign(word);
        if (!std::binary_search(data.minor_words.begin(), data.minor_words.end(), lowered))
            ++counted;
    }
    return words <= 10 && counted >= 2 && capitals * 10 >= counted * 7;
}

} // namespace

std::optional<std::pair<std::size_t, std::size_t>> find_quotation(std::string_view text) {
    if (!may_hold_quotation_mark(text)) return std::nullopt;
    static constexpr std::pair<std::string_view, std::string_view> marks[] = {{"\"", "\""},
                                                                              {"\u201C", "\u201D"},
                                                                              {"\u00AB", "\u00BB"},
                                                                              {"\u201E", "\u201C"},
                                                                              {"\u300C", "\u300D"}};
    const QuotationData& data = builtin_data();
    // An ASCII '"' after the digits of a measure in degrees, minutes and seconds or feet and
    // inches (52° 31' 6", 5' 10"), or between Hebrew letters (the gershayim of an abbreviation,
    // ק"מ), is no quotation mark.
    const auto not_a_mark = [&](std::size_t at) {
        if (at == 0) return false;
        std::size_t digits = at;
        while (digits > 0 && text[digits - 1] >= '0' && text[digits - 1] <= '9')
            --digits;
        if (digits < at) {
            const std::string_view lead =
                text.substr(digits >= 8 ? digits - 8 : 0, digits >= 8 ? 8 : digits);
            return lead.find('\'') != std::string_view::npos ||
                   lead.find("\u2032") != std::string_view::npos ||
                   lead.find("\u00B0") != std::string_view::npos;
        }
        const bool hebrew_before = at >= 2 && static_cast<unsigned char>(text[at - 2]) == 0xD7;
        const bool hebrew_after =
            at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0xD7;
        return hebrew_before && hebrew_after;
    };
    for (const auto& [open, close] : marks) {
        for (std::size_t a = text.find(open); a != std::string_view::npos;
             a = text.find(open, a + open.size())) {
            if (open == "\"" && not_a_mark(a)) continue;
            std::size_t b = text.find(close, a + open.size());
            while (close == "\"" && b != std::string_view::npos && not_a_mark(b))
                b = text.find(close, b + 1);
            if (b == std::string_view::npos) break;
            const std::string_view inside = text.substr(a + open.size(), b - a - open.size());
            const std::size_t next = b;
            std::string_view before = text.substr(0, a);
            while (!before.empty() && before.back() == ' ')
                before.remove_suffix(1);
            // A title, a short run, a gloss in parentheses (Teufelsberg ("the devil's hill")), or
            // a run the words around it make a gloss, a name, a mention or a title. The cues,
            // the longest test, are looked for last.
            std::size_t words = 0;
            if (title_cased(inside, data, words) || (words < 4 && count_words(inside) < 4)) {
                a = next;
                continue;
            }
            const bool lower_case =
                !inside.empty() && inside.front() >= 'a' && inside.front() <= 'z';
            const bool named = (!before.empty() && before.back() == '(') ||
                               cued_before(before, lower_case, data) ||
                               cued_after(text.substr(b + close.size()), lower_case, data);
            if (!named) return std::pair{a, b + close.size()};
            a = next;
        }
    }
    return std::nullopt;
}

} // namespace citelint::model
