// Sentences of prose paragraphs, the citation points among them, and what each covers.
#include "sentences.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "../../unicode/utf8.hpp"
#include "../builders.hpp"
#include "../text.hpp"
#include "../tsv.hpp"
#include "ordinals.hpp"
#include "projection.hpp"

namespace citelint::data {
extern const char* const abbreviations_tsv;     // from rules/data/abbreviations.tsv
extern const char* const sentence_starters_tsv; // from rules/data/sentence_starters.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

// The code point ending at `end` (the last one before it).
unicode::CodePoint before(std::string_view text, std::uint32_t& end) {
    std::size_t i = end;
    const unicode::CodePoint c = unicode::previous(text, 0, i);
    end = static_cast<std::uint32_t>(i);
    return c;
}

// The code point starting at `at`, and `at` moved past it.
unicode::CodePoint next_code_point(std::string_view text, std::uint32_t& at) {
    std::size_t i = at;
    const unicode::CodePoint c = unicode::next(text, i);
    at = static_cast<std::uint32_t>(i);
    return c;
}

bool letter(unicode::CodePoint c) {
    return c < 0x80 ? static_cast<unsigned>((c | 0x20) - 'a') < 26u : unicode::is_letter(c);
}

} // namespace

bool has_word_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if ((byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z'))
                return true;
            ++i;
            continue;
        }
        if (unicode::is_letter_or_digit(unicode::next(text, i))) return true;
    }
    return false;
}

namespace {

// Whole words to look up, hashed: every full stop of a page has the word before it looked
// up, and a binary search over strings cost more than the rest of deciding the break.
struct WordHash {
    using is_transparent = void; // looked up by std::string_view, without a copy
    std::size_t operator()(std::string_view word) const noexcept {
        return std::hash<std::string_view>{}(word);
    }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// The first column of a catalogue's rows, less a final full stop.
WordSet word_set(std::string_view tsv) {
    WordSet words;
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        words.emplace(f[0].ends_with('.') ? f[0].substr(0, f[0].size() - 1) : f[0]);
    });
    return words;
}

bool listed(const WordSet& words, std::string_view word) {
    return words.find(word) != words.end();
}

// The abbreviations after which a full stop ends no sentence, without that full stop: CLDR's
// English list (what ICU's locale keyword "ss=standard" suppresses: "Mr.", "e.g.", "U.S."), as
// ICU's break iterator data holds it (unicode/tables.hpp), and ours
// (rules/data/abbreviations.tsv). English's list is the largest and the abbreviations of the
// other languages' prose in ../shared/corpus are mostly the same Latin ones, so one list serves
// every page.
WordSet read_abbreviations() {
    return word_set(std::string(data::abbreviations_tsv) + '\n' +
                    unicode::tables::english_sentence_exceptions);
}

const WordSet& abbreviations() {
    static const WordSet words = read_abbreviations();
    return words;
}

// rules/data/sentence_starters.tsv: words that open sentences rather than follow initials.
const WordSet& sentence_starters() {
    static const WordSet words = word_set(data::sentence_starters_tsv);
    return words;
}

// The Sentence_Break class of a code point.
using SB = unicode::SentenceBreak;

SB sentence_class(unicode::CodePoint c) {
    return unicode::sentence_break(c);
}

// The word before a full stop at `dot`: its letters and full stops back to any other character
// ("U.S" of "non-U.S.", "Gen" of "(Gen."), without that full stop.
std::string_view word_before_stop(std::string_view text, std::uint32_t dot) {
    std::uint32_t begin = dot;
    while (begin > 0) {
        // ASCII, as most words are, without decoding it.
        if (const auto byte = static_cast<unsigned char>(text[begin - 1]); byte < 0x80) {
            if (byte != '.' && !letter(byte)) break;
            --begin;
            continue;
        }
        std::uint32_t at = begin;
        const unicode::CodePoint c = before(text, at);
        if (c != '.' && !letter(c)) break;
        begin = at;
    }
    while (begin < dot && text[begin] == '.')
        ++begin;
    return text.substr(begin, dot - begin);
}

// Capital letters and nothing else: an acronym ("IMF") or a single capital ("A").
bool capitals(std::string_view word) {
    if (word.empty()) return false;
    for (std::uint32_t i = 0; i < word.size();)
        if (!unicode::is_uppercase_letter(next_code_point(word, i))) return false;
    return true;
}

