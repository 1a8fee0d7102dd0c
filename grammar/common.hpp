// Shared lexical pieces: character classes, fast scanning rules, line starts.
#pragma once

#include <array>
#include <cstring>
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace citelint::grammar {
namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// Bytes that may open, separate or close a construct somewhere in wikitext.
inline constexpr std::array<bool, 256> stop_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("<{}[]|=:!\n"))
        table[c] = true;
    return table;
}();

// One or more bytes that cannot begin any construct: the hot loop of the whole parser.
struct text_run {
    using rule_t = text_run;
    using subs_t = type_list<>;
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const char* p = in.current();
        const char* const end = in.end();
        while (p != end && !stop_bytes[static_cast<unsigned char>(*p)])
            ++p;
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
