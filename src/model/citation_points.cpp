// The citation points of a page (spec/unsourced-claims.md): the places where a source is
// attached to the text.
#include <algorithm>

#include "article.hpp"

namespace citelint::model {

namespace {

bool inside(Span inner, Span outer) {
    return outer.begin <= inner.begin && inner.end <= outer.end && !(inner == outer);
}

// An explanatory note ({{efn}}, {{refn|group=...}}) attaches a source only when a citation
// stands inside it: a ref, a full or a short citation.
bool note_cites(const Article& a, const Ref& note) {
    auto in_note = [&](Span s) { return inside(s, note.span); };
    return std::any_of(a.refs.begin(), a.refs.end(), [&](const Ref& r) { return in_note(r.span); }) ||
           std::any_of(a.citations.begin(), a.citations.end(),
                       [&](const Citation& c) { return in_note(c.span); }) ||
           std::any_of(a.short_citations.begin(), a.short_citations.end(),
                       [&](const ShortCitation& s) { return in_note(s.span); });
}

} // namespace

void collect_citation_points(Article& a) {
    std::vector<PageCitationPoint> points;
    for (const Ref& r : a.refs) {
        if (r.list >= 0 || r.nested) continue; // defined in a list, or dropped inside a ref
        if (r.origin == RefOrigin::footnote_template && !r.group.empty()) {
            if (note_cites(a, r)) points.push_back({r.span, CitationPointKind::note});
            continue;
        }
        points.push_back({r.span, CitationPointKind::ref});
    }
    for (const ShortCitation& s : a.short_citations)
        if (s.kind == ShortCitationKind::harv) points.push_back({s.span, CitationPointKind::short_citation});
    // Names beginning "Cita" are taken for citation templates (as Module:Footnotes takes them),
    // but {{Citazione necessaria}} marks the want of one.
    for (const Citation& c : a.citations)
        if (!c.in_ref && !a.catalogues->citation_needed.entry(c.name))
            points.push_back({c.span, CitationPointKind::citation});
    if (a.dialect == Dialect::rendered) {
        // Template:Sfn, Template:Refn are refs already; Template:Harvnb and Template:R are not.
        constexpr std::string_view marker = "Template:";
        const auto& footnotes = a.catalogues->footnotes;
        const auto& references = a.catalogues->references;
        for (const Span& p : a.placeholders) {
            const std::string_view after = a.source->text().substr(p.begin + marker.size(), 64);
            const FootnoteRole role = footnotes.role_of_prefix(after);
            const ReferenceTemplate* entry = references.longest_prefix(after);
            if (role == FootnoteRole::harv || role == FootnoteRole::sfn || role == FootnoteRole::sfnm ||
                (entry && entry->role == TemplateRole::reuse))
                points.push_back({p, CitationPointKind::short_footnote});
        }
    }
    std::sort(points.begin(), points.end(), [](const PageCitationPoint& x, const PageCitationPoint& y) {
        return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
    });
    // Keep the outermost of points that hold one another (a citation inside an inline ref).
    for (const PageCitationPoint& p : points)
        if (a.page_citation_points.empty() || p.span.begin >= a.page_citation_points.back().span.end)
            a.page_citation_points.push_back(p);
}

} // namespace citelint::model
