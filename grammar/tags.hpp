// Comments and extension tags (<ref>, <references>, <nowiki> and other opaque or
// re-parsed tags), matched the way MediaWiki's preprocessor finds them: the tag ends at the
// first '>', the content at the first closing tag of the same name; a tag whose closing tag
// never comes is literal text.
#pragma once

#include "common.hpp"

namespace citelint::grammar {

// What the page does with an extension tag's content.
enum class TagContent { opaque, wikitext };

#define CITELINT_TAG(ident, idx, content_kind, ...)                                                \
    struct ident : istring<__VA_ARGS__> {                                                          \
        static constexpr std::size_t index = idx;                                                  \
        static constexpr TagContent content = TagContent::content_kind;                            \
    }

CITELINT_TAG(tag_ref, 0, wikitext, 'r', 'e', 'f');
CITELINT_TAG(tag_references, 1, wikitext, 'r', 'e', 'f', 'e', 'r', 'e', 'n', 'c', 'e', 's');
CITELINT_TAG(tag_nowiki, 2, opaque, 'n', 'o', 'w', 'i', 'k', 'i');
CITELINT_TAG(tag_pre, 3, opaque, 'p', 'r', 'e');
CITELINT_TAG(tag_math, 4, opaque, 'm', 'a', 't', 'h');
CITELINT_TAG(tag_chem, 5, opaque, 'c', 'h', 'e', 'm');
CITELINT_TAG(tag_ce, 6, opaque, 'c', 'e');
CITELINT_TAG(tag_syntaxhighlight, 7, opaque, 's', 'y', 'n', 't', 'a', 'x', 'h', 'i', 'g', 'h', 'l',
             'i', 'g', 'h', 't');
CITELINT_TAG(tag_source, 8, opaque, 's', 'o', 'u', 'r', 'c', 'e');
CITELINT_TAG(tag_score, 9, opaque, 's', 'c', 'o', 'r', 'e');
CITELINT_TAG(tag_timeline, 10, opaque, 't', 'i', 'm', 'e', 'l', 'i', 'n', 'e');
CITELINT_TAG(tag_hiero, 11, opaque, 'h', 'i', 'e', 'r', 'o');
CITELINT_TAG(tag_graph, 12, opaque, 'g', 'r', 'a', 'p', 'h');
CITELINT_TAG(tag_templatedata, 13, opaque, 't', 'e', 'm', 'p', 'l', 'a', 't', 'e', 'd', 'a', 't',
             'a');
CITELINT_TAG(tag_templatestyles, 14, opaque, 't', 'e', 'm', 'p', 'l', 'a', 't', 'e', 's', 't', 'y',
             'l', 'e', 's');
CITELINT_TAG(tag_mapframe, 15, opaque, 'm', 'a', 'p', 'f', 'r', 'a', 'm', 'e');
CITELINT_TAG(tag_maplink, 16, opaque, 'm', 'a', 'p', 'l', 'i', 'n', 'k');
CITELINT_TAG(tag_imagemap, 17, opaque, 'i', 'm', 'a', 'g', 'e', 'm', 'a', 'p');
CITELINT_TAG(tag_inputbox, 18, opaque, 'i', 'n', 'p', 'u', 't', 'b', 'o', 'x');
CITELINT_TAG(tag_categorytree, 19, opaque, 'c', 'a', 't', 'e', 'g', 'o', 'r', 'y', 't', 'r', 'e',
             'e');
CITELINT_TAG(tag_includeonly, 20, opaque, 'i', 'n', 'c', 'l', 'u', 'd', 'e', 'o', 'n', 'l', 'y');
CITELINT_TAG(tag_poem, 21, wikitext, 'p', 'o', 'e', 'm');
CITELINT_TAG(tag_gallery, 22, wikitext, 'g', 'a', 'l', 'l', 'e', 'r', 'y');
CITELINT_TAG(tag_indicator, 23, wikitext, 'i', 'n', 'd', 'i', 'c', 'a', 't', 'o', 'r');
CITELINT_TAG(tag_charinsert, 24, opaque, 'c', 'h', 'a', 'r', 'i', 'n', 's', 'e', 'r', 't');
CITELINT_TAG(tag_rss, 25, opaque, 'r', 's', 's');
CITELINT_TAG(tag_langconvert, 26, opaque, 'l', 'a', 'n', 'g', 'c', 'o', 'n', 'v', 'e', 'r', 't');

#undef CITELINT_TAG

// The byte text of a tag name rule, for searching its closing tag.
template <typename Name> struct tag_text;
template <char... Cs> struct tag_text<tao::pegtl::internal::istring<Cs...>> {
    static constexpr char chars[] = {Cs...};
    static constexpr std::string_view value{chars, sizeof...(Cs)};
};
template <typename Name>
inline constexpr std::string_view tag_text_v = tag_text<typename Name::rule_t>::value;

struct comment_open : string<'<', '!', '-', '-'> {};
struct comment_close : string<'-', '-', '>'> {};
struct comment : seq<comment_open, until_literal_or_eof<'-', '-', '>'>, opt<comment_close>> {};

template <typename Name>
struct tag_open : seq<one<'<'>, Name, at<sor<space_char, string<'/', '>'>, one<'>'>>>> {};
template <typename Name>
struct tag_close : seq<one<'<'>, one<'/'>, Name, star<space_char>, one<'>'>> {};
struct tag_self_close : string<'/', '>'> {};
struct tag_open_end : one<'>'> {};

inline bool ascii_iequal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// The attribute text of a tag: everything up to its first '>' (less a '/' just before it).
template <typename Name> struct tag_attributes {
    using rule_t = tag_attributes;
    using subs_t = type_list<>;
    template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
              typename ParseInput, typename State, typename... States>
    static bool match(ParseInput& in, State& state, States&...) {
        const std::size_t here = static_cast<std::size_t>(in.current() - in.begin()) + state.offset;
        if (here >= state.scan.no_tag_end_from) return false;
        const std::string_view rest(in.current(),
                                    static_cast<std::size_t>(in.end() - in.current()));
        auto gt = rest.find('>');
        if (gt == std::string_view::npos) {
            state.scan.no_tag_end_from = here;
            return false;
        }
        if (gt > 0 && rest[gt - 1] == '/') --gt;
        in.bump(gt);
        return true;
    }
};

// The content of a tag up to its closing tag; fails when there is none.
template <typename Name> struct tag_inner {
    using rule_t = tag_inner;
    using subs_t = type_list<>;
    template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
              typename ParseInput, typename State, typename... States>
    static bool match(ParseInput& in, State& state, States&...) {
        const std::size_t here = static_cast<std::size_t>(in.current() - in.begin()) + state.offset;
        if (here >= state.scan.no_close_from[Name::index]) return false;
        const std::string_view name = tag_text_v<Name>;
        const std::string_view rest(in.current(),
                                    static_cast<std::size_t>(in.end() - in.current()));
        for (std::size_t at = rest.find("</"); at != std::string_view::npos;
             at = rest.find("</", at + 1)) {
            std::size_t p = at + 2;
            if (!ascii_iequal(rest.substr(p, name.size()), name)) continue;
            p += name.size();
            while (p < rest.size() && (rest[p] == ' ' || rest[p] == '\t' || rest[p] == '\n' ||
                                       rest[p] == '\r' || rest[p] == '\f' || rest[p] == '\v'))
                ++p;
            if (p < rest.size() && rest[p] == '>') {
                in.bump(at);
                return true;
            }
        }
        state.scan.no_close_from[Name::index] = here;
        return false;
    }
};

// Marks an opening tag whose closing tag never comes: MediaWiki shows it as text.
template <typename Name> struct tag_unclosed : success {};

template <typename Name>
struct extension_element
    : seq<tag_open<Name>, tag_attributes<Name>,
          sor<tag_self_close,
              seq<tag_open_end, sor<seq<tag_inner<Name>, tag_close<Name>>, tag_unclosed<Name>>>>> {
};

struct stray_ref_close : tag_close<tag_ref> {};

// The extension tags, in the order of their indexes: ScanCache keeps one offset per tag, and
// src/syntax's Tag names them in this order.
template <typename... Names> struct extension_tag_list {
    static constexpr std::size_t count = sizeof...(Names);
    static constexpr bool indexed_in_order = [] {
        std::size_t i = 0;
        return ((Names::index == i++) && ...);
    }();
    using element = sor<extension_element<Names>...>;
};
using extension_tags =
    extension_tag_list<tag_ref, tag_references, tag_nowiki, tag_pre, tag_math, tag_chem, tag_ce,
                       tag_syntaxhighlight, tag_source, tag_score, tag_timeline, tag_hiero,
                       tag_graph, tag_templatedata, tag_templatestyles, tag_mapframe, tag_maplink,
                       tag_imagemap, tag_inputbox, tag_categorytree, tag_includeonly, tag_poem,
                       tag_gallery, tag_indicator, tag_charinsert, tag_rss, tag_langconvert>;
static_assert(extension_tags::indexed_in_order, "each tag's index is its place in the list");
inline constexpr std::size_t extension_tag_count = extension_tags::count;

struct extension_tag : extension_tags::element {};

} // namespace citelint::grammar

namespace tao::pegtl {
template <typename Name, typename Tag>
struct analyze_traits<Name, citelint::grammar::tag_attributes<Tag>> : analyze_opt_traits<> {};
template <typename Name, typename Tag>
struct analyze_traits<Name, citelint::grammar::tag_inner<Tag>> : analyze_opt_traits<> {};
} // namespace tao::pegtl
