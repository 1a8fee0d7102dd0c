// What the template rules share.
#pragma once

#include <algorithm>

#include "../references/common.hpp"
#include "../../src/model/text.hpp"

namespace citelint::rules {

// Rendered dialect: citation templates whose parameters were lost, as placeholders
// ("Template:Cite book") or unexpanded calls ("{{#invoke:citation/CS1|...}}").
inline std::size_t citations_lost_in_rendering(const Article& a, Span& first) {
    std::size_t lost = 0;
    auto note = [&](Span s) {
        if (lost++ == 0) first = s;
    };
    for (const Span s : a.placeholders)
        if (a.text({s.begin, std::min<std::uint32_t>(s.begin + 12, static_cast<std::uint32_t>(a.source->text().size()))}) == "Template:Cit")
            note(s);
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::template_call && model::php_trim(a.text(n.name)).rfind("#invoke:citation/CS1", 0) == 0)
            note(n.whole);
    return lost;
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
