#include "words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article.hpp"
#include "projection.hpp"

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

// The kana blocks hold punctuation too (the middle dot ・): only their letters are words.
bool kana_letter(UChar32 c) {
    const bool kana = (c >= 0x3040 && c <= 0x30FF) || // hiragana, katakana
                      (c >= 0x31F0 && c <= 0x31FF) || // katakana phonetic extensions
                      (c >= 0xFF66 && c <= 0xFF9F);   // halfwidth katakana
    return kana && u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}

// One character from `at`; returns where the next one starts.
std::int32_t step(std::string_view text, std::int32_t at, WordState& state) {
    UChar32 c = 0;
    U8_NEXT(text.data(), at, static_cast<std::int32_t>(text.size()), c);
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
    } else if ((c >= 0xC0 && c < 0x2000) || (c >= 0xA000 && c < 0xE000)) {
        state.letter(false); // known by the first byte, as the fast path knows it
    } else if (c >= 0x4000 && c < 0xA000) {
        state.character_word();
    } else if (c == 0x2019) { // ’
        state.apostrophe();
    } else if (kana_letter(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) {
        state.character_word();
    } else if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c)) {
        state.letter(false);
    } else if ((U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_CF_MASK)) == 0) {
        state.other();
    } // a combining mark or format character continues what is before it
    return at;
}

// Past the continuation bytes at `at`: the rest of a character the fast path has counted.
std::int32_t past_continuation(std::string_view text, std::int32_t at) {
    while (at < static_cast<std::int32_t>(text.size()) &&
           (static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) & 0xC0) == 0x80)
        ++at;
    return at;
}

#if defined(__SSE2__)
// The bytes of 16 that are in [low, high], as a bit mask, bounds as unsigned bytes.
int in_range(__m128i bytes, unsigned char low, unsigned char high) {
    // Shifted so that the range starts at -128: one signed comparison tests both bounds.
    const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - low)));
    const __m128i hits =
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + (high - low) + 1)));
    return _mm_movemask_epi8(hits);
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
        const int continuation = in_range(bytes, 0x80, 0xBF);
        const int letter_leads = in_range(bytes, 0xC3, 0xE1) | in_range(bytes, 0xEA, 0xED);
        const int ideographs = in_range(bytes, 0xE4, 0xE9);
        if ((high & ~continuation & ~letter_leads & ~ideographs) != 0) {
            const std::int32_t end = at + 16;
            at = past_continuation(text, at);
            while (at < end)
                at = step(text, at, state);
            continue;
        }
        const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
        const int digits = in_range(bytes, '0', '9');
        const int letters = digits | in_range(folded, 'a', 'z') | letter_leads;
        const int apostrophes = equal(bytes, '\'');
        const int separators = equal(bytes, '.') | equal(bytes, ',');
        // The bytes of a character after its first are what the first is (up to three steps).
        const int carried = static_cast<int>(state.in_word);
        int letter_bytes = letters;
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
        state.words += static_cast<std::uint32_t>(__builtin_popcount(static_cast<unsigned>(starts)) +
                                                  __builtin_popcount(static_cast<unsigned>(ideographs)));
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
    if (a.options.sentences) {
        for (std::size_t p = 0; p < a.paragraphs.size(); ++p)
            if (a.prose_paragraphs[p].prose && !a.paragraphs[p].optional)
                a.prose_words += count_prose_words(a.prose(a.prose_paragraphs[p].text));
        return;
    }
    // Without the sentence layer each paragraph is projected as it would project it, counted,
    // and its projection dropped: the layer stays absent, as the options ask.
    const std::vector<std::uint8_t> appendix = appendix_sections(a);
    ProseProjector projector(a);
    for (const Paragraph& paragraph : a.paragraphs) {
        if (paragraph.optional ||
            (paragraph.section < appendix.size() && appendix[paragraph.section]))
            continue;
        projector.project(paragraph.span);
        a.prose_words += count_prose_words(a.prose_text);
        a.prose_text.clear();
        a.prose_pieces.clear();
    }
}

} // namespace citelint::model
