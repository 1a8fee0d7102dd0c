// src/unicode/: the tables made from ICU answer as ICU does, for every code point, and UTF-8 is
// read as ICU's macros read it, ill-formed bytes included.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "src/unicode/properties.hpp"
#include "src/unicode/utf8.hpp"

using namespace citelint;

namespace {

std::string icu_lower(const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    u.toLower(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string utf8(UChar32 c) {
    std::string out;
    REQUIRE(unicode::append(out, c));
    return out;
}

// Every way ICU's macros read `bytes`, forwards and backwards, against ours.
void same_reading(const std::string& bytes) {
    const auto size = static_cast<std::int32_t>(bytes.size());
    for (std::int32_t i = 0; i < size;) {
        std::int32_t icu_at = i;
        UChar32 icu_c = 0;
        U8_NEXT(bytes.data(), icu_at, size, icu_c);
        std::size_t at = static_cast<std::size_t>(i);
        const unicode::CodePoint c = unicode::next(bytes, at);
        INFO("forwards at " << i);
        REQUIRE(c == icu_c);
        REQUIRE(at == static_cast<std::size_t>(icu_at));
        i = icu_at;
    }
    for (std::int32_t floor = 0; floor < size; ++floor)
        for (std::int32_t i = size; i > floor;) {
            std::int32_t icu_at = i;
            UChar32 icu_c = 0;
            U8_PREV(bytes.data(), floor, icu_at, icu_c);
            std::size_t at = static_cast<std::size_t>(i);
            const unicode::CodePoint c =
                unicode::previous(bytes, static_cast<std::size_t>(floor), at);
            INFO("backwards from " << i << " to " << floor);
            REQUIRE(c == icu_c);
            REQUIRE(at == static_cast<std::size_t>(icu_at));
            i = icu_at;
        }
}

} // namespace

TEST_CASE("the property tables answer as ICU for every code point", "[unicode]") {
    std::size_t differences = 0;
    for (UChar32 c = -2; c <= 0x110001; ++c) {
        const bool same =
            static_cast<int>(unicode::category(c)) == u_charType(c) &&
            static_cast<int>(unicode::sentence_break(c)) ==
                u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK) &&
            unicode::is_letter(c) == (u_isalpha(c) != 0) &&
            unicode::is_uppercase_letter(c) == (u_isupper(c) != 0) &&
            unicode::is_digit(c) == (u_isdigit(c) != 0) &&
            unicode::is_letter_or_digit(c) == (u_isalnum(c) != 0) &&
            unicode::is_white_space(c) == (u_isUWhiteSpace(c) != 0) &&
            unicode::is_alphabetic(c) == (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) != 0) &&
            unicode::is_ideographic(c) == (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) != 0) &&
            unicode::is_wide(c) ==
                (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH) == U_EA_WIDE ||
                 u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH) == U_EA_FULLWIDTH) &&
            unicode::digit_value(c) == u_charDigitValue(c) &&
            unicode::fold_case(c) == u_foldCase(c, U_FOLD_CASE_DEFAULT) &&
            unicode::to_upper(c) == u_toupper(c);
        if (!same) {
            if (differences < 10) WARN("differs from ICU at U+" << std::hex << c);
            ++differences;
        }
    }
    CHECK(differences == 0);
}

TEST_CASE("lower case is ICU's in the root locale", "[unicode]") {
    std::size_t differences = 0;
    for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string text = utf8(c);
        if (unicode::to_lower(text) != icu_lower(text)) {
            if (differences < 10) WARN("differs from ICU at U+" << std::hex << c);
            ++differences;
        }
    }
    CHECK(differences == 0);
    // A capital sigma ends a word as a final sigma, case-ignorable marks and apostrophes
    // skipped on both sides, cased letters and ill-formed bytes among them.
    const std::vector<std::string> parts = {"Σ",      "Α", "α", "'",    "\u0301",   ".",      " ",
                                            "\u02B0", "İ", "1", "\xC3", "\xE2\x82", "\u0345", "ß"};
    std::mt19937 random(20261207);
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        const int length = 1 + static_cast<int>(random() % 7);
        for (int k = 0; k < length; ++k)
            text += parts[random() % parts.size()];
        INFO(text);
        REQUIRE(unicode::to_lower(text) == icu_lower(text));
    }
    CHECK(unicode::to_lower("ΜΑΡΤΙΟΣ") == "μαρτιος");
}

TEST_CASE("UTF-8 is read as ICU's macros read it", "[unicode]") {
    // Every sequence of up to three bytes from each class a reader tells apart, and random
    // longer ones.
    const std::vector<unsigned char> classes = {
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    std::string bytes;
    for (unsigned char a : classes) {
        same_reading(std::string(1, static_cast<char>(a)));
        for (unsigned char b : classes) {
            same_reading({static_cast<char>(a), static_cast<char>(b)});
            for (unsigned char c : classes)
                same_reading({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        }
    }
    std::mt19937 random(7);
    for (int n = 0; n < 100000; ++n) {
        std::string text;
        const int length = 1 + static_cast<int>(random() % 6);
        for (int k = 0; k < length; ++k)
            text += static_cast<char>(classes[random() % classes.size()]);
        same_reading(text);
    }
    for (UChar32 c : {0x41, 0xE9, 0x20AC, 0x1F600, 0x10FFFF}) {
        char buffer[4];
        std::int32_t length = 0;
        UBool error = false;
        U8_APPEND(buffer, length, 4, c, error);
        CHECK_FALSE(error);
        CHECK(utf8(c) == std::string(buffer, static_cast<std::size_t>(length)));
    }
    std::string out;
    CHECK_FALSE(unicode::append(out, 0xD800));
    CHECK_FALSE(unicode::append(out, 0x110000));
    CHECK(out.empty());
}
