// The wikitext constructs that matter to citations, from a whole page down to a byte.
// Templates, links and parameters nest; a construct that never closes is text, as in
// MediaWiki, and what was recognised inside it stays recognised.
#pragma once

#include "common.hpp"
#include "scan_cache.hpp"
#include "tags.hpp"

namespace citelint::grammar {

struct inline_item;
template <typename Stop> struct inline_content : star<not_at<Stop>, inline_item> {};

// {{{param|default}}}
struct template_param_open : three<'{'> {};
struct template_param_close : three<'}'> {};
struct template_param_stop : sor<one<'|'>, template_param_close> {};
struct template_param
    : seq<template_param_open, inline_content<template_param_stop>,
          star<one<'|'>, inline_content<template_param_stop>>, template_param_close> {};

// {{name|positional|name=value}} and parser functions {{#tag:ref|...}}
struct template_open : two<'{'> {};
struct template_close : two<'}'> {};
struct template_arg_sep : one<'|'> {};
struct template_arg_stop : sor<template_arg_sep, template_close> {};
struct template_name : inline_content<template_arg_stop> {};
// A name may hold comments: `| title<!-- note --> = x` is the parameter "title".
// One or more bytes other than | = { } [ ] < (a comment starts at '<', so it never takes
// bytes from a run).
struct template_arg_name_run {
    using rule_t = template_arg_name_run;
    using subs_t = type_list<>;
    static constexpr std::array<bool, 256> stops = [] {
        std::array<bool, 256> table{};
        for (unsigned char c : std::string_view("|={}[]<"))
            table[c] = true;
        return table;
    }();
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const char* p = in.current();
        const char* const end = in.end();
        while (p != end && !stops[static_cast<unsigned char>(*p)])
            ++p;
        if (p == in.current()) return false;
        in.bump(static_cast<std::size_t>(p - in.current()));
        return true;
    }
};
struct template_arg_name : plus<sor<comment, template_arg_name_run>> {};
struct template_arg_equals : one<'='> {};
struct template_arg_value : inline_content<template_arg_stop> {};
struct template_arg
    : seq<template_arg_sep, opt<template_arg_name, template_arg_equals>, template_arg_value> {};
struct template_call : seq<template_open, template_name, star<template_arg>, template_close> {};

// [[target|caption]], whose caption can hold references
struct wikilink_open : two<'['> {};
struct wikilink_close : two<']'> {};
struct wikilink_stop : sor<one<'|'>, wikilink_close> {};
struct wikilink_target : inline_content<wikilink_stop> {};
struct wikilink : seq<wikilink_open, wikilink_target, star<one<'|'>, inline_content<wikilink_stop>>,
                      wikilink_close> {};

// [https://example.org caption] on one line
struct url_scheme
    : sor<istring<'h', 't', 't', 'p', 's', ':', '/', '/'>,
          istring<'h', 't', 't', 'p', ':', '/', '/'>, istring<'f', 't', 'p', ':', '/', '/'>,
          string<'/', '/'>, istring<'m', 'a', 'i', 'l', 't', 'o', ':'>> {};
struct url_target
    : seq<url_scheme, star<not_one<' ', '\t', '\n', ']', '[', '<', '>', '"', '{', '|'>>> {};
struct external_link_stop : sor<one<']'>, one<'\n'>> {};
struct external_link : seq<one<'['>, url_target,
                           opt<plus<blank_char>, inline_content<external_link_stop>>, one<']'>> {};

