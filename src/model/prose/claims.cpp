#include "claims.hpp"

#include "../../unicode/utf8.hpp"
#include "../text.hpp"
#include "../tsv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace citelint::data {
extern const char* const claim_words_tsv;   // from rules/data/claim_words.tsv
extern const char* const claim_weights_tsv; // from rules/data/claim_weights.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

constexpr std::array<std::string_view, claim_feature_count> feature_names = {
    "number",
    "year",
    "percent",
    "money",
    "quantity",
    "quotation",
    "reported_speech",
    "superlative",
    "evaluative",
    "contentious",
    "hedge",
    "proper_names",
    "long_sentence",
    "short_sentence",
    "section_history",
    "section_reception",
    "section_plot",
    "last_in_paragraph",
    "first_in_paragraph",
    "alone_in_paragraph",
};

std::optional<ClaimFeature> feature_of(std::string_view name) {
    for (std::size_t i = 0; i < feature_names.size(); ++i)
        if (feature_names[i] == name) return static_cast<ClaimFeature>(i);
    return std::nullopt;
}

// The words of a text (as claim_words() finds them) as views into `lowered`, its lower-cased
// copy (both buffers reused: their old contents are dropped); `capitalised` counts the words
// after the first that begin with an ASCII capital (names of people, places, works).
void word_views(std::string_view text, std::string& lowered, std::vector<std::string_view>& out,
                std::size_t* capitalised = nullptr) {
    lowered.resize(text.size());
    out.clear();
    out.reserve(text.size() / 4 + 1);
    char* const low = lowered.data();
    // Lower-cased first in a loop without branches (the compiler vectorises it), then cut
    // into words: cheaper than lower-casing byte by byte while finding the words.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        low[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
    }
    std::size_t capitals = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!claim_word_bytes[static_cast<unsigned char>(low[i])]) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (text[i] >= 'A' && text[i] <= 'Z' && !out.empty()) ++capitals;
        do
            ++i;
        while (i < text.size() && claim_word_bytes[static_cast<unsigned char>(low[i])]);
        out.emplace_back(low + start, i - start);
    }
    if (capitalised) *capitalised = capitals;
}

// The value of the decimal digit that starts at `at`, in any script (Unicode's Nd: ASCII,
// Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari ०-९, Bengali, Thai, Burmese, full width ０-９, ...),
// and `at` moved past it; -1, and `at` past the character, when it is none. Only characters
// of the blocks that hold digits are looked up: Latin, Greek and Cyrillic letters are not.
int digit_at(std::string_view text, std::size_t& at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
        ++at;
        return byte >= '0' && byte <= '9' ? byte - '0' : -1;
    }
    const unicode::CodePoint c = unicode::next(text, at);
    const bool may_be_digit = byte == 0xD9 || byte == 0xDB || byte == 0xDF ||
                              (byte >= 0xE0 && byte <= 0xE1) || byte == 0xEA || byte == 0xEF ||
                              byte == 0xF0;
    return may_be_digit && c >= 0 ? unicode::digit_value(c) : -1;
}

// Bytes that may begin a figure or a sign: ASCII digits, '%' and '$', and the first bytes of
// the blocks that hold other scripts' digits (digit_at()) and other percent and currency signs.
constexpr std::array<char, 14> non_digit_figure_bytes = {'%',    '$',    '\xC2', '\xD6', '\xD8',
                                                         '\xD9', '\xDB', '\xDF', '\xE0', '\xE1',
                                                         '\xE2', '\xEA', '\xEF', '\xF0'};
constexpr std::array<bool, 256> figure_bytes = [] {
    std::array<bool, 256> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = true;
    for (const char c : non_digit_figure_bytes)
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

// The first position from `at` of a byte of figure_bytes: with SSE2 16 bytes at a time, the
// digits compared as one range.
std::size_t next_figure_byte(std::string_view text, std::size_t at) {
#if defined(__SSE2__)
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    while (at + 16 <= text.size()) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        const __m128i from_zero = _mm_sub_epi8(bytes, zero);
        __m128i hits = _mm_cmpeq_epi8(_mm_min_epu8(from_zero, nine), from_zero);
        for (const char c : non_digit_figure_bytes)
            hits = _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)));
        if (const int mask = _mm_movemask_epi8(hits); mask != 0)
            return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        at += 16;
    }