// Whether the text at `at` (past spaces and quotation marks) opens a sentence by its first
// word: a word of sentence_starters() standing alone (the "The" of "The results", not the "A"
// of "A. Smith"), or a number when `numbers`.
bool opens_sentence(std::string_view text, std::uint32_t at, bool numbers) {
    std::uint32_t word = at;
    unicode::CodePoint c = ' ';
    while (at < text.size() && (white_space(c) || sentence_class(c) == SB::close)) {
        word = at;
        c = next_code_point(text, at);
    }
    if (unicode::is_digit(c)) return numbers;
    std::uint32_t end = word;
    for (std::uint32_t i = end; end < text.size() && letter(next_code_point(text, i)); i = end)
        end = i;
    if (end == word) return false;
    std::uint32_t i = end;
    if (end < text.size() && !white_space(next_code_point(text, i)) && text[end] != ',')
        return false;
    return listed(sentence_starters(), text.substr(word, end - word));
}

// Whether the text before `at`, its spaces aside, ends in a full stop that ends an
// abbreviation: a whole word of abbreviations(), and when it is capitalised, one that no word
// opening a sentence follows. Capitalised abbreviations stand before names ("Mr. Smith", "St.
// Louis"); those that are words too end sentences ("under the Act. In 2004 it"). Capitals alone
// are left to capitals_continue().
bool abbreviation_before(std::string_view text, std::uint32_t at) {
    std::uint32_t end = at;
    for (std::uint32_t i = end; end > 0 && white_space(before(text, i)); i = end)
        end = i;
    if (end == 0 || text[end - 1] != '.') return false;
    const std::string_view word = word_before_stop(text, end - 1);
    if (capitals(word) || !listed(abbreviations(), word)) return false;
    std::uint32_t first = 0;
    return !unicode::is_uppercase_letter(next_code_point(word, first)) ||
           !opens_sentence(text, at, false);
}

// Whether a sentence that ends at `end` in capitals and a full stop goes on past it: an initial
// ("J. R. R. Tolkien", "George W. Bush", "U.K" of initials) or an abbreviation in capitals
// ("Washington, DC."), unless what follows opens a sentence ("vitamin A. The results",
// "Washington, DC. The staff"). Other acronyms end their sentence ("the IMF. A tax"), as a
// Roman numeral after a word does ("World War I.", "Charles V.").
bool capitals_continue(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    if (end < begin + 2 || text[end - 1] != '.') return false;
    // Most sentences end in a word in lower case: ruled out before the word is read.
    const auto last_byte = static_cast<unsigned char>(text[end - 2]);
    if (last_byte < 0x80 && (last_byte < 'A' || last_byte > 'Z')) return false;
    std::uint32_t word_begin =
        end - 1 - static_cast<std::uint32_t>(word_before_stop(text, end - 1).size());
    word_begin = std::max(word_begin, begin);
    const std::string_view word = text.substr(word_begin, end - 1 - word_begin);
    const std::size_t dot = word.rfind('.');
    const std::string_view last = dot == std::string_view::npos ? word : word.substr(dot + 1);
    if (!capitals(last)) return false;
    std::uint32_t one = 0;
    next_code_point(last, one);
    if (one < last.size()) // an acronym
        return dot == std::string_view::npos && listed(abbreviations(), word) &&
               !opens_sentence(text, end, true);
    if (dot == std::string_view::npos && word_begin > begin) {
        std::uint32_t at = word_begin;
        const unicode::CodePoint previous = before(text, at);
        if (!white_space(previous) && sentence_class(previous) != SB::close) return false; // "(J."
        // A Roman numeral after a word is a number, where an initial follows another initial
        // or a first name ("J. R. R.", "George W.").
        if (white_space(previous) && (last == "I" || last == "V" || last == "X")) {
            while (at > begin && white_space(text[at - 1]))
                --at;
            const auto before_space = at > begin ? static_cast<unsigned char>(text[at - 1]) : 0;
            if (before_space >= 'a' && before_space <= 'z') return false;
        }
    }
    return !opens_sentence(text, end, false);
}