// A free URL in the text, found at its "://": the scheme before it, the URL after it up to
// a space or markup, less the trailing punctuation MediaWiki leaves out of the link.
struct free_url_scheme_before {
    using rule_t = free_url_scheme_before;
    using subs_t = type_list<>;
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const std::string_view before(in.begin(),
                                      static_cast<std::size_t>(in.current() - in.begin()));
        for (std::string_view scheme : {"https", "http", "ftps", "ftp"}) {
            if (before.size() < scheme.size() ||
                !ascii_iequal(before.substr(before.size() - scheme.size()), scheme))
                continue;
            if (before.size() == scheme.size()) return true;
            const char c = before[before.size() - scheme.size() - 1];
            return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '_');
        }
        return false;
    }
};
// Bytes that end a free URL, and trailing punctuation left out of it.
inline constexpr std::array<bool, 256> free_url_end_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view(" \t\n\r<>[]\"{}|"))
        table[c] = true;
    return table;
}();
inline constexpr std::array<bool, 256> free_url_trailing_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view(".,;:!?"))
        table[c] = true;
    return table;
}();
struct free_url_body {
    using rule_t = free_url_body;
    using subs_t = type_list<>;
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const char* p = in.current();
        const char* const end = in.end();
        bool parenthesis = false;
        while (p != end && !free_url_end_bytes[static_cast<unsigned char>(*p)]) {
            parenthesis = parenthesis || *p == '(';
            ++p;
        }
        while (p != in.current() && (free_url_trailing_bytes[static_cast<unsigned char>(p[-1])] ||
                                     (p[-1] == ')' && !parenthesis)))
            --p;
        if (p == in.current()) return false;
        in.bump_in_this_line(static_cast<std::size_t>(p - in.current()));
        return true;
    }
};
struct free_url : seq<free_url_scheme_before, string<':', '/', '/'>, free_url_body> {};

// A "}}" (or longer run of '}') where no template or parameter is open: MediaWiki shows it
// as text. Where one is open, the stop of its content takes the "}}" first.
struct stray_template_close : seq<two<'}'>, star<one<'}'>>> {};

// Constructs chosen by their first byte.
struct angle_construct : seq<at<one<'<'>>, sor<comment, extension_tag, stray_ref_close>> {};
struct brace_construct : seq<at<one<'{'>>, sor<template_param, template_call>> {};
struct bracket_construct : seq<at<one<'['>>, sor<wikilink, external_link>> {};
struct inline_item : sor<text_run, angle_construct, brace_construct, bracket_construct, free_url,
                         stray_template_close, any> {};

// Line constructs, recognised at the top level of a page.
struct heading_shape {
    using rule_t = heading_shape;
    using subs_t = type_list<>;
    // A line that starts and ends with '=' (trailing blanks aside) and is not only '='.
    template <typename ParseInput> static bool match(ParseInput& in) noexcept {
        const char* p = in.current();
        const char* end = in.end();
        if (p == end || *p != '=') return false;
        const char* eol =
            static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!eol) eol = end;
        const char* last = eol;
        while (last != p && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\r'))
            --last;
        if (last - p < 3 || last[-1] != '=') return false;
        for (const char* q = p; q != last; ++q)
            if (*q != '=') return true;
        return false;
    }
};
struct heading_marks : plus<one<'='>> {};
struct heading_end : seq<plus<one<'='>>, star<one<' ', '\t', '\r'>>, at<line_end>> {};
struct heading_title : inline_content<sor<heading_end, one<'\n'>>> {};
struct heading : seq<at<heading_shape>, heading_marks, heading_title, heading_end> {};
struct blank_line : seq<star<one<' ', '\t', '\r'>>, one<'\n'>> {};
struct list_marker : plus<one<'*', '#', ':', ';'>> {};
struct table_marker
    : seq<star<blank_char>,
          sor<string<'{', '|'>, string<'|', '}'>, string<'|', '-'>, one<'|'>, one<'!'>>> {};
struct line_construct : seq<line_start, sor<heading, blank_line, list_marker, table_marker>> {};

struct table_cell_separator : sor<two<'|'>, two<'!'>> {};
struct document : seq<star<sor<line_construct, table_cell_separator, inline_item>>, eof> {};

} // namespace citelint::grammar

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, citelint::grammar::heading_shape> : analyze_opt_traits<> {};
template <typename Name>
struct analyze_traits<Name, citelint::grammar::free_url_scheme_before> : analyze_opt_traits<> {};
template <typename Name>
struct analyze_traits<Name, citelint::grammar::free_url_body> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, citelint::grammar::template_arg_name_run> : analyze_any_traits<> {};
} // namespace tao::pegtl
