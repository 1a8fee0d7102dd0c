// What the template rules share.
#pragma once

#include <algorithm>
#include <vector>

#include "../references/common.hpp"
#include "../../src/model/text.hpp"

namespace citelint::rules {

// The span without the blanks around it (the whole span when it is blank).
inline Span trimmed_span(const Article& a, Span s) {
    const std::string_view text = a.text(s);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return s;
    const auto last = text.find_last_not_of(" \t\r\n");
    return {s.begin + static_cast<std::uint32_t>(first), s.begin + static_cast<std::uint32_t>(last + 1)};
}

// The non-empty parameter among a CS1 meta-parameter's aliases that Module:Citation/CS1
// takes (the first in its order of precedence), or none.
inline const model::CitationParam* cs1_given(const model::Citation& c, std::string_view meta) {
    for (const std::string& name : model::Cs1Aliases::builtin().names(meta))
        if (const model::CitationParam* p = c.find(name); p && !p->value.empty()) return p;
    return nullptr;
}

// Rendered dialect: citation templates whose parameters were lost, as placeholders
// ("Template:Cite book") or unexpanded calls ("{{#invoke:citation/CS1|...}}").
inline std::size_t citations_lost_in_rendering(const Article& a, Span& first) {
    // Placeholders anywhere but in comments and opaque tags, in refs too.
    std::vector<Span> hidden;
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::comment ||
            (n.kind == syntax::NodeKind::extension_tag && n.tag != syntax::Tag::ref && n.tag != syntax::Tag::references &&
             n.tag != syntax::Tag::poem && n.tag != syntax::Tag::gallery && n.tag != syntax::Tag::indicator))
            hidden.push_back(n.whole);
    auto is_hidden = [&](std::uint32_t at) {
        return std::any_of(hidden.begin(), hidden.end(), [at](Span h) { return h.begin <= at && at < h.end; });
    };
    std::vector<Span> lost;
    const std::string_view text = a.source->text();
    for (std::size_t at = text.find("Template:Cit"); at != std::string_view::npos; at = text.find("Template:Cit", at + 1))
        if (!is_hidden(static_cast<std::uint32_t>(at)))
            lost.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 12)});
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::template_call && model::php_trim(a.text(n.name)).rfind("#invoke:citation/CS1", 0) == 0)
            lost.push_back(n.whole);
    if (lost.empty()) return 0;
    first = *std::min_element(lost.begin(), lost.end(), [](Span x, Span y) { return x.begin < y.begin; });
    return lost.size();
}

// Says once per document, as a limitation, that a check of citation parameters could not run.
inline void say_if_parameters_lost(const Article& a, Sink& sink, std::string_view what) {
    if (a.dialect != model::Dialect::rendered) return;
    Span first;
    if (const std::size_t lost = citations_lost_in_rendering(a, first); lost > 0) {
        Diagnostic& d = sink.report(first, fmt::format("could not check {} of {} citations: their parameters were "
                                                       "lost in the rendered dialect",
                                                       what, lost));
        d.limitation = true;
    }
}

} // namespace citelint::rules
