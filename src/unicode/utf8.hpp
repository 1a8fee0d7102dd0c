// UTF-8, read as ICU's U8_NEXT and U8_PREV read it (ICU 60 and later): an ill-formed
// sequence is one error, as long as the longest start of a well-formed one ("maximal
// subpart", Unicode 15 §3.9), or a single byte; tests/test_unicode.cpp compares them with
// ICU's macros.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "properties.hpp"

namespace citelint::unicode {

inline constexpr CodePoint ill_formed = -1;

namespace detail {
inline bool trail(unsigned char b) noexcept {
    return (b & 0xC0) == 0x80;
}
} // namespace detail

// The code point at `at`, and `at` moved past it (or past the ill-formed bytes there); `at`
// must be before the end of `text`, whose end is the limit.
inline CodePoint next(std::string_view text, std::size_t& at) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const unsigned char b0 = s[at++];
    if (b0 < 0x80) return b0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (at < n && detail::trail(s[at])) return ((b0 & 0x1F) << 6) | (s[at++] & 0x3F);
        return ill_formed;
    }
    int trails = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    CodePoint c = 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        trails = 2;
        c = b0 & 0x0F;
        if (b0 == 0xE0) low = 0xA0;
        if (b0 == 0xED) high = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        trails = 3;
        c = b0 & 0x07;
        if (b0 == 0xF0) low = 0x90;
        if (b0 == 0xF4) high = 0x8F; // nothing above U+10FFFF
    } else {
        return ill_formed;
    }
    if (at == n || s[at] < low || s[at] > high) return ill_formed;
    c = (c << 6) | (s[at++] & 0x3F);
    for (int k = 1; k < trails; ++k) {
        if (at == n || !detail::trail(s[at])) return ill_formed;
        c = (c << 6) | (s[at++] & 0x3F);
    }
    return c;
}

// Moves `at` past one code point (or one ill-formed sequence), as U8_FWD_1.
inline void skip(std::string_view text, std::size_t& at) noexcept {
    (void)next(text, at);
}

// The code point that ends at `at`, not reading before `floor`, and `at` moved back to its
// start (U8_PREV); `at` must be above `floor`.
CodePoint previous(std::string_view text, std::size_t floor, std::size_t& at) noexcept;

// Appends the UTF-8 of a code point; false, and nothing appended, for a surrogate or a value
// that is no code point (as U8_APPEND reports an error).
bool append(std::string& out, CodePoint c);

} // namespace citelint::unicode
