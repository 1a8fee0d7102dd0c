// What the sentence rules of the claims family share: a paragraph's sentences, a sentence's
// visible text, and the span of a run of sentences.
#pragma once

#include <algorithm>
#include <optional>

#include "../../src/model/prose/claims.hpp"
#include "common.hpp"

namespace citelint::rules {

using model::ProseParagraph;
using model::Sentence;

// The visible text of a sentence (markup removed).
inline std::string_view sentence_text(const Article& a, const Sentence& s) {
    return std::string_view(a.prose_text).substr(s.text.begin, s.text.end - s.text.begin);
}

// The source span from the first to the last of some sentences.
inline Span sentences_span(const Article& a, std::uint32_t first, std::uint32_t count) {
    return {a.sentences[first].span.begin, a.sentences[first + count - 1].span.end};
}

// Whether a section's own text (to the next heading of any level) holds a citation point
// anywhere. A section with none is unreferenced-section's to report, as a whole.
inline bool section_has_citation(const Article& a, std::uint32_t section) {
    const std::uint32_t begin = section == 0 ? 0 : a.sections[section].heading.begin;
    const std::uint32_t end = section + 1 < a.sections.size()
                                  ? a.sections[section + 1].heading.begin
                                  : static_cast<std::uint32_t>(a.source->text().size());
    return model::has_citation_point_in(a, begin, end);
}

// Whether a {{citation needed}}-family mark stands in a span: editors have flagged it already
// (marked-unsourced reports it).
inline bool marked_within(const Article& a, Span span) {
    return std::any_of(a.marks.begin(), a.marks.end(), [&](const model::Mark& m) {
        return m.scope == model::MarkScope::claim && m.span.begin >= span.begin &&
               m.span.begin <= span.end + 1;
    });
}

// Whether a sentence has a source: covered (a citation point at its end, or the paragraph's
// next one), or a citation inside it, as Harvard style writes "as Smith (2001, p. 9) shows".
inline bool sourced(const Sentence& s) {
    return s.covered || s.cited_inside || s.names_source;
}

// Whether the lead's exemption keeps a sentence quiet: by WP:LEADCITE the lead may rest on the
// citations of the body (the default; --claims-lead checked judges it as the body).
inline bool lead_exempt(const Article& a, const Sentence& s) {
    return s.in_lead && a.options.claims.lead_exempt;
}

// Whether a sentence states nothing a source could support: a cross-reference ("For a full
// list, see [[...]]"), a sentence that introduces the list after it ("The provinces are:"), or
// one ending in ":" (it introduces a list or a quotation: the claims are in what follows).
inline bool states_nothing(const Article& a, const Sentence& s) {
    if (s.cross_reference || s.introduces_list) return true;
    const std::string_view t = model::php_trim(sentence_text(a, s));
    return !t.empty() && t.back() == ':';
}

// Whether none of a paragraph's sentences states anything a source could support.
inline bool states_nothing(const Article& a, const ProseParagraph& p) {
    for (std::uint32_t i = p.first_sentence; i < p.first_sentence + p.sentence_count; ++i)
        if (!states_nothing(a, a.sentences[i])) return false;
    return true;
}

// Whether a paragraph's prose has a source without an inline citation: a plot summary (the
// work it summarises, WP:PLOTCITE), or statistics its section's opening attribution sources.
inline bool needs_no_citation(const ProseParagraph& p) {
    return p.plot || p.attributed_by != model::no_index || p.introduces_cited;
}

// Whether a citation point stands anywhere in a sentence (at its end, inside it, or at a
// source it names).
inline bool has_citation_in(const Article& a, std::uint32_t index) {
    const ProseParagraph& p = a.prose_paragraphs[a.sentences[index].paragraph];
    for (std::uint32_t k = p.first_point; k < p.first_point + p.point_count; ++k)
        if (a.citation_points[k].sentence == static_cast<std::int32_t>(index)) return true;
    return false;
}

// The first citation point after a sentence in its paragraph (Article::citation_points), or
// none: the one the paragraph convention lets cover it.
inline std::optional<std::size_t> next_citation(const Article& a, std::uint32_t index) {
    const Sentence& s = a.sentences[index];
    const ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    for (std::uint32_t k = p.first_point; k < p.first_point + p.point_count; ++k)
        if (a.citation_points[k].text >= s.text.end) return k;
    return std::nullopt;
}

// Where a sentence stands in its paragraph.
inline model::SentencePlace place_of(const Article& a, std::uint32_t sentence) {
    const ProseParagraph& p = a.prose_paragraphs[a.sentences[sentence].paragraph];
    return {sentence - p.first_sentence, p.sentence_count};
}

// The title of the section a sentence stands in.
inline std::string_view section_title(const Article& a, const Sentence& s) {
    return s.section < a.sections.size() ? std::string_view(a.sections[s.section].title)
                                         : std::string_view{};
}

} // namespace citelint::rules