// Whether a number at `at` opens a sentence after a full stop, which ICU's rule SB8 keeps in
// the sentence before it when a lower-case word follows the number ("approx. 5 people", but
// also "grew fourfold. 1900 was"): after a word of four letters or more, or in capitals ("NATO.
// 1990"), that is no abbreviation. Shorter words may be abbreviations no list holds ("Art. 5",
// "ok. 30%"), and a number after a number is a date ("3. 10. 1990").
bool number_opens_sentence(std::string_view text, std::uint32_t floor, std::uint32_t at) {
    if (at >= text.size() || at <= floor) return false;
    std::uint32_t i = at;
    if (!unicode::is_digit(next_code_point(text, i))) return false;
    std::uint32_t stop = at;
    for (i = stop; stop > floor && white_space(before(text, i)); i = stop)
        stop = i;
    if (stop == at) return false;
    for (i = stop; stop > floor && sentence_class(before(text, i)) == SB::close; i = stop)
        stop = i;
    if (stop < floor + 2 || text[stop - 1] != '.' || text[stop - 2] == '.') return false;
    const std::string_view word = word_before_stop(text, stop - 1);
    if (word.empty() || word.find('.') != std::string_view::npos || listed(abbreviations(), word))
        return false;
    std::size_t letters = 0;
    for (i = 0; i < word.size(); ++letters)
        next_code_point(word, i);
    return letters >= 4 || (letters >= 2 && capitals(word));
}

enum class Verdict { breaks, continues, ask_icu };

// A Sentence_Break class, or `unreadable` for bytes that are not UTF-8, how ICU replaces which
// is left to it: a value of the enum's byte that no class has.
using SentenceClass = SB;
constexpr SentenceClass unreadable = static_cast<SB>(0xFF);

// What ICU's rules decide at `at`, the place after a stop (a full stop or the like, its closing
// marks and its spaces), worked out from the Sentence_Break classes by the rules of UAX #29
// that can apply there:
//   SB6  ATerm × Numeric                 ("3.14")
//   SB7  (Upper | Lower) ATerm × Upper   ("U.S")
//   SB8  ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
//                                        ("Corp. trial", "3. oktobra")
//   SB8a SATerm Close* Sp* × (SContinue | SATerm)   ("Co.,")
//   SB11 SATerm Close* Sp* ÷             everything else
// ICU is asked when the classes alone cannot tell: a combining mark or format character (SB5),
// a closing mark or separator after the spaces, or a decision that would need text past
// `right`, the end of the window ICU itself would be given.
Verdict rules_verdict(std::string_view text, std::uint32_t floor, std::uint32_t at,
                      std::uint32_t right) {
    if (at >= right || at <= floor) return Verdict::ask_icu;
    const std::string_view window = text.substr(0, right);
    const auto classify = [&](std::size_t& i) {
        const unicode::CodePoint c = unicode::next(window, i);
        return c < 0 ? unreadable : sentence_class(c);
    };
    const auto classify_before = [&](std::size_t& i) {
        const unicode::CodePoint c = unicode::previous(text, floor, i);
        return c < 0 ? unreadable : sentence_class(c);
    };
    // Backwards over Sp* Close* to the terminator.
    std::size_t i = at;
    bool spaces = false, closes = false;
    SentenceClass c = classify_before(i);
    for (; c == SB::sp && i > floor; c = classify_before(i))
        spaces = true;
    for (; c == SB::close && i > floor; c = classify_before(i))
        closes = true;
    if (c != SB::aterm && c != SB::sterm) return Verdict::ask_icu;
    const bool full_stop = c == SB::aterm;
    SentenceClass before = SB::other;
    if (i > floor) before = classify_before(i);
    if (before == SB::extend || before == SB::format || before == unreadable)
        return Verdict::ask_icu;

    std::size_t j = at;
    const SentenceClass next = classify(j);
    if (next == unreadable) return Verdict::ask_icu;
    switch (next) {
    case SB::extend:
    case SB::format:
    case SB::sp:
    case SB::close:
    case SB::sep:
    case SB::cr:
    case SB::lf:
        return Verdict::ask_icu;
    case SB::scontinue:
    case SB::sterm:
    case SB::aterm:
        return Verdict::continues; // SB8a
    default:
        break;
    }
    if (full_stop) {
        if (!spaces && !closes) {
            if (next == SB::numeric) return Verdict::continues; // SB6
            if (next == SB::upper && (before == SB::upper || before == SB::lower))
                return Verdict::continues; // SB7
        }
        // SB8: past numbers and punctuation to the first letter, separator or stop.
        for (SentenceClass k = next;;) {
            if (k == SB::extend || k == SB::format || k == unreadable) return Verdict::ask_icu;
            if (k == SB::lower) return Verdict::continues;
            if (k == SB::oletter || k == SB::upper || k == SB::sep || k == SB::cr || k == SB::lf ||
                k == SB::sterm || k == SB::aterm)
                break;
            if (j >= right) return Verdict::ask_icu;
            k = classify(j);
        }
    }
    return Verdict::breaks; // SB11
}

