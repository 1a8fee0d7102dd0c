// The figures of one document that the machine formats report beside its diagnostics.
#include <algorithm>

#include <fmt/format.h>

#include "../model/article.hpp"
#include "renderer.hpp"

namespace citelint::report {

namespace {

// Footnotes as Cite makes them: an unnamed ref's own (Ref::makes_unnamed_footnote()), and a
// named ref's, one however often it is used (NamedEntry: one per name, group and stretch
// between lists); each marker in the text after the first of a named ref reuses it. A
// list-defined ref's definition is no marker, so its first use in the text is not a reuse.
// Short footnotes ({{sfn}}) are short citations, counted as such.
void count_footnotes(const model::Article& a, Figures& figures) {
    figures.refs_defined += static_cast<std::size_t>(
        std::count_if(a.refs.begin(), a.refs.end(),
                      [](const model::Ref& r) { return r.makes_unnamed_footnote(); }));
    for (const model::NamedEntry& entry : a.entries) {
        // The name Module:Footnotes gives an {{sfn}}'s ref: a short citation, counted as one.
        if (!entry.definition ||
            a.refs[*entry.definition].origin == model::RefOrigin::short_footnote)
            continue;
        ++figures.refs_defined;
        const auto markers =
            std::count_if(entry.refs.begin(), entry.refs.end(),
                          [&](std::uint32_t r) { return a.refs[r].list == model::no_index; });
        if (markers > 1) figures.refs_reused += static_cast<std::size_t>(markers - 1);
    }
}

// {{citation needed}} and the other marks of an unsourced claim (not of a questioned source,
// a missing page, nor the banners), with the month each was placed in when its date gives one.
void count_citation_needed(const model::Article& a, Figures& figures) {
    for (const model::Mark& m : a.marks) {
        if (m.kind != model::NeedKind::unsourced || m.scope != model::MarkScope::claim) continue;
        ++figures.citation_needed;
        if (m.dated && m.dated->month >= 1 && m.dated->month <= 12)
            figures.citation_needed_dates.push_back(
                fmt::format("{:04}-{:02}", m.dated->year, m.dated->month));
    }
}

} // namespace

Figures figures_of(const model::Article& article) {
    Figures figures;
    figures.refs = article.refs.size();
    figures.citation_points = article.page_citation_points.size();
    if (article.options.sentences) {
        figures.sentences = article.sentences.size();
        figures.covered_sentences = static_cast<std::size_t>(
            std::count_if(article.sentences.begin(), article.sentences.end(),
                          [](const model::Sentence& s) { return s.covered; }));
    }
    if (article.options.sentences) figures.words = article.prose_words;
    count_footnotes(article, figures);
    figures.short_citations = article.short_citations.size();
    figures.short_citations_matched = static_cast<std::size_t>(
        std::count_if(article.short_citations.begin(), article.short_citations.end(),
                      [](const model::ShortCitation& s) { return s.targets > 0; }));
    count_citation_needed(article, figures);
    return figures;
}

} // namespace citelint::report
