// Writes src/unicode/tables.cpp: the character properties and case mappings citelint reads
// (src/unicode/properties.hpp), as two-stage tables made from the ICU this program links, so
// that the native and the WebAssembly builds (which has no ICU) read the same data. Built by
// CMake (target citelint_unicode_tables); the test `unicode_tables` fails when the committed
// file differs from what it writes. To refresh it after an ICU upgrade:
//   cmake --build --preset release --target citelint_unicode_tables
//   build/release/citelint_unicode_tables > src/unicode/tables.cpp
#include <unicode/putil.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr UChar32 code_points = 0x110000;
constexpr UChar32 block = 128; // must match src/unicode/tables.hpp

// The bits of a code point's properties; src/unicode/tables.hpp reads them.
std::uint32_t properties(UChar32 c) {
    const auto category = static_cast<std::uint32_t>(u_charType(c));
    const auto sentence =
        static_cast<std::uint32_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    const auto width = static_cast<std::uint32_t>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
    const std::int32_t digit = u_charDigitValue(c);
    const std::uint32_t digit_bits =
        digit >= 0 && digit <= 9 ? static_cast<std::uint32_t>(digit) : 0xF;
    return category | sentence << 5 | width << 9 | (u_isUWhiteSpace(c) ? 1u : 0u) << 12 |
           (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) ? 1u : 0u) << 13 |
           (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? 1u : 0u) << 14 |
           (u_hasBinaryProperty(c, UCHAR_CASED) ? 1u : 0u) << 15 |
           (u_hasBinaryProperty(c, UCHAR_CASE_IGNORABLE) ? 1u : 0u) << 16 | digit_bits << 17;
}

// The full lower case of one code point in the root locale, as UTF-16.
std::u16string full_lower(UChar32 c) {
    UChar in[2];
    std::int32_t length = 0;
    U16_APPEND_UNSAFE(in, length, c);
    UChar out[8];
    UErrorCode status = U_ZERO_ERROR;
    const std::int32_t n = u_strToLower(out, 8, in, length, "", &status);
    if (U_FAILURE(status)) return std::u16string(in, in + length);
    return std::u16string(out, out + n);
}

struct CaseDeltas {
    std::int32_t fold = 0, upper = 0, lower = 0;
    bool operator<(const CaseDeltas& o) const {
        return std::array{fold, upper, lower} < std::array{o.fold, o.upper, o.lower};
    }
};

// A two-stage table: stage one maps a block of code points to its first entry in stage two,
// which holds indexes into the distinct values; identical blocks are stored once.
template <typename Value> struct Table {
    std::vector<std::uint16_t> stage1;
    std::vector<std::uint16_t> stage2;
    std::vector<Value> values;
};

template <typename Value, typename Of> Table<Value> build(Of of) {
    Table<Value> t;
    std::map<Value, std::uint16_t> index;
    std::map<std::vector<std::uint16_t>, std::uint16_t> blocks;
    for (UChar32 start = 0; start < code_points; start += block) {
        std::vector<std::uint16_t> entries;
        for (UChar32 c = start; c < start + block; ++c) {
            const Value v = of(c);
            auto [it, added] = index.emplace(v, static_cast<std::uint16_t>(t.values.size()));
            if (added) t.values.push_back(v);
            entries.push_back(it->second);
        }
        if (t.stage2.size() > 0xFFFF - block || t.values.size() > 0xFFFF) {
            std::fprintf(stderr, "the table outgrows 16-bit indexes\n");
            std::exit(1);
        }
        auto [it, added] = blocks.emplace(entries, static_cast<std::uint16_t>(t.stage2.size()));
        if (added) t.stage2.insert(t.stage2.end(), entries.begin(), entries.end());
        t.stage1.push_back(it->second);
    }
    return t;
}