// Sentence_Break classes that end a sentence (SB11: SATerm Close* Sp*) or a paragraph, and
// the combining marks and format characters that rule SB5 attaches to the character before.
enum class Stop { none, term, close, space, separator, attached };

Stop stop_class_of(unicode::CodePoint c) {
    if (c < 0x80) {
        switch (c) {
        case '.':
        case '!':
        case '?':
            return Stop::term;
        case '"':
        case '\'':
        case ')':
        case ']':
        case '}':
            return Stop::close;
        case ' ':
            return Stop::space;
        default:
            return Stop::none;
        }
    }
    switch (unicode::sentence_break(c)) {
    case SB::sterm:
    case SB::aterm:
        return Stop::term;
    case SB::close:
        return Stop::close;
    case SB::sp:
        return Stop::space;
    case SB::sep:
        return Stop::separator;
    case SB::extend:
    case SB::format:
        return Stop::attached;
    default:
        return Stop::none;
    }
}

// `text` from `left` as UTF-16, each ill-formed sequence as one U+FFFD (as ICU's UTF-8 text
// provider reads it), into `out`; returns the UTF-16 index of the byte offset `at`, -1 when no
// character starts there. With `offsets`, the byte offset of each UTF-16 unit, and of the end.
std::int32_t to_utf16(std::string_view text, std::uint32_t left, std::uint32_t at,
                      std::u16string& out, std::vector<std::int32_t>* offsets = nullptr) {
    out.clear();
    std::int32_t target = -1;
    for (std::size_t i = left; i < text.size();) {
        if (i == at) target = static_cast<std::int32_t>(out.size());
        const std::size_t start = i;
        const auto byte = static_cast<unsigned char>(text[i]);
        unicode::CodePoint c = byte;
        if (byte < 0x80)
            ++i;
        else
            c = unicode::next(text, i);
        if (c < 0) c = 0xFFFD;
        if (c < 0x10000) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
            if (offsets) offsets->push_back(static_cast<std::int32_t>(start));
        }
        if (offsets) offsets->push_back(static_cast<std::int32_t>(start));
    }
    if (at == text.size()) target = static_cast<std::int32_t>(out.size());
    if (offsets) offsets->push_back(static_cast<std::int32_t>(text.size()));
    return target;
}

} // namespace

SentenceSegmenter::SentenceSegmenter() = default;
SentenceSegmenter::~SentenceSegmenter() = default;

void SentenceSegmenter::add(std::string_view text, std::uint32_t first, std::uint32_t end,
                            std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    // Any white space, a no-break one too ("&nbsp;"), is no visible character.
    for (std::uint32_t i = first; first < end && white_space(next_code_point(text, i)); i = first)
        first = i;
    while (end > first) {
        std::uint32_t at = end;
        if (!white_space(before(text, at))) break;
        end = at;
    }
    if (!has_word_character(text.substr(first, end - first))) {
        // Punctuation alone ("." left by a template) belongs to the sentence before it.
        if (!out.empty() && first < end) out.back().second = end;
        return;
    }
    if (merge_ && !out.empty())
        out.back().second = end;
    else
        out.emplace_back(first, end);
    merge_ = capitals_continue(text, out.back().first, end);
}

