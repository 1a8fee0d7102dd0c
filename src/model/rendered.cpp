// What the rendered dialect left of templates: placeholders and citations that lost their
// parameters, found once for every reader.
#include <algorithm>

#include "article.hpp"
#include "builders.hpp"
#include "text.hpp"

namespace citelint::model {

namespace {

// Rendered dialect: "Template:Cite book" anywhere but in comments and opaque tags (in refs,
// lists, poems, galleries and indicators too), and "{{#invoke:citation/CS1|...}}" calls.
void collect_lost_citations(Article& a) {
    std::vector<Span> hidden;
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::comment ||
            (n.kind == syntax::NodeKind::extension_tag && n.tag != syntax::Tag::ref &&
             n.tag != syntax::Tag::references && n.tag != syntax::Tag::poem &&
             n.tag != syntax::Tag::gallery && n.tag != syntax::Tag::indicator))
            hidden.push_back(n.whole);
    auto is_hidden = [&](std::uint32_t at) {
        return std::any_of(hidden.begin(), hidden.end(),
                           [at](Span h) { return h.begin <= at && at < h.end; });
    };
    const std::string_view text = a.source->text();
    // The placeholders of {{cite ...}} and {{citation}}; "Template:Citation needed" is a mark,
    // not a citation.
    constexpr std::string_view citation = "Template:Cit";
    const auto& marks = a.catalogues->citation_needed;
    for (std::size_t at = text.find(citation); at != std::string_view::npos;
         at = text.find(citation, at + 1))
        if (!is_hidden(static_cast<std::uint32_t>(at)) &&
            !marks.longest_prefix(text.substr(at + placeholder_marker.size(), 64)))
            a.lost_citations.push_back(
                {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + citation.size())});
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::template_call &&
            php_trim(a.text(n.name)).rfind("#invoke:citation/CS1", 0) == 0)
            a.lost_citations.push_back(n.whole);
    std::sort(a.lost_citations.begin(), a.lost_citations.end(),
              [](Span x, Span y) { return x.begin < y.begin; });
}

} // namespace

void collect_placeholders(Article& a) {
    if (a.dialect != Dialect::rendered) return;
    const std::string_view text = a.source->text();
    const Catalogues& c = *a.catalogues;
    // Comments, tags and templates: their placeholders are not the page's.
    std::vector<Span> hidden;
    for (const syntax::Node& n : a.syntax.nodes)
        if (n.parent == syntax::no_parent &&
            (n.kind == syntax::NodeKind::comment || n.kind == syntax::NodeKind::extension_tag ||
             n.kind == syntax::NodeKind::template_call))
            hidden.push_back(n.whole);
    std::size_t h = 0;
    for (std::size_t at = text.find(placeholder_marker); at != std::string_view::npos;
         at = text.find(placeholder_marker, at + 1)) {
        while (h < hidden.size() && hidden[h].end <= at)
            ++h;
        if (h < hidden.size() && hidden[h].begin <= at) continue;
        const std::size_t name_at = at + placeholder_marker.size();
        const std::string_view after = text.substr(name_at, 64);
        Placeholder p;
        p.reference = c.references.longest_prefix(after);
        const std::size_t name_end = p.reference ? name_at + p.reference->name.size() : name_at;
        p.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(name_end)};
        p.mark = c.citation_needed.longest_prefix(after);
        p.footnote = c.footnotes.role_of_prefix(after);
        a.placeholders.push_back(p);
    }
    collect_lost_citations(a);
}

} // namespace citelint::model