#endif
    while (at < text.size() && !figure_bytes[static_cast<unsigned char>(text[at])])
        ++at;
    return at;
}

// What find_figures() finds in a text.
struct Figures {
    bool number = false;
    bool year = false;
    bool percent = false;
    bool money = false;
};

// Whether the character at `at` is a percent sign (%, and the Arabic ٪, full-width ％ and small
// ﹪) or a currency sign (Unicode's Sc: $ € £ ¥ ₹ ₽ ৳ ﷼ ...).
void find_sign(std::string_view text, std::size_t at, Figures& found) {
    const unicode::CodePoint c = unicode::next(text, at);
    if (c == '%' || c == 0x066A || c == 0xFE6A || c == 0xFF05)
        found.percent = true;
    else if (unicode::category(c) == unicode::Category::currency_symbol)
        found.money = true;
}

// The figures and signs of a text, in one pass that looks only at the bytes that may begin one
// (figure_bytes): the letters of a non-Latin script are skipped as quickly as ASCII ones. Each
// run of digits is a number, or a year (four digits, 1000-2099), but a run right after an
// ASCII letter belongs to a name ("H2O", "MP3"). Scripts written without spaces run figures
// into their words ("1947年", "５０％増えた"); a run that an ASCII letter follows is a number
// with its unit ("1500m", "1990s"), not a year.
Figures find_figures(std::string_view text) {
    Figures found;
    const auto ascii_letter = [](unsigned char byte) {
        return static_cast<unsigned>((byte | 0x20) - 'a') < 26u;
    };
    const std::size_t size = text.size();
    for (std::size_t i = next_figure_byte(text, 0); i < size; i = next_figure_byte(text, i)) {
        const std::size_t start = i;
        const int first = digit_at(text, i);
        if (first < 0) {
            find_sign(text, start, found);
            continue;
        }
        int second = -1;
        std::size_t digits = 1, end = i;
        for (int d = 0; end < size && (d = digit_at(text, i)) >= 0; end = i, ++digits)
            if (digits == 1) second = d;
        i = end;
        if (start > 0 && ascii_letter(static_cast<unsigned char>(text[start - 1]))) continue;
        const bool unit = end < size && ascii_letter(static_cast<unsigned char>(text[end]));
        if (digits == 4 && !unit && (first == 1 || (first == 2 && second == 0)))
            found.year = true;
        else
            found.number = true;
    }
    return found;
}

} // namespace

std::uint32_t count_words(std::string_view text) {
    std::uint32_t words = 0, characters = 0; // characters: Han and kana
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::uint32_t c = byte;
        std::size_t length = 1;
        if (byte >= 0xf0 && i + 3 < text.size()) {
            c = ((byte & 0x07u) << 18) | ((text[i + 1] & 0x3fu) << 12) |
                ((text[i + 2] & 0x3fu) << 6) | (text[i + 3] & 0x3fu);
            length = 4;
        } else if (byte >= 0xe0 && i + 2 < text.size()) {
            c = ((byte & 0x0fu) << 12) | ((text[i + 1] & 0x3fu) << 6) | (text[i + 2] & 0x3fu);
            length = 3;
        } else if (byte >= 0xc0 && i + 1 < text.size()) {
            c = ((byte & 0x1fu) << 6) | (text[i + 1] & 0x3fu);
            length = 2;
        }
        i += length;
        const bool ideograph = (c >= 0x3040 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00);
        const bool letter =
            c >= 0x80 ? c != 0xa0 && !(c >= 0x2000 && c < 0x3040) &&
                            !(c >= 0xff00 && c < 0xff66) // fullwidth punctuation
                      : (c >= '0' && c <= '9') || ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'z');
        if (ideograph) {
            ++characters;
            in_word = false;
        } else if (letter) {
            words += !in_word;
            in_word = true;
        } else {
            in_word = c == '\'';
        }
    }
    return words + characters / 2;
}

std::string_view claim_feature_name(ClaimFeature f) {
    return feature_names[static_cast<std::size_t>(f)];
}

std::vector<std::string> claim_words(std::string_view text) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        if (!claim_word_byte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::string w;
        while (i < text.size() && claim_word_byte(static_cast<unsigned char>(text[i]))) {
            w += ascii_lower(text[i++]);
        }
        words.push_back(std::move(w));
    }
    return words;
}