void SentenceSegmenter::split(std::string_view text,
                              std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    out.clear();
    merge_ = false;
    // ICU breaks a sentence only after a full stop (or the like), the closing marks and the
    // spaces after it (rule SB11), or after a paragraph separator (SB4). Only there is it
    // asked, so that it reads a few characters around each instead of the whole text.
    candidates_.clear();
    const auto size = static_cast<std::int32_t>(text.size());
    Stop previous = Stop::none;
    bool in_stop = false;
    for (std::int32_t i = 0; i < size;) {
        if (!in_stop) { // the common case: plain ASCII text, skipped fast
            i = static_cast<std::int32_t>(skip_plain<true, '.', '!', '?'>(
                text, static_cast<std::size_t>(i), static_cast<std::size_t>(size)));
            while (i < size) {
                const auto byte = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
                if (byte >= 0x80 || byte == '.' || byte == '!' || byte == '?') break;
                ++i;
            }
            if (i == size) break;
            previous = Stop::none;
        }
        const std::int32_t start = i;
        unicode::CodePoint c = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
        if (c < 0x80) {
            ++i;
        } else {
            auto at = static_cast<std::size_t>(i);
            c = unicode::next(text, at);
            i = static_cast<std::int32_t>(at);
        }
        const Stop now = c < 0 ? Stop::none : stop_class_of(c);
        if (now == Stop::attached) continue; // SB5: part of the character before
        if (now == Stop::term || now == Stop::separator) {
            in_stop = true;
        } else if (in_stop &&
                   (now == Stop::none || (now == Stop::close && previous == Stop::space))) {
            candidates_.push_back(static_cast<std::uint32_t>(start));
            in_stop = false;
        }
        if (now == Stop::separator) {
            candidates_.push_back(static_cast<std::uint32_t>(i));
            in_stop = false;
        }
        previous = now;
    }
    if (candidates_.empty()) return add(text, 0, static_cast<std::uint32_t>(size), out);
    std::uint32_t begin = 0;
    for (std::uint32_t at : candidates_) {
        if (at <= begin || after_ordinal(text, at)) continue;
        if (!number_opens_sentence(text, begin, at) &&
            (!break_at(text, begin, at) || abbreviation_before(text, at)))
            continue;
        add(text, begin, at, out);
        begin = at;
    }
    add(text, begin, static_cast<std::uint32_t>(size), out);
}

// Whether ICU breaks at `at`, asked on a window around it: what its rules and suppressions
// look at. Back to the start of the two words before the full stop (an abbreviation such as
// "U.S." or "et al." and the letter before it); on to the first letter after it (rule SB8
// looks past numbers and punctuation for a lower-case letter that continues the sentence).
bool SentenceSegmenter::break_at(std::string_view text, std::uint32_t floor, std::uint32_t at) {
    std::uint32_t right = at;
    const std::uint32_t limit =
        static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), at + 64));
    while (right < limit) {
        const auto byte = static_cast<unsigned char>(text[right]);
        if (byte >= 0x80 || static_cast<unsigned>((byte | 0x20) - 'a') < 26u) break;
        ++right;
    }
    // The letter, and a character more.
    for (int n = 0; n < 2 && right < text.size(); ++n) {
        std::size_t i = right;
        unicode::skip(text, i);
        right = static_cast<std::uint32_t>(i);
    }
    switch (rules_verdict(text, floor, at, right)) {
    case Verdict::breaks:
        return true;
    case Verdict::continues:
        return false;
    case Verdict::ask_icu:
        break;
    }
    std::uint32_t left = at;
    for (int words = 0; words < 2 && left > floor;) {
        while (left > floor && is_php_space(text[left - 1]))
            --left;
        while (left > floor && !is_php_space(text[left - 1]))
            --left;
        ++words;
    }
    const std::int32_t target = to_utf16(text.substr(0, right), left, at, window_);
    return target >= 0 && breaks_.breaks_at(window_, target);
}

