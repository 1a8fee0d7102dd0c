// The character data of src/unicode/tables.cpp, which tools/unicode_tables_from_icu.cpp
// writes from ICU: two-stage tables over every code point (a block's first entry in stage
// two, then an index into the distinct values), so that the native build and the
// WebAssembly build, which has no ICU, read the same data.
#pragma once
#include <cstddef>
#include <cstdint>

namespace citelint::unicode::tables {

inline constexpr std::int32_t block_bits = 7; // 128 code points a block

// A property value's bits (src/unicode/properties.hpp reads them).
inline constexpr std::uint32_t category_mask = 0x1F;          // ICU's UCharCategory
inline constexpr int sentence_shift = 5;                      // USentenceBreak, 4 bits
inline constexpr int width_shift = 9;                         // UEastAsianWidth, 3 bits
inline constexpr std::uint32_t white_space_bit = 1u << 12;    // White_Space
inline constexpr std::uint32_t alphabetic_bit = 1u << 13;     // Alphabetic
inline constexpr std::uint32_t ideographic_bit = 1u << 14;    // Ideographic
inline constexpr std::uint32_t cased_bit = 1u << 15;          // Cased
inline constexpr std::uint32_t case_ignorable_bit = 1u << 16; // Case_Ignorable
inline constexpr int digit_shift = 17; // decimal digit value, 4 bits, 0xF for none

struct CaseDeltas {
    std::int32_t fold;  // simple case folding (default)
    std::int32_t upper; // simple upper case
    std::int32_t lower; // full lower case in the root locale when one code point
};

// A full lower case of more than one code point (U+0130 only, in Unicode 15).
struct LongLower {
    std::int32_t code_point;
    const char* utf8;
};

extern const char* const unicode_version;
extern const std::uint16_t property_blocks[];
extern const std::uint16_t property_entries[];
extern const std::uint32_t property_values[];
extern const std::uint16_t case_blocks[];
extern const std::uint16_t case_entries[];
extern const CaseDeltas case_values[];
extern const std::size_t long_lower_count;
extern const LongLower long_lower[];
// CLDR's English abbreviations after which no sentence ends, one a line (ICU's break
// iterator data, exceptions/SentenceBreak).
extern const char* const english_sentence_exceptions;

} // namespace citelint::unicode::tables
