#include "actions.hpp"
#include <algorithm>

namespace citelint::syntax {

namespace {

void parse_range(ParseState& state, Span range) {
    const char* document = state.document;
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(document + range.begin,
                                                                 document + range.end, "");
    state.offset = range.begin;
    // The grammar matches any input, so this cannot fail.
    tao::pegtl::parse<g::document, action, control>(in, state);
}

void index_children(Syntax& syntax) {
    const std::vector<Node>& nodes = syntax.nodes;
    syntax.child_begin.assign(nodes.size() + 1, 0);
    for (const Node& n : nodes)
        if (n.parent != no_parent) ++syntax.child_begin[n.parent + 1];
    for (std::size_t i = 1; i < syntax.child_begin.size(); ++i)
        syntax.child_begin[i] += syntax.child_begin[i - 1];
    syntax.children.resize(syntax.child_begin.back());
    std::vector<std::uint32_t> filled(syntax.child_begin.begin(), syntax.child_begin.end() - 1);
    for (std::uint32_t j = 0; j < nodes.size(); ++j)
        if (nodes[j].parent != no_parent) syntax.children[filled[nodes[j].parent]++] = j;
}

} // namespace

// A tag whose content is wikitext is read again on its own, as MediaWiki hands that content
// to a fresh parse: searches inside it stop at its end.
void parse_nested(ParseState& state, Span range, std::uint32_t parent) {
    const std::size_t saved_offset = state.offset;
    const g::ScanCache saved_scan = state.scan;
    state.scan = g::ScanCache{};
    state.open.push_back(parent);
    parse_range(state, range);
    state.open.pop_back();
    state.scan = saved_scan;
    state.offset = saved_offset;
}

Syntax parse(std::string_view text) {
    Syntax syntax;
    syntax.nodes.reserve(text.size() / 64 + 16);
    ParseState state(syntax.nodes);
    state.max_depth = max_nesting;
    state.document = text.data();
    state.waste_budget = 8 * text.size() + (1u << 16);
    parse_range(state, {0, static_cast<std::uint32_t>(text.size())});
    syntax.truncated = state.truncated;
    syntax.unclosed_templates = std::move(state.unclosed_templates);
    std::sort(syntax.unclosed_templates.begin(), syntax.unclosed_templates.end());
    syntax.unclosed_templates.erase(
        std::unique(syntax.unclosed_templates.begin(), syntax.unclosed_templates.end()),
        syntax.unclosed_templates.end());
    index_children(syntax);
    return syntax;
}

} // namespace citelint::syntax
