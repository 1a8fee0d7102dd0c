// The flat syntax of one document: every construct that matters to citations, in document
// order (a parent before its children), with byte ranges into the source.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../source.hpp"

namespace citelint::syntax {

enum class NodeKind : std::uint8_t {
    comment,
    extension_tag,        // <ref>, <references>, <nowiki>, ... (tag says which)
    stray_ref_close,      // </ref> that closes nothing
    stray_template_close, // "}}" that closes no template or parameter
    template_call,        // {{name|...}}, also parser functions {{#tag:ref|...}}
    template_arg,         // one |argument of the template that is its parent
    template_param,       // {{{param}}}
    wikilink,
    external_link, // [https://... caption]
    free_url,      // https://... in the text
    heading,
    blank_line,
    list_marker,
    table_marker,
};

enum class Tag : std::uint8_t {
    ref,
    references,
    nowiki,
    pre,
    math,
    chem,
    ce,
    syntaxhighlight,
    source,
    score,
    timeline,
    hiero,
    graph,
    templatedata,
    templatestyles,
    mapframe,
    maplink,
    imagemap,
    inputbox,
    categorytree,
    includeonly,
    poem,
    gallery,
    indicator,
    charinsert,
    rss,
    langconvert,
    none = 255,
};

inline constexpr std::uint32_t no_parent = 0xffffffffu;

struct Node {
    NodeKind kind{};
    Tag tag = Tag::none;
    bool self_closing = false; // extension tag written <tag ... />
    bool unclosed = false;     // extension tag whose closing tag never comes (shown as text)
    bool named = false;        // template argument written name=value
    std::uint8_t level = 0;    // heading level
    std::uint32_t parent = no_parent;
    Span whole;
    Span name;  // tag name, template name, argument name, heading title
    Span attrs; // tag attribute text
    Span inner; // tag content, argument value
};

struct Syntax {
    std::vector<Node> nodes;
    bool truncated = false;                        // nesting deeper than the parser follows
    std::vector<std::uint32_t> unclosed_templates; // offsets of "{{" that no "}}" closes, sorted
    // Each node's children in document order, from one counting sort of the parents: node i's
    // are children[child_begin[i]] to children[child_begin[i + 1]]. Walking the nodes a node
    // spans to find them instead would, on a page nested a hundred deep, walk the page a
    // hundred times.
    std::vector<std::uint32_t> child_begin, children;
    [[nodiscard]] std::span<const std::uint32_t> children_of(std::uint32_t i) const {
        return {children.data() + child_begin[i], children.data() + child_begin[i + 1]};
    }
};

// How deep nested markup is followed; deeper nesting is left as text (Syntax::truncated).
inline constexpr unsigned max_nesting = 100;

Syntax parse(std::string_view text);

} // namespace citelint::syntax
