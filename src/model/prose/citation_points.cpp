// The citation points of a page (spec/unsourced-claims.md): the places where a source is
// attached to the text.
#include <algorithm>

#include "../article.hpp"
#include "../builders.hpp"

namespace citelint::model {

namespace {

bool inside(Span inner, Span outer) {
    return outer.begin <= inner.begin && inner.end <= outer.end && !(inner == outer);
}

// An explanatory note ({{efn}}, {{refn|group=...}}) attaches a source only when a citation
// stands inside it: a ref, a full or a short citation.
bool note_cites(const Article& a, const Ref& note) {
    auto in_note = [&](Span s) { return inside(s, note.span); };
    return std::any_of(a.refs.begin(), a.refs.end(),
                       [&](const Ref& r) { return in_note(r.span); }) ||
           std::any_of(a.citations.begin(), a.citations.end(),
                       [&](const Citation& c) { return in_note(c.span); }) ||
           std::any_of(a.short_citations.begin(), a.short_citations.end(),
                       [&](const ShortCitation& s) { return in_note(s.span); });
}

} // namespace

bool has_citation_point_in(const Article& a, std::uint32_t begin, std::uint32_t end) {
    // In document order, none inside another: the first at or after `begin` is the one to see.
    const auto first = std::lower_bound(
        a.page_citation_points.begin(), a.page_citation_points.end(), begin,
        [](const PageCitationPoint& p, std::uint32_t at) { return p.span.begin < at; });
    return first != a.page_citation_points.end() && first->span.begin < end;
}

void collect_citation_points(Article& a) {
    std::vector<PageCitationPoint> points;
    for (const Ref& r : a.refs) {
        if (r.list != no_index || r.nested) continue; // defined in a list, or dropped inside a ref
        if (r.origin == RefOrigin::footnote_template && !r.group.empty()) {
            if (note_cites(a, r)) points.push_back({r.span, CitationPointKind::note});
            continue;
        }
        points.push_back({r.span, CitationPointKind::ref});
    }
    for (const ShortCitation& s : a.short_citations)
        if (s.kind == ShortCitationKind::harv)
            points.push_back({s.span, CitationPointKind::short_citation});
    // Names beginning "Cita" are taken for citation templates (as Module:Footnotes takes them),
    // but {{Citazione necessaria}} marks the want of one.
    for (const Citation& c : a.citations)
        if (!c.in_ref && !a.catalogues->citation_needed.entry(c.name))
            points.push_back({c.span, CitationPointKind::citation});
    if (a.dialect == Dialect::rendered) {
        // Template:Sfn, Template:Refn are refs already; Template:Harvnb and Template:R are not.
        for (const Placeholder& p : a.placeholders) {
            const FootnoteRole role = p.footnote;
            if (role == FootnoteRole::harv || role == FootnoteRole::sfn ||
                role == FootnoteRole::sfnm ||
                (p.reference && p.reference->role == TemplateRole::reuse))
                points.push_back({p.span, CitationPointKind::short_footnote});
        }
    }
    std::sort(points.begin(), points.end(),
              [](const PageCitationPoint& x, const PageCitationPoint& y) {
                  return x.span.begin != y.span.begin ? x.span.begin < y.span.begin
                                                      : x.span.end > y.span.end;
              });
    // Keep the outermost of points that hold one another (a citation inside an inline ref).
    for (const PageCitationPoint& p : points)
        if (a.page_citation_points.empty() ||
            p.span.begin >= a.page_citation_points.back().span.end)
            a.page_citation_points.push_back(p);
}

namespace {

// A construct a line of citations may hold: a citation point, or a comment.
struct Attached {
    Span span;
    bool citation = false;
};

// Whether a line shows nothing but citation points (and comments): a line holding only
// "<ref>...</ref>" or "{{sfn|...}}". `k` walks `attached` (sorted) along the page.
bool holds_only_citations(const Article& a, Span line, const std::vector<Attached>& attached,
                          std::size_t& k) {
    const std::string_view text = a.source->text();
    bool any = false;
    for (std::uint32_t at = line.begin; at < line.end;) {
        while (k < attached.size() && attached[k].span.end <= at)
            ++k;
        if (k < attached.size() && attached[k].span.begin <= at) {
            any |= attached[k].citation;
            at = attached[k].span.end;
            continue;
        }
        if (text[at] != ' ' && text[at] != '\t' && text[at] != '\r') return false;
        ++at;
    }
    return any;
}

} // namespace

void join_citation_lines(Article& a) {
    if (a.paragraphs.empty() || a.page_citation_points.empty()) return;
    const Source& source = *a.source;
    // Both in the order of the text (the parser appends a node where it begins): merged, not
    // sorted.
    std::vector<Attached> citations, comments, attached;
    citations.reserve(a.page_citation_points.size());
    for (const PageCitationPoint& p : a.page_citation_points)
        citations.push_back({p.span, true});
    for (const auto& n : a.syntax.nodes)
        if (n.parent == syntax::no_parent && n.kind == syntax::NodeKind::comment)
            comments.push_back({n.whole, false});
    attached.reserve(citations.size() + comments.size());
    std::merge(citations.begin(), citations.end(), comments.begin(), comments.end(),
               std::back_inserter(attached),
               [](const Attached& x, const Attached& y) { return x.span.begin < y.span.begin; });
    std::vector<Paragraph> out;
    std::size_t k = 0;
    for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
        Paragraph p = a.paragraphs[i];
        bool joined = false;
        for (;;) {
            const std::uint32_t last = source.locate(p.span.end).line;
            if (source.line_span(last).end != p.span.end || last >= source.line_count()) break;
            const Span next = source.line_span(last + 1);
            // MediaWiki joins lines with no blank line between them into one paragraph: a
            // citation on the line after the text is the text's.
            if (!p.optional && next.begin < next.end &&
                holds_only_citations(a, next, attached, k)) {
                p.span.end = next.end;
                joined = true;
                continue;
            }
            // And the text on the line after that line goes on with the same paragraph.
            if (joined && i + 1 < a.paragraphs.size() &&
                a.paragraphs[i + 1].span.begin == next.begin &&
                a.paragraphs[i + 1].section == p.section && !a.paragraphs[i + 1].optional) {
                p.span.end = a.paragraphs[++i].span.end;
                joined = false;
                continue;
            }
            break;
        }
        out.push_back(p);
    }
    a.paragraphs = std::move(out);
}

} // namespace citelint::model
