// How the grammar's matches become nodes. The control opens a node when a construct starts,
// closes it when the construct matches and drops it (with everything under it) when the
// construct falls back to text; the actions fill in the named sub-ranges.
#pragma once

#include <array>
#include <cstring>
#include <type_traits>
#include <unordered_set>

#include "../../grammar/document.hpp"
#include "syntax.hpp"

namespace citelint::syntax {

namespace g = citelint::grammar;

// A node's Tag is its grammar tag's index (node_rule<extension_element> below): Tag names every
// tag of grammar/tags.hpp, in the same order, and nothing more.
static_assert(static_cast<std::size_t>(Tag::langconvert) + 1 == g::extension_tag_count &&
              g::tag_langconvert::index == static_cast<std::size_t>(Tag::langconvert));

struct ParseState {
    explicit ParseState(std::vector<Node>& out) : nodes(out) {}

    std::vector<Node>& nodes;
    std::vector<std::uint32_t> open;
    g::ScanCache scan;
    const char* document = nullptr;
    std::size_t offset = 0; // where the input being parsed starts in the document
    unsigned depth = 0;
    unsigned max_depth = 100;
    bool truncated = false;
    std::vector<std::uint32_t> unclosed_templates; // "{{" that no "}}" closes
    // Bytes scanned in vain by constructs that never closed. Each unclosed construct rescans
    // what follows it; past the budget, nesting is no longer followed, so that no input costs
    // more than linear time (real pages stay far below it).
    std::size_t wasted = 0;
    unsigned constructs_open = 0; // templates, parameters and links being matched
    std::size_t waste_budget = 0;
    std::unordered_set<std::uint64_t> failed; // (kind, offset) of constructs known not to close

