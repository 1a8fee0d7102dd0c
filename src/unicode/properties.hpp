// The Unicode character properties and case mappings citelint reads, from tables made from
// ICU (tables.hpp), the same in the native and the WebAssembly builds. Each function answers
// as the ICU function it names does, for every code point and for values that are none
// (tests/test_unicode.cpp compares them all).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "tables.hpp"

namespace citelint::unicode {

// A code point, or a negative value where UTF-8 was ill-formed (utf8.hpp).
using CodePoint = std::int32_t;

// General_Category, numbered as ICU's UCharCategory.
enum class Category : std::uint8_t {
    unassigned,
    uppercase_letter,
    lowercase_letter,
    titlecase_letter,
    modifier_letter,
    other_letter,
    nonspacing_mark,
    enclosing_mark,
    spacing_mark,
    decimal_number,
    letter_number,
    other_number,
    space_separator,
    line_separator,
    paragraph_separator,
    control,
    format,
    private_use,
    surrogate,
    dash_punctuation,
    open_punctuation,
    close_punctuation,
    connector_punctuation,
    other_punctuation,
    math_symbol,
    currency_symbol,
    modifier_symbol,
    other_symbol,
    initial_punctuation,
    final_punctuation,
};

// Sentence_Break (UAX #29), numbered as ICU's USentenceBreak.
enum class SentenceBreak : std::uint8_t {
    other,
    aterm,
    close,
    format,
    lower,
    numeric,
    oletter,
    sep,
    sp,
    sterm,
    upper,
    cr,
    extend,
    lf,
    scontinue,
};

inline std::uint32_t properties(CodePoint c) noexcept {
    if (c < 0 || c > 0x10FFFF) return 0xFu << tables::digit_shift; // unassigned, no digit
    using namespace tables;
    const auto u = static_cast<std::uint32_t>(c);
    return property_values[property_entries[property_blocks[u >> block_bits] +
                                            (u & ((1u << block_bits) - 1))]];
}

inline Category category(CodePoint c) noexcept { // u_charType
    return static_cast<Category>(properties(c) & tables::category_mask);
}

inline SentenceBreak sentence_break(CodePoint c) noexcept {
    return static_cast<SentenceBreak>((properties(c) >> tables::sentence_shift) & 0xF);
}

inline bool is_letter(CodePoint c) noexcept { // u_isalpha: General_Category L
    const Category k = category(c);
    return k >= Category::uppercase_letter && k <= Category::other_letter;
}

inline bool is_uppercase_letter(CodePoint c) noexcept { // u_isupper
    return category(c) == Category::uppercase_letter;
}

inline bool is_digit(CodePoint c) noexcept { // u_isdigit
    return category(c) == Category::decimal_number;
}

inline bool is_letter_or_digit(CodePoint c) noexcept {
    return is_letter(c) || is_digit(c);
}

inline bool is_white_space(CodePoint c) noexcept { // u_isUWhiteSpace
    return (properties(c) & tables::white_space_bit) != 0;
}

inline bool is_alphabetic(CodePoint c) noexcept {
    return (properties(c) & tables::alphabetic_bit) != 0;
}

inline bool is_ideographic(CodePoint c) noexcept {
    return (properties(c) & tables::ideographic_bit) != 0;
}

// East_Asian_Width Wide or Fullwidth: two columns in a terminal.
inline bool is_wide(CodePoint c) noexcept {
    const std::uint32_t width = (properties(c) >> tables::width_shift) & 0x7;
    return width == 5 || width == 3;
}

// The value of a decimal digit (u_charDigitValue), -1 for any other character.
inline int digit_value(CodePoint c) noexcept {
    const std::uint32_t digit = (properties(c) >> tables::digit_shift) & 0xF;
    return digit == 0xF ? -1 : static_cast<int>(digit);
}

inline const tables::CaseDeltas& case_deltas(CodePoint c) noexcept {
    using namespace tables;
    const auto u = static_cast<std::uint32_t>(c);
    return case_values[case_entries[case_blocks[u >> block_bits] + (u & ((1u << block_bits) - 1))]];
}

// Simple default case folding (u_foldCase with U_FOLD_CASE_DEFAULT).
inline CodePoint fold_case(CodePoint c) noexcept {
    return c < 0 || c > 0x10FFFF ? c : c + case_deltas(c).fold;
}

// Simple upper case (u_toupper).
inline CodePoint to_upper(CodePoint c) noexcept {
    return c < 0 || c > 0x10FFFF ? c : c + case_deltas(c).upper;
}

// UTF-8 text in lower case as ICU's UnicodeString::toLower with the root locale makes it:
// full mappings, and a capital sigma that ends a word as a final sigma. Ill-formed bytes
// become U+FFFD, as ICU reads them.
std::string to_lower(std::string_view text);

} // namespace citelint::unicode