ClaimModel::ClaimModel(std::string_view words, std::string_view weights) {
    for_each_row(words, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2) return;
        const std::string_view feature = f[0], phrase = f[1];
        const bool weak = f.size() >= 3 && f[2] == "weak";
        if (const auto f = feature_of(feature)) {
            std::vector<std::string> parts = claim_words(phrase);
            const bool section = claim_feature_name(*f).rfind("section_", 0) == 0;
            if (!parts.empty()) phrases_.push_back({std::move(parts), *f, section, weak});
        }
    });
    std::sort(phrases_.begin(), phrases_.end(),
              [](const Phrase& x, const Phrase& y) { return x.words < y.words; });
    std::vector<std::pair<std::string, std::pair<std::uint32_t, std::uint32_t>>> first_words;
    for (std::uint32_t i = 0; i < phrases_.size();) {
        std::uint32_t j = i;
        while (j < phrases_.size() && phrases_[j].words.front() == phrases_[i].words.front())
            ++j;
        first_words.emplace_back(phrases_[i].words.front(), std::pair{i, j});
        first_word_shapes_.set(shape(phrases_[i].words.front()));
        i = j;
    }
    first_words_ = NameTable(std::move(first_words));
    for_each_row(weights, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2) return;
        if (f[0] == "word" && f.size() >= 3) {
            lexicon_.emplace_back(std::string(f[1]),
                                  std::strtod(std::string(f[2]).c_str(), nullptr));
            return;
        }
        const std::string_view name = f[0], value = f[1];
        const double v = std::strtod(std::string(value).c_str(), nullptr);
        if (name == "bias")
            bias_ = v;
        else if (name == "threshold")
            threshold_ = v;
        else if (name == "challenge_threshold")
            challenge_threshold_ = v;
        else if (const auto f = feature_of(name))
            weights_[static_cast<std::size_t>(*f)] = v;
    });
    std::sort(lexicon_.begin(), lexicon_.end());
    challenge_threshold_ = std::max(challenge_threshold_, threshold_);
}

const ClaimModel& ClaimModel::builtin() {
    static const ClaimModel model(data::claim_words_tsv, data::claim_weights_tsv);
    return model;
}

ClaimFeatures ClaimModel::features(std::string_view sentence, std::string_view section_title,
                                   SentencePlace place) const {
    ClaimScratch scratch;
    return features(sentence, section_title, place, scratch);
}

ClaimFeatures ClaimModel::features(std::string_view sentence, std::string_view section_title,
                                   SentencePlace place, ClaimScratch& scratch) const {
    ClaimFeatures x{};
    auto set = [&](ClaimFeature f, float value = 1.0F) {
        float& v = x[static_cast<std::size_t>(f)];
        v = std::max(v, value);
    };
    // The words as views into one lower-cased copy: no string per word.
    const std::vector<std::string_view>& words = scratch.words;
    const std::vector<std::string_view>& title = scratch.title;
    std::size_t capitalised = 0;
    word_views(sentence, scratch.lowered, scratch.words, &capitalised);
    if (!scratch.title_read || section_title != scratch.title_text) {
        word_views(section_title, scratch.lowered_title, scratch.title);
        scratch.title_text = section_title;
        scratch.title_read = true;
    }
    const auto mark = [&](const Phrase& phrase, std::size_t /*at*/) {
        set(phrase.feature, phrase.weak ? weak_sign : 1.0F);
    };
    // A capitalised word after another capitalised one, neither of them the sentence's first,
    // is part of a name, not the word of the list: "the United States", "the Papal States".
    // (Not before one: German capitalises its nouns, "3,7 Millionen Euro".)
    const auto capital = [&](std::size_t k) {
        const auto at = static_cast<std::size_t>(words[k].data() - scratch.lowered.data());
        return sentence[at] >= 'A' && sentence[at] <= 'Z';
    };
    const auto in_name = [&](std::size_t k) { return k >= 2 && capital(k) && capital(k - 1); };
    scratch.signs.clear();
    for_each_phrase(words, false, [&](const Phrase& phrase, std::size_t at) {
        if (in_name(at)) return;
        mark(phrase, at);
        scratch.signs.push_back(static_cast<std::uint32_t>(&phrase - phrases_.data()));
    });
    if (!title.empty()) for_each_phrase(title, true, mark);
    const Figures figures = find_figures(sentence);
    if (figures.number) set(ClaimFeature::number);
    if (figures.year) set(ClaimFeature::year, weak_sign); // dates of events: a weak sign alone
    if (figures.percent) set(ClaimFeature::percent);
    if (figures.money) set(ClaimFeature::money);
    if (find_quotation(sentence)) set(ClaimFeature::quotation);
    // Capitalised words after the first: names of people, places, works.
    if (capitalised >= 2) set(ClaimFeature::proper_names);
    if (words.size() >= 25) set(ClaimFeature::long_sentence);
    if (words.size() <= 6) set(ClaimFeature::short_sentence);
    if (place.count == 1) {
        set(ClaimFeature::alone_in_paragraph);
    } else {
        if (place.index + 1 == place.count) set(ClaimFeature::last_in_paragraph);
        if (place.index == 0) set(ClaimFeature::first_in_paragraph);
    }
    return x;
}