    Node& current() { return nodes[open.back()]; }
    template <typename ParseInput> std::uint32_t position(const ParseInput& in) const {
        return static_cast<std::uint32_t>(in.current() - in.begin() + offset);
    }
    template <typename ActionInput> Span span(const ActionInput& in) const {
        const auto begin = static_cast<std::uint32_t>(in.begin() - in.input().begin() + offset);
        return {begin, begin + static_cast<std::uint32_t>(in.size())};
    }
};

void parse_nested(ParseState& state, Span range, std::uint32_t parent);

// Which rules make nodes, of what kind, and whether a failure is worth remembering.
template <typename Rule> struct node_rule { static constexpr bool is_node = false; };
// `Opener` is what a construct must start with: most attempts fail on it, before a node is
// opened, and a construct that fails after it has scanned in vain.
template <char... Opener> struct opens_with {
    static bool may_start(const char* p, const char* end) {
        constexpr char opener[] = {Opener..., 0};
        return end - p >= static_cast<std::ptrdiff_t>(sizeof...(Opener)) &&
               std::memcmp(p, opener, sizeof...(Opener)) == 0;
    }
};
template <NodeKind K, bool Memo = false, bool Nests = false, typename Opener = opens_with<>>
struct node_of : Opener {
    static constexpr bool is_node = true;
    static constexpr NodeKind kind = K;
    static constexpr bool memo_failure = Memo;
    static constexpr bool nests = Nests;
    static constexpr Tag tag = Tag::none;
};
template <>
struct node_rule<g::comment>
    : node_of<NodeKind::comment, false, false, opens_with<'<', '!', '-', '-'>> {};
template <>
struct node_rule<g::stray_ref_close>
    : node_of<NodeKind::stray_ref_close, false, false, opens_with<'<', '/'>> {};
template <>
struct node_rule<g::stray_template_close>
    : node_of<NodeKind::stray_template_close, false, false, opens_with<'}', '}'>> {};
template <>
struct node_rule<g::template_call>
    : node_of<NodeKind::template_call, true, true, opens_with<'{', '{'>> {};
template <>
struct node_rule<g::template_arg> : node_of<NodeKind::template_arg, false, false, opens_with<'|'>> {
};
template <>
struct node_rule<g::template_param>
    : node_of<NodeKind::template_param, true, true, opens_with<'{', '{', '{'>> {};
template <>
struct node_rule<g::wikilink> : node_of<NodeKind::wikilink, true, true, opens_with<'[', '['>> {};
template <>
struct node_rule<g::external_link> : node_of<NodeKind::external_link, true, true, opens_with<'['>> {
};
template <>
struct node_rule<g::heading> : node_of<NodeKind::heading, false, false, opens_with<'='>> {};
template <>
struct node_rule<g::free_url>
    : node_of<NodeKind::free_url, false, false, opens_with<':', '/', '/'>> {};
// Line and cell markers are tried at every line start (the cell separator at every byte
// of the page's top level) and mostly fail: each checks its first bytes before a node opens.
template <> struct node_rule<g::table_cell_separator> : node_of<NodeKind::table_marker> {
    // "||" or "!!"
    static bool may_start(const char* p, const char* end) {
        return end - p >= 2 && (*p == '|' || *p == '!') && p[1] == *p;
    }
};
template <> struct node_rule<g::blank_line> : node_of<NodeKind::blank_line> {
    // blanks, then a line feed
    static bool may_start(const char* p, const char* end) {
        while (p != end && (*p == ' ' || *p == '\t' || *p == '\r'))
            ++p;
        return p != end && *p == '\n';
    }
};
template <> struct node_rule<g::list_marker> : node_of<NodeKind::list_marker> {
    static bool may_start(const char* p, const char* end) {
        return p != end && (*p == '*' || *p == '#' || *p == ':' || *p == ';');
    }
};
template <> struct node_rule<g::table_marker> : node_of<NodeKind::table_marker> {
    // blanks, then "{|", '|' or '!'
    static bool may_start(const char* p, const char* end) {
        while (p != end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p == end) return false;
        return *p == '|' || *p == '!' || (*p == '{' && end - p >= 2 && p[1] == '|');
    }
};
template <typename Name>
struct node_rule<g::extension_element<Name>> : node_of<NodeKind::extension_tag> {
    static constexpr Tag tag = static_cast<Tag>(Name::index);
    static constexpr bool reparse = Name::content == g::TagContent::wikitext;
    // '<' and the tag's name, in any case.
    static bool may_start(const char* p, const char* end) {
        constexpr std::string_view name = g::tag_text_v<Name>;
        return end - p > static_cast<std::ptrdiff_t>(name.size()) && *p == '<' &&
               g::ascii_iequal(std::string_view(p + 1, name.size()), name);
    }
};

// The bytes, in either case, that start some extension tag's name: most '<' on a page start
// none of them (</ref>, <br>, <span>), and the tags need not be tried one by one.
template <typename List> struct tag_first_bytes;
template <typename... Names>
struct tag_first_bytes<tao::pegtl::type_list<g::extension_element<Names>...>> {
    static constexpr std::array<bool, 256> table = [] {
        std::array<bool, 256> t{};
        for (char c : {g::tag_text_v<Names>[0]...}) {
            t[static_cast<unsigned char>(c)] = true;
            if (c >= 'a' && c <= 'z') t[static_cast<unsigned char>(c - 'a' + 'A')] = true;
            if (c >= 'A' && c <= 'Z') t[static_cast<unsigned char>(c - 'A' + 'a')] = true;
        }
        return t;
    }();
};

template <typename Rule> struct control : tao::pegtl::normal<Rule> {
    template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode M,
              template <typename...> class Action, template <typename...> class Control,
              typename ParseInput>
    static bool match(ParseInput& in, ParseState& state) {
        using base = tao::pegtl::normal<Rule>;
        using traits = node_rule<Rule>;
        if constexpr (!traits::is_node) {
            // Past the budget, constructs still open give up at once instead of each scanning
            // the rest of the input for a closer that is not there.
            if constexpr (std::is_same_v<Rule, g::inline_item>) {
                if (state.constructs_open > 0 && state.wasted > state.waste_budget) return false;
            }
            if constexpr (std::is_same_v<Rule, g::extension_tag>) {
                const char* p = in.current();
                if (in.end() - p < 2 || *p != '<' ||
                    !tag_first_bytes<g::extension_tag::subs_t>::table[static_cast<unsigned char>(
                        p[1])])
                    return false;
            }
            return base::template match<A, M, Action, Control>(in, state);
        } else {
            if (!traits::may_start(in.current(), in.end())) return false;
            const std::uint32_t begin = state.position(in);
            const std::uint64_t memo_key = (std::uint64_t(traits::kind) << 32) | begin;
            if constexpr (traits::memo_failure) {
                if (state.wasted > state.waste_budget) {
                    state.truncated = true;
                    return false;
                }
                if (!state.failed.empty() && state.failed.count(memo_key)) return false;
            }
            if constexpr (traits::nests || traits::kind == NodeKind::extension_tag) {
                if (state.depth >= state.max_depth) {
                    state.truncated = true;
                    return false;
                }
            }
            const auto index = static_cast<std::uint32_t>(state.nodes.size());
            Node node;
            node.kind = traits::kind;
            node.tag = traits::tag;
            node.parent = state.open.empty() ? no_parent : state.open.back();
            node.whole.begin = begin;
            state.nodes.push_back(node);
            state.open.push_back(index);
            ++state.depth;
            if constexpr (traits::memo_failure) ++state.constructs_open;
            const bool matched = base::template match<A, M, Action, Control>(in, state);
            if constexpr (traits::memo_failure) --state.constructs_open;
            --state.depth;
            state.open.pop_back();
            if (!matched) {
                // Only ever shrinks: erase() inlines where resize() calls out (for a growth
                // that never happens here), on every construct that fails to match.
                state.nodes.erase(state.nodes.begin() + index, state.nodes.end());
                if constexpr (traits::kind == NodeKind::template_call) {
                    if (!state.truncated) state.unclosed_templates.push_back(begin);
                }
                if constexpr (traits::memo_failure) {
                    state.failed.insert(memo_key);
                    if constexpr (traits::kind !=
                                  NodeKind::external_link) // those stop at the line's end
                        state.wasted +=
                            static_cast<std::size_t>(in.end() - in.begin()) + state.offset - begin;
                }
                return false;
            }
            state.nodes[index].whole.end = state.position(in);
            if constexpr (traits::kind == NodeKind::extension_tag) {
                if constexpr (traits::reparse) {
                    const Node& tag = state.nodes[index];
                    if (!tag.self_closing && !tag.unclosed && !tag.inner.empty()) {
                        ++state.depth;
                        parse_nested(state, tag.inner, index);
                        --state.depth;
                    }
                }
            }
            return true;
        }
    }
};

template <typename Rule> struct action : tao::pegtl::nothing<Rule> {};

template <> struct action<g::template_name> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().name = state.span(in);
    }
};
template <> struct action<g::template_arg_name> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().name = state.span(in);
    }
};
template <> struct action<g::template_arg_equals> {
    static void apply0(ParseState& state) { state.current().named = true; }
};
template <> struct action<g::template_arg_value> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().inner = state.span(in);
    }
};
template <> struct action<g::wikilink_target> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().name = state.span(in);
    }
};
// The free URL's node starts at its scheme, before the "://" where it was found.
template <> struct action<g::free_url_scheme_before> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        const char* p = in.begin();
        const char* const first = in.input().begin();
        std::uint32_t scheme = 0;
        while (p != first && ((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z'))) {
            --p;
            ++scheme;
        }
        state.current().whole.begin -= scheme;
    }
};
template <> struct action<g::heading_marks> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().level = static_cast<std::uint8_t>(in.size() > 6 ? 6 : in.size());
    }
};
template <> struct action<g::heading_title> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().name = state.span(in);
    }
};
template <typename Name> struct action<g::tag_open<Name>> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        Span s = state.span(in);
        ++s.begin; // '<'
        state.current().name = s;
    }
};
template <typename Name> struct action<g::tag_attributes<Name>> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().attrs = state.span(in);
    }
};
template <typename Name> struct action<g::tag_inner<Name>> {
    template <typename ActionInput> static void apply(const ActionInput& in, ParseState& state) {
        state.current().inner = state.span(in);
    }
};
template <> struct action<g::tag_self_close> {
    static void apply0(ParseState& state) { state.current().self_closing = true; }
};
template <typename Name> struct action<g::tag_unclosed<Name>> {
    static void apply0(ParseState& state) { state.current().unclosed = true; }
};

} // namespace citelint::syntax