void SentenceSegmenter::split_walking(std::string_view text,
                                      std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    out.clear();
    merge_ = false;
    std::vector<std::int32_t> offsets; // of each UTF-16 unit in the text, and of its end
    to_utf16(text, 0, static_cast<std::uint32_t>(text.size()), window_, &offsets);
    std::vector<std::int32_t> units;
    breaks_.boundaries(window_, units);
    std::vector<std::uint32_t> icu_breaks;
    for (const std::int32_t unit : units)
        icu_breaks.push_back(static_cast<std::uint32_t>(offsets[static_cast<std::size_t>(unit)]));
    // And where a number follows a full stop, its closing marks and spaces.
    std::vector<std::uint32_t> places = icu_breaks;
    for (std::size_t dot = text.find('.'); dot != std::string_view::npos;
         dot = text.find('.', dot + 1)) {
        auto at = static_cast<std::uint32_t>(dot + 1);
        for (std::uint32_t i = at;
             at < text.size() && sentence_class(next_code_point(text, i)) == SB::close; i = at)
            at = i;
        for (std::uint32_t i = at; at < text.size() && white_space(next_code_point(text, i));
             i = at)
            at = i;
        places.push_back(at);
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    std::uint32_t begin = 0;
    for (std::uint32_t at : places) {
        if (at <= begin) continue;
        if (at < text.size()) {
            if (after_ordinal(text, at)) continue;
            const bool icu = std::binary_search(icu_breaks.begin(), icu_breaks.end(), at);
            if (!number_opens_sentence(text, begin, at) && (!icu || abbreviation_before(text, at)))
                continue;
        }
        add(text, begin, at, out);
        begin = at;
    }
}

namespace {

using syntax::NodeKind;

struct Candidate {
    Span span;
    CitationPointKind kind;
    Span content;      // a note's content: it counts only when a citation stands in it
    bool note = false; // counts only with a citation inside
};

bool inside(Span inner, Span outer) {
    return inner.begin >= outer.begin && inner.end <= outer.end;
}

// Every citation point of the page, outermost first, in document order.
std::vector<Candidate> citation_points(const Article& a) {
    std::vector<Candidate> all;
    for (const Ref& r : a.refs) {
        if (r.list != no_index) continue;
        switch (r.origin) {
        case RefOrigin::tag:
        case RefOrigin::tag_function:
            all.push_back({r.span, CitationPointKind::ref, {}, false});
            break;
        case RefOrigin::reuse_template:
            if (all.empty() || all.back().span != r.span) // {{r|a|b}}: one place
                all.push_back({r.span, CitationPointKind::reuse, {}, false});
            break;
        case RefOrigin::short_footnote:
            all.push_back({r.span, CitationPointKind::short_footnote, {}, false});
            break;
        case RefOrigin::footnote_template:
            // {{refn}} makes a footnote; {{efn}} and {{refn|group=}} an explanatory note,
            // which is a citation point only when it holds a citation.
            if (!r.group.empty())
                all.push_back({r.span, CitationPointKind::note, r.content_span, true});
            else
                all.push_back({r.span, CitationPointKind::ref, {}, false});
            break;
        }
    }
    for (const ShortCitation& s : a.short_citations)
        if (s.kind == ShortCitationKind::harv)
            all.push_back({s.span, CitationPointKind::short_citation, {}, false});
    for (const Citation& c : a.citations)
        if (!c.in_ref) all.push_back({c.span, CitationPointKind::citation, {}, false});
    for (const Span& w : a.written_citations)
        all.push_back({w, CitationPointKind::written, {}, false});
    if (a.dialect == Dialect::rendered) {
        // Template:R and Template:Harvnb make no ref of their own in the model: their names say
        // what they are.
        for (const Placeholder& p : a.placeholders) {
            if (p.reference && p.reference->role == TemplateRole::reuse)
                all.push_back({p.span, CitationPointKind::reuse, {}, false});
            else if (p.footnote == FootnoteRole::harv || p.footnote == FootnoteRole::harvs)
                all.push_back({p.span, CitationPointKind::short_citation, {}, false});
        }
    }
    std::sort(all.begin(), all.end(), [](const Candidate& x, const Candidate& y) {
        return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
    });
    std::vector<Candidate> kept;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!kept.empty() && inside(all[i].span, kept.back().span)) continue;
        if (all[i].note) {
            // A ref, a short citation or a citation template in the note's text.
            bool cited = false;
            for (std::size_t j = i + 1; j < all.size() && all[j].span.begin < all[i].span.end; ++j)
                cited = cited || (!all[j].note && inside(all[j].span, all[i].content));
            const auto c = std::lower_bound(
                a.citations.begin(), a.citations.end(), all[i].content.begin,
                [](const Citation& x, std::uint32_t at) { return x.span.begin < at; });
            cited = cited || (c != a.citations.end() && inside(c->span, all[i].content));
            if (!cited) continue;
        }
        kept.push_back(all[i]);
    }
    return kept;
}

// What a section is, with its subsections: a list of sources and links, whose paragraphs are
// not prose (rules/data/source_sections.tsv, uncited_sections.tsv), or a plot summary, whose
// prose the work itself sources (plot_sections.tsv).
enum SectionKind : std::uint8_t { appendix = 1, plot = 2 };