std::vector<std::pair<ClaimFeature, std::string>>
ClaimModel::signs(const std::vector<std::uint32_t>& phrases) const {
    std::vector<std::pair<ClaimFeature, std::string>> out;
    for (const std::uint32_t k : phrases) {
        const Phrase& phrase = phrases_[k];
        std::string text;
        for (const std::string& w : phrase.words)
            text += (text.empty() ? "" : " ") + w;
        std::pair<ClaimFeature, std::string> sign{phrase.feature, std::move(text)};
        if (std::find(out.begin(), out.end(), sign) == out.end()) out.push_back(std::move(sign));
    }
    return out;
}

double ClaimModel::lexical_weight(std::string_view sentence) const {
    if (lexicon_.empty()) return 0;
    std::vector<std::string> words = claim_words(sentence);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    double sum = 0;
    for (const std::string& w : words) {
        const auto it =
            std::lower_bound(lexicon_.begin(), lexicon_.end(), w,
                             [](const auto& e, const std::string& k) { return e.first < k; });
        if (it != lexicon_.end() && it->first == w) sum += it->second;
    }
    return sum;
}

std::vector<std::string> ClaimModel::telling_words(std::string_view sentence,
                                                   std::size_t most) const {
    std::vector<std::pair<double, std::string>> found;
    std::vector<std::string> words = claim_words(sentence);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (std::string& w : words) {
        const auto it =
            std::lower_bound(lexicon_.begin(), lexicon_.end(), w,
                             [](const auto& e, const std::string& k) { return e.first < k; });
        if (it != lexicon_.end() && it->first == w && it->second > 0.2)
            found.emplace_back(it->second, std::move(w));
    }
    std::sort(found.begin(), found.end(),
              [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<std::string> out;
    for (std::size_t k = 0; k < found.size() && k < most; ++k)
        out.push_back(found[k].second);
    return out;
}

double ClaimModel::score(const ClaimFeatures& x, double lexical) const {
    double z = bias_ + lexical;
    for (std::size_t i = 0; i < claim_feature_count; ++i)
        z += weights_[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

std::vector<ClaimFeature> ClaimModel::fired(const ClaimFeatures& x) const {
    // Reserved once for all features: grown one push_back at a time, they reallocated
    // several times per reported sentence.
    std::vector<ClaimFeature> fired;
    fired.reserve(claim_feature_count);
    for (std::size_t i = 0; i < claim_feature_count; ++i)
        if (x[i] != 0.0F && weights_[i] > 0) fired.push_back(static_cast<ClaimFeature>(i));
    std::sort(fired.begin(), fired.end(), [&](ClaimFeature a, ClaimFeature b) {
        return weight(a) * x[static_cast<std::size_t>(a)] >
               weight(b) * x[static_cast<std::size_t>(b)];
    });
    return fired;
}

std::vector<std::string_view> ClaimModel::explain(const ClaimFeatures& x) const {
    std::vector<std::string_view> names;
    for (const ClaimFeature f : fired(x))
        names.push_back(feature_names[static_cast<std::size_t>(f)]);
    return names;
}

} // namespace citelint::model
