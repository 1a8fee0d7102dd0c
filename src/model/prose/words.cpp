#include "words.hpp"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../../unicode/utf8.hpp"
#include "../article.hpp"
#include "../builders.hpp"

namespace citelint::model {

namespace {

// Where the count stands between two characters.
struct WordState {
    std::uint32_t words = 0;
    bool in_word = false;       // the character before is a letter or digit
    bool digit = false;         // the character before is a digit
    bool joiner = false;        // the character before is an apostrophe after a letter or digit
    bool number_joiner = false; // the character before is '.' or ',' after a digit

    void letter(bool is_digit) {
        words += !in_word && !joiner && !(number_joiner && is_digit);
        in_word = true;
        digit = is_digit;
        joiner = number_joiner = false;
    }
    void apostrophe() {
        joiner = in_word;
        in_word = digit = number_joiner = false;
    }
    void number_separator() {
        number_joiner = digit;
        in_word = digit = joiner = false;
    }
    void other() { in_word = digit = joiner = number_joiner = false; }
    void character_word() {
        ++words;
        other();
    }
};

// What a character does to the count.
enum class Kind { letter, word_each, apostrophe, other, continues };

// By Unicode's properties: the blocks a page rarely holds.
Kind by_properties(unicode::CodePoint c) {
    if (unicode::is_ideographic(c) || (c >= 0x31F0 && c <= 0x31FF))
        return Kind::word_each; // ideographs, katakana phonetic extensions
    if (unicode::is_alphabetic(c) || unicode::is_digit(c)) return Kind::letter;
    // A combining mark or format character continues what is before it.
    using unicode::Category;
    const Category k = unicode::category(c);
    return k == Category::nonspacing_mark || k == Category::enclosing_mark ||
                   k == Category::spacing_mark || k == Category::format
               ? Kind::continues
               : Kind::other;
}

// A character past ASCII. The blocks prose uses most are told by their ranges, which is what
// Unicode says of them but for a few punctuation marks of the spaced scripts (a Greek question
// mark, an Arabic comma: letters here), so that few characters need a lookup.
Kind classify(unicode::CodePoint c) {
    if (c < 0xC0) // Latin-1 punctuation and symbols, the no-break space
        return c == 0xAA || c == 0xB5 || c == 0xBA ? Kind::letter
               : c == 0xAD                         ? Kind::continues // soft hyphen
                                                   : Kind::other;
    if (c < 0x2000 || (c >= 0xA000 && c < 0xE000)) return Kind::letter;
    if (c >= 0x4000 && c < 0xA000) return Kind::word_each;      // CJK ideographs
    if (c < 0x2C00) {                                           // punctuation, symbols, arrows, ...
        if (c == 0x2019) return Kind::apostrophe;               // ’
        if (c >= 0x2100 && c < 0x2500) return by_properties(c); // letterlike, numerals
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x206F) ? Kind::continues
                                                                            : Kind::other;
    }
    if (c < 0x2E00) return Kind::letter; // Glagolitic, Coptic, Tifinagh, Ethiopic, ...
    if (c < 0x3000) return Kind::other;  // punctuation, CJK radicals
    if (c < 0x3040) // CJK symbols and punctuation; 々, 〆 and 〇 are written as ideographs
        return c >= 0x3005 && c <= 0x3007 ? Kind::word_each : Kind::other;
    if (c < 0x3100) { // hiragana and katakana, with their voicing marks and the middle dot
        if (c == 0x3099 || c == 0x309A) return Kind::continues;
        return c == 0x309B || c == 0x309C || c == 0x30A0 || c == 0x30FB ? Kind::other
                                                                        : Kind::word_each;
    }
    if (c >= 0xFF00 && c < 0xFFF0) { // fullwidth and halfwidth forms
        if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
            (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xFFA0 && c <= 0xFFDC))
            return Kind::letter;
        return c >= 0xFF66 && c <= 0xFF9F ? Kind::word_each : Kind::other; // halfwidth katakana
    }
    return by_properties(c);
}

// One character from `at`; returns where the next one starts.
std::int32_t step(std::string_view text, std::int32_t at, WordState& state) {
    auto i = static_cast<std::size_t>(at);
    const unicode::CodePoint c = unicode::next(text, i);
    at = static_cast<std::int32_t>(i);
    if (c < 0) {
        state.other();
    } else if (c < 0x80) {
        if (c >= '0' && c <= '9')
            state.letter(true);
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            state.letter(false);
        else if (c == '\'')
            state.apostrophe();
        else if (c == '.' || c == ',')
            state.number_separator();
        else
            state.other();
    } else {
        switch (classify(c)) {
        case Kind::letter:
            state.letter(false);
            break;
        case Kind::word_each:
            state.character_word();
            break;
        case Kind::apostrophe:
            state.apostrophe();
            break;
        case Kind::other:
            state.other();
            break;
        case Kind::continues:
            break;
        }
    }
    return at;
}