std::vector<std::uint8_t> section_kinds(const Article& a) {
    std::vector<std::uint8_t> kinds(a.sections.size(), 0);
    std::vector<std::pair<std::uint8_t, std::uint8_t>> open; // level, kinds
    for (std::size_t s = 1; s < a.sections.size(); ++s) {
        const Section& section = a.sections[s];
        while (!open.empty() && open.back().first >= section.level)
            open.pop_back();
        const std::string title = strip_comments(section.title);
        const SectionTitles::Key key = SectionTitles::key(title);
        std::uint8_t own = 0;
        if (a.catalogues->source_sections.contains(key) ||
            a.catalogues->uncited_sections.contains(key))
            own |= appendix;
        if (a.catalogues->plot_sections.contains(key)) own |= plot;
        kinds[s] = own | (open.empty() ? 0 : open.back().second);
        open.emplace_back(section.level, kinds[s]);
    }
    return kinds;
}

// The sentences of paragraph `p`, cut in its projection (`pieces` map it to the source).
void add_sentences(Article& a, SentenceSegmenter& segmenter, std::uint32_t p,
                   std::span<const ProsePiece> pieces,
                   std::vector<std::pair<std::uint32_t, std::uint32_t>>& cuts) {
    const Paragraph& paragraph = a.paragraphs[p];
    const ProseParagraph& pp = a.prose_paragraphs[p];
    segmenter.split(a.prose(pp.text), cuts);
    for (const auto& [begin, end] : cuts) {
        Sentence s;
        s.text = {pp.text.begin + begin, pp.text.begin + end};
        s.span = {prose_source_begin(pieces, s.text.begin), prose_source_end(pieces, s.text.end)};
        s.paragraph = p;
        s.section = paragraph.section;
        s.in_lead = paragraph.section == 0;
        a.sentences.push_back(s);
    }
}

// Where a citation point stands in its sentence, and what it marks the sentence as.
void place_in_sentence(Article& a, CitationPoint& c, Sentence& s,
                       std::span<const ProsePiece> pieces, std::uint32_t text_end) {
    // At its end: no word of it after the point (claim.<ref/>, claim<ref/>.). A citation
    // written as text is in the projection: no word after its end.
    const std::uint32_t after =
        c.kind == CitationPointKind::written
            ? std::min(prose_text_at(pieces, c.span.end, text_end), s.text.end)
            : c.text;
    c.at_sentence_end = c.text >= s.text.end || (c.text > s.text.begin &&
                                                 !has_word_character(a.prose({after, s.text.end})));
    // A footnote inside a sentence sources the words before it; a citation written into the
    // text (Harvard style) sources the sentence it stands in.
    if (c.at_sentence_end)
        s.cited_at_end = true;
    else if (c.kind == CitationPointKind::short_citation || c.kind == CitationPointKind::citation ||
             c.kind == CitationPointKind::written)
        s.cited_inside = true;
}

// The citation points of paragraph `p`, from `next_point` on. Each belongs to the last
// sentence that has begun before it: a point after a sentence's full stop, and before the
// next sentence's first word, is that sentence's.
void add_citation_points(Article& a, const std::vector<Candidate>& points, std::size_t& next_point,
                         std::uint32_t p, std::span<const ProsePiece> pieces) {
    const Paragraph& paragraph = a.paragraphs[p];
    const std::uint32_t text_end = a.prose_paragraphs[p].text.end;
    std::uint32_t sentence = a.prose_paragraphs[p].first_sentence;
    for (; next_point < points.size() && points[next_point].span.begin < paragraph.span.end;
         ++next_point) {
        CitationPoint c;
        c.kind = points[next_point].kind;
        c.span = points[next_point].span;
        c.paragraph = p;
        c.text = prose_text_at(pieces, c.span.begin, text_end);
        while (sentence + 1 < a.sentences.size() && a.sentences[sentence + 1].text.begin < c.text)
            ++sentence;
        if (sentence < a.sentences.size() && a.sentences[sentence].paragraph == p) {
            c.sentence = static_cast<std::int32_t>(sentence);
            place_in_sentence(a, c, a.sentences[sentence], pieces, text_end);
        }
        a.citation_points.push_back(c);
    }
    // A table cell's row: the citations in its later cells stand at the cell's end.
    if (paragraph.row.end > paragraph.span.end && a.prose_paragraphs[p].sentence_count > 0) {
        auto q = std::lower_bound(
            points.begin(), points.end(), paragraph.span.end,
            [](const Candidate& x, std::uint32_t at) { return x.span.begin < at; });
        for (; q != points.end() && q->span.begin < paragraph.row.end; ++q) {
            CitationPoint c;
            c.kind = q->kind;
            c.span = q->span;
            c.paragraph = p;
            c.text = text_end;
            c.sentence = static_cast<std::int32_t>(a.sentences.size() - 1);
            c.at_sentence_end = true;
            a.sentences.back().cited_at_end = true;
            a.citation_points.push_back(c);
        }
    }
}

