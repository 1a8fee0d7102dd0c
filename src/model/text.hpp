// Small text helpers shared by the model and the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace citelint::model {

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
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
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

// What expanding wikitext leaves of comments: nothing (an unclosed one runs to the end).
std::string strip_comments(std::string_view raw);

// Levenshtein distance in bytes, as PHP's levenshtein().
std::size_t levenshtein(std::string_view a, std::string_view b);

} // namespace citelint::model