#if defined(__SSE2__)
// Past the continuation bytes at `at`: the rest of a character the fast path has counted.
std::int32_t past_continuation(std::string_view text, std::int32_t at) {
    while (at < static_cast<std::int32_t>(text.size()) &&
           (static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) & 0xC0) == 0x80)
        ++at;
    return at;
}

// The bytes of 16 that are in [low, high], as a bit mask, bounds as unsigned bytes.
int in_range(__m128i bytes, unsigned char low, unsigned char high) {
    // Shifted so that the range starts at -128: one signed comparison tests both bounds.
    const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - low)));
    const __m128i hits =
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + (high - low) + 1)));
    return _mm_movemask_epi8(hits);
}

// Bits set in a 16-bit mask (without -mpopcnt, __builtin_popcount is a call).
std::uint32_t bits(int mask) {
    static constexpr auto in_byte = [] {
        std::array<std::uint8_t, 256> table{};
        for (unsigned i = 1; i < 256; ++i)
            table[i] = static_cast<std::uint8_t>((i & 1) + table[i / 2]);
        return table;
    }();
    return in_byte[static_cast<unsigned>(mask) & 0xFF] +
           in_byte[(static_cast<unsigned>(mask) >> 8) & 0xFF];
}

int equal(__m128i bytes, char c) {
    return _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)));
}
#endif

} // namespace

std::uint32_t count_prose_words(std::string_view text) {
    WordState state;
    std::int32_t at = 0;
    const auto size = static_cast<std::int32_t>(text.size());
#if defined(__SSE2__)
    // Sixteen bytes at a time, each character known by its first byte: ASCII, the letters of
    // the scripts written with spaces, the CJK ideographs. A word starts at a letter or digit
    // with neither a letter, a joining apostrophe nor (for a digit) a joining separator before
    // it. A block with a character that needs its properties looked up (punctuation of
    // U+2000-U+2FFF, kana, fullwidth forms, a no-break space, ...) goes one character at a time.
    while (at + 16 <= size) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        const int high = _mm_movemask_epi8(bytes);
        int letter_leads = 0, ideographs = 0, continuation = 0;
        if (high != 0) {
            continuation = in_range(bytes, 0x80, 0xBF);
            letter_leads = in_range(bytes, 0xC3, 0xE1) | in_range(bytes, 0xEA, 0xED);
            ideographs = in_range(bytes, 0xE4, 0xE9);
            if ((high & ~continuation & ~letter_leads & ~ideographs) != 0) {
                const std::int32_t end = at + 16;
                at = past_continuation(text, at);
                while (at < end)
                    at = step(text, at, state);
                continue;
            }
        }
        const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
        const int digits = in_range(bytes, '0', '9');
        const int letters = digits | in_range(folded, 'a', 'z') | letter_leads;
        const int apostrophes = equal(bytes, '\'');
        const int separators = equal(bytes, '.') | equal(bytes, ',');
        // The bytes of a character after its first are what the first is (up to three steps).
        const int carried = static_cast<int>(state.in_word);
        int letter_bytes = letters;
        if (continuation != 0)
            for (int k = 0; k < 3; ++k)
                letter_bytes |= continuation & ((letter_bytes << 1) | carried);
        // Bit i of each: what the character before byte i is (the state before the block for
        // byte 0).
        const int letter_before = (letter_bytes << 1) | carried;
        const int digit_before = (digits << 1) | static_cast<int>(state.digit);
        const int joins_after = apostrophes & letter_before;      // "don'|t"
        const int number_joins_after = separators & digit_before; // "3.|5", "1,|000"
        const int joiner_before = (joins_after << 1) | static_cast<int>(state.joiner);
        const int number_joiner_before =
            (number_joins_after << 1) | static_cast<int>(state.number_joiner);
        const int starts =
            letters & ~letter_before & ~joiner_before & ~(number_joiner_before & digits) & 0xFFFF;
        state.words += bits(starts) + (ideographs != 0 ? bits(ideographs) : 0);
        state.in_word = (letter_bytes >> 15) & 1;
        state.digit = (digits >> 15) & 1;
        state.joiner = (joins_after >> 15) & 1;
        state.number_joiner = (number_joins_after >> 15) & 1;
        at += 16;
    }
    at = past_continuation(text, at);
#endif
    while (at < size)
        at = step(text, at, state);
    return state.words;
}

void collect_prose_words(Article& a) {
    // Counted on the sentence layer's projection: a run without it (no claims rule) leaves the
    // count unknown rather than project every paragraph for it, which cost a fifth of such a
    // run.
    for (std::size_t p = 0; p < a.paragraphs.size(); ++p)
        if (a.prose_paragraphs[p].prose && !a.paragraphs[p].optional)
            a.prose_words += count_prose_words(a.prose(a.prose_paragraphs[p].text));
}

} // namespace citelint::model
