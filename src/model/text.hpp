// Small text helpers shared by the model and the rules.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace citelint::model {

// Bytes of words as the claim model and the quotation finder cut a sentence: ASCII letters and
// digits, the apostrophe, and every byte of a non-ASCII character; a table because every byte
// of every scored sentence is looked up.
inline constexpr std::array<bool, 256> claim_word_bytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                             (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
    return table;
}();

inline bool claim_word_byte(unsigned char c) {
    return claim_word_bytes[c];
}

// The full stops of other scripts: ideographic 。, full-width ！ and ？, Devanagari danda ।,
// Arabic question mark ؟.
inline constexpr std::string_view other_script_stops[] = {"\u3002", "\uFF01", "\uFF1F", "\u0964",
                                                          "\u061F"};

inline bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

inline bool ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool ascii_alnum(char c) {
    return ascii_alpha(c) || ascii_digit(c);
}

inline char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether two strings are equal but for the case of ASCII letters.
inline bool ascii_iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// What the rendered dialect writes before a template's name ("Template:Sfn"): a placeholder.
inline constexpr std::string_view placeholder_marker = "Template:";

// Whether a template's name found at the start of rendered text ("Template:Sfn ...", a
// placeholder) ends at `end`: not before a lower-case letter, a digit or a hyphen, which make
// it part of a longer name ("Template:Sfnp", "Template:Reflist-talk").
inline bool placeholder_name_ends(std::string_view text, std::size_t end) {
    if (end >= text.size()) return true;
    const char next = text[end];
    return !((next >= 'a' && next <= 'z') || ascii_digit(next) || next == '-');
}

// Whether text (a ref's content) holds a template the rendered dialect lost: a placeholder or
// an unexpanded "{{#invoke:...}}", which say nothing of what was cited.
inline bool lost_in_rendering(std::string_view text) {
    return text.find(placeholder_marker) != std::string_view::npos ||
           text.find("{{#invoke:") != std::string_view::npos;
}

inline bool is_php_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\0';
}

// PHP's trim() with its default characters.
inline std::string_view php_trim(std::string_view s) {
    while (!s.empty() && is_php_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_php_space(s.back()))
        s.remove_suffix(1);
    return s;
}

// PHP's ctype_digit() on a string: non-empty and only ASCII digits.
inline bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// PHP's truthiness of a string: neither "" nor "0".
inline bool php_truthy(std::string_view s) {
    return !s.empty() && s != "0";
}

inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = ascii_lower(c);
    return out;
}

// Whether `text` has `lower` (lowercase ASCII) at `at`, its letters in either case: tag names
// found in place, without a lowered copy of the text.
inline bool ascii_iequal_at(std::string_view text, std::size_t at, std::string_view lower) {
    if (at > text.size() || text.size() - at < lower.size()) return false;
    for (std::size_t i = 0; i < lower.size(); ++i)
        if (ascii_lower(text[at + i]) != lower[i]) return false;
    return true;
}

// FNV-1a, folded: a hash for the small open-addressing tables of names.
inline std::size_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
}

// Whether any of 8 bytes is one of `Bytes` (ASCII), or non-ASCII when `NonAscii` (bit tricks on
// a 64-bit word), so that scans for a few characters skip plain text 8 bytes at a time.
template <bool NonAscii, char... Bytes> constexpr bool any_of_8(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    // A byte of x is zero: exact for ASCII bytes, which is what the caller compares with.
    auto zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t high = NonAscii ? word & highs : 0;
    return (high | (zero_byte(word ^ (ones * static_cast<unsigned char>(Bytes))) | ...)) != 0;
}

// The first position from `at` where a byte may be one of `Bytes` (or non-ASCII, when
// `NonAscii`), to within 8 bytes: the caller looks at the bytes from there one by one. With
// SSE2 (every x86-64 processor) 16 bytes are compared at once and the position is exact.
template <bool NonAscii, char... Bytes>
inline std::size_t skip_plain(std::string_view text, std::size_t at, std::size_t end) {
#if defined(__SSE2__)
    while (at + 16 <= end) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        __m128i hits = NonAscii ? bytes : _mm_setzero_si128(); // the high bit: non-ASCII
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(Bytes)))), ...);
        if (const int mask = _mm_movemask_epi8(hits); mask != 0)
            return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        at += 16;
    }
#endif
    while (at + 8 <= end) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + at, 8);
        if (any_of_8<NonAscii, Bytes...>(word)) break;
        at += 8;
    }
    return at;
}

// The length of a behaviour switch at `at` (a magic word such as __NOTOC__, __NOINDEX__ or a
// wiki's translation of one, __KEIN_INHALTSVERZEICHNIS__: two underscores, up to 40 bytes of
// capitals, digits, underscores and non-ASCII letters, two underscores) ending by `end`; 0
// when there is none. It changes the page and shows nothing in it; "__init__" is text.
inline std::size_t behaviour_switch_at(std::string_view text, std::size_t at, std::size_t end) {
    if (text.substr(at, 2) != "__") return 0;
    const std::size_t close = text.find("__", at + 2);
    if (close == std::string_view::npos || close == at + 2 || close + 2 > end || close - at > 42)
        return 0;
    for (std::size_t i = at + 2; i < close; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80)) return 0;
    }
    return close + 2 - at;
}

// Unicode's White_Space (ICU's u_isUWhiteSpace) of a code point past ASCII.
bool non_ascii_white_space(std::int32_t c);

// Unicode's White_Space of a code point (negative: none, as U8_NEXT gives for invalid bytes):
// ASCII, as most of prose is, told without a lookup (tab to carriage return, and the space).
inline bool white_space(std::int32_t c) {
    if (c >= 0 && c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return non_ascii_white_space(c);
}

// What expanding wikitext leaves of comments: nothing (an unclosed one runs to the end).
std::string strip_comments(std::string_view raw);

// A part of a template (a name, a value) as a module reads it: comments dropped, trimmed.
// One copy, not two, when there is no comment (most parts).
std::string clean_text(std::string_view raw);

// Levenshtein distance in bytes, as PHP's levenshtein().
std::size_t levenshtein(std::string_view a, std::string_view b);

// A way of writing a known word, and the word it stands for (a wiki's subdomain "de" for
// "dewiki"; most words stand for themselves).
struct Spelling {
    std::string_view written;
    std::string_view meant;
};

// " (did you mean 'X'?)" for the known word nearest to `word` (ASCII case aside, at most a
// third of its length in edits, and at least 2), when one is near enough to be what was meant;
// empty otherwise: for the messages on an unknown name.
std::string did_you_mean(std::string_view word, std::span<const Spelling> known);

} // namespace citelint::model