template <typename T>
void print_numbers(const char* type, const char* name, const std::vector<T>& v) {
    std::printf("const %s %s[%zu] = {", type, name, v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        std::printf("%s%lld,", i % 16 == 0 ? "\n" : "", static_cast<long long>(v[i]));
    std::printf("\n};\n");
}

// CLDR's English abbreviations after which no sentence ends ("Mr.", "e.g.", "U.S."), read where
// ICU's FilteredBreakIteratorBuilder reads them: the break iterator data, exceptions/SentenceBreak.
std::string sentence_exceptions() {
    std::string rows;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* bundle =
        ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
    UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    while (U_SUCCESS(status) && ures_hasNext(list)) {
        std::int32_t length = 0;
        const UChar* text = ures_getNextString(list, &length, nullptr, &status);
        if (U_FAILURE(status)) break;
        for (std::int32_t i = 0; i < length;) {
            UChar32 c = 0;
            U16_NEXT(text, i, length, c);
            char buffer[4];
            std::int32_t n = 0;
            U8_APPEND_UNSAFE(buffer, n, c);
            rows.append(buffer, static_cast<std::size_t>(n));
        }
        rows += '\n';
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    if (U_FAILURE(status) || rows.empty()) {
        std::fprintf(stderr, "cannot read ICU's English sentence break exceptions\n");
        std::exit(1);
    }
    return rows;
}

} // namespace

int main() {
    UVersionInfo icu;
    UVersionInfo unicode;
    u_getVersion(icu);
    u_getUnicodeVersion(unicode);
    char icu_text[U_MAX_VERSION_STRING_LENGTH];
    char unicode_text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icu_text);
    u_versionToString(unicode, unicode_text);

    const auto props = build<std::uint32_t>(properties);
    std::vector<std::pair<UChar32, std::string>> long_lower; // lower case of several code points
    const auto cases = build<CaseDeltas>([&](UChar32 c) {
        CaseDeltas d;
        d.fold = u_foldCase(c, U_FOLD_CASE_DEFAULT) - c;
        d.upper = u_toupper(c) - c;
        const std::u16string lower = full_lower(c);
        UChar32 first = 0;
        std::int32_t i = 0;
        U16_NEXT(lower.data(), i, static_cast<std::int32_t>(lower.size()), first);
        if (i == static_cast<std::int32_t>(lower.size())) {
            d.lower = first - c;
        } else {
            std::string utf8;
            for (std::int32_t j = 0; j < static_cast<std::int32_t>(lower.size());) {
                UChar32 x = 0;
                U16_NEXT(lower.data(), j, static_cast<std::int32_t>(lower.size()), x);
                char buffer[4];
                std::int32_t n = 0;
                U8_APPEND_UNSAFE(buffer, n, x);
                utf8.append(buffer, static_cast<std::size_t>(n));
            }
            long_lower.emplace_back(c, utf8);
        }
        return d;
    });

    std::printf(
        "// Generated by tools/unicode_tables_from_icu.cpp from ICU %s (Unicode %s); do not "
        "edit.\n// The layout is in src/unicode/tables.hpp.\n// clang-format off\n#include "
        "\"tables.hpp\"\n\n"
        "namespace citelint::unicode::tables {\n\n",
        icu_text, unicode_text);
    std::printf("const char* const unicode_version = \"%s\";\n\n", unicode_text);
    print_numbers("std::uint16_t", "property_blocks", props.stage1);
    print_numbers("std::uint16_t", "property_entries", props.stage2);
    print_numbers("std::uint32_t", "property_values", props.values);
    print_numbers("std::uint16_t", "case_blocks", cases.stage1);
    print_numbers("std::uint16_t", "case_entries", cases.stage2);
    std::printf("const CaseDeltas case_values[%zu] = {\n", cases.values.size());
    for (const CaseDeltas& d : cases.values)
        std::printf("{%d,%d,%d},\n", d.fold, d.upper, d.lower);
    std::printf("};\n\n");
    std::printf("const std::size_t long_lower_count = %zu;\n", long_lower.size());
    std::printf("const LongLower long_lower[%zu] = {\n", long_lower.size());
    for (const auto& [c, text] : long_lower) {
        std::printf("{%d, \"", c);
        for (const char ch : text)
            std::printf("\\x%02x", static_cast<unsigned char>(ch));
        std::printf("\"},\n");
    }
    std::printf("};\n\nconst char* const english_sentence_exceptions =");
    const std::string rows = sentence_exceptions();
    for (std::size_t at = 0; at < rows.size();) {
        const std::size_t end = rows.find('\n', at);
        std::printf("\n    \"");
        for (const char ch : rows.substr(at, end - at)) {
            const auto byte = static_cast<unsigned char>(ch);
            // Escaped bytes end their literal, so that a following hex digit is not read on.
            if (byte >= 0x80 || ch == '"' || ch == '\\')
                std::printf("\\x%02x\"\"", byte);
            else
                std::printf("%c", ch);
        }
        std::printf("\\n\"");
        at = end + 1;
    }
    std::printf(";\n\n} // namespace citelint::unicode::tables\n");
    return 0;
}