// The paragraph convention: a sentence is covered by the next citation point after it in the
// same paragraph (the sentences in between have none of their own, or that one would be the
// next).
void cover_sentences(Article& a, ProseParagraph& pp) {
    std::int32_t next_covering = no_index;
    std::uint32_t later = pp.first_point + pp.point_count; // points of later sentences
    for (std::uint32_t i = pp.first_sentence + pp.sentence_count; i-- > pp.first_sentence;) {
        const auto index = static_cast<std::int32_t>(i);
        std::uint32_t own = later; // this sentence's points: [own, later)
        while (own > pp.first_point && a.citation_points[own - 1].sentence == index)
            --own;
        Sentence& s = a.sentences[i];
        s.covered_by = a.options.claims.strict ? no_index : next_covering;
        for (std::uint32_t q = own; q < later; ++q)
            if (a.citation_points[q].at_sentence_end) {
                s.covered_by = static_cast<std::int32_t>(q);
                break;
            }
        // A footnote inside the sentence covers its end as a later citation covers the
        // sentences before it: read against the source, the words after such a footnote were
        // worth a citation of their own 1 time in 5 (bench/claims-precision.tsv). Strict
        // coverage drops this convention as the other.
        if (s.covered_by == no_index && own < later && !a.options.claims.strict)
            s.covered_by = static_cast<std::int32_t>(later - 1);
        s.covered = s.covered_by != no_index;
        pp.cited_sentences += s.cited_at_end;
        pp.covered_sentences += s.covered;
        if (own < later) next_covering = static_cast<std::int32_t>(own);
        later = own;
    }
}

} // namespace

void collect_sentences(Article& a, SentenceSegmenter& segmenter) {
    const std::vector<Candidate> points = citation_points(a);
    const std::vector<std::uint8_t> kinds = section_kinds(a);
    ProseProjector projector(a);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    std::size_t next_point = 0;
    a.prose_paragraphs.resize(a.paragraphs.size());
    std::size_t prose_bytes = 0;
    for (const Paragraph& paragraph : a.paragraphs)
        prose_bytes += paragraph.span.size() + 1;
    a.prose_text.reserve(prose_bytes); // the projection is never longer than its source, or hardly

    for (std::uint32_t p = 0; p < a.paragraphs.size(); ++p) {
        const Paragraph& paragraph = a.paragraphs[p];
        ProseParagraph& pp = a.prose_paragraphs[p];
        while (next_point < points.size() && points[next_point].span.begin < paragraph.span.begin)
            ++next_point;
        const std::uint8_t kind = paragraph.section < kinds.size() ? kinds[paragraph.section] : 0;
        pp.prose = (kind & appendix) == 0;
        pp.plot = (kind & plot) != 0;
        pp.first_sentence = static_cast<std::uint32_t>(a.sentences.size());
        pp.first_point = static_cast<std::uint32_t>(a.citation_points.size());
        pp.first_piece = static_cast<std::uint32_t>(a.prose_pieces.size());
        if (!pp.prose) continue;
        const auto text_begin = static_cast<std::uint32_t>(a.prose_text.size());
        projector.project(paragraph.span);
        pp.text = {text_begin, static_cast<std::uint32_t>(a.prose_text.size())};
        pp.piece_count = static_cast<std::uint32_t>(a.prose_pieces.size()) - pp.first_piece;
        const std::span<const ProsePiece> pieces(a.prose_pieces.data() + pp.first_piece,
                                                 pp.piece_count);
        a.prose_text += '\n';
        add_sentences(a, segmenter, p, pieces, cuts);
        pp.sentence_count = static_cast<std::uint32_t>(a.sentences.size()) - pp.first_sentence;
        add_citation_points(a, points, next_point, p, pieces);
        pp.point_count = static_cast<std::uint32_t>(a.citation_points.size()) - pp.first_point;
        cover_sentences(a, pp);
    }
    std::vector<std::uint8_t> appendices(kinds.size());
    for (std::size_t s = 0; s < kinds.size(); ++s)
        appendices[s] = (kinds[s] & appendix) != 0;
    attach_block_quotes(a, appendices);
}

} // namespace citelint::model
