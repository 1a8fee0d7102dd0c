// Shared lexical pieces: character classes, fast scanning rules, line starts.
#pragma once

#include <array>
#include <cstring>
#include <string_view>

#include <tao/pegtl.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace citelint::grammar {
namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// The first of `Bytes` from `p` on (or `end`). With SSE2 (every x86-64 processor) 16 bytes are
// compared at once: prose runs tens of bytes between two stop bytes.
template <char... Bytes>
inline const char* find_first_of(const char* p, const char* const end) noexcept {
    static constexpr std::array<bool, 256> found = [] {
        std::array<bool, 256> table{};
        ((table[static_cast<unsigned char>(Bytes)] = true), ...);
        return table;
    }();
#if defined(__SSE2__)
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hits = (_mm_cmpeq_epi8(bytes, _mm_set1_epi8(Bytes)) | ...);
        if (const int mask = _mm_movemask_epi8(hits); mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p != end && !found[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// One or more bytes that cannot begin any construct (none that may open, separate or close
// one somewhere in wikitext): the hot loop of the whole parser.
struct text_run {
    using rule_t = text_run;
    using subs_t = type_list<>;
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const char* const p = find_first_of<'<', '{', '}', '[', ']', '|', '=', ':', '!', '\n'>(
            in.current(), in.end());
        if (p == in.current()) return false;
        in.bump_in_this_line(static_cast<std::size_t>(p - in.current()));
        return true;
    }
};

// Succeeds without consuming at the first byte of a line.
struct line_start {
    using rule_t = line_start;
    using subs_t = type_list<>;
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        return in.current() == in.begin() || in.current()[-1] == '\n';
    }
};

// Consumes everything up to (not including) a literal, or to the end when it never comes.
template <char... Cs> struct until_literal_or_eof {
    using rule_t = until_literal_or_eof;
    using subs_t = type_list<>;
    static constexpr char literal[] = {Cs...};
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const std::string_view rest(in.current(),
                                    static_cast<std::size_t>(in.end() - in.current()));
        const auto found = rest.find(std::string_view(literal, sizeof...(Cs)));
        in.bump_in_this_line(found == std::string_view::npos ? rest.size() : found);
        return true;
    }
};

struct space_char : one<' ', '\t', '\n', '\r', '\f'> {};
struct blank_char : one<' ', '\t'> {};
struct line_end : sor<one<'\n'>, eof> {};

} // namespace citelint::grammar

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, citelint::grammar::text_run> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, citelint::grammar::line_start> : analyze_opt_traits<> {};
template <typename Name, char... Cs>
struct analyze_traits<Name, citelint::grammar::until_literal_or_eof<Cs...>> : analyze_opt_traits<> {
};
} // namespace tao::pegtl
