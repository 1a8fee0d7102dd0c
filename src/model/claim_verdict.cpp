#include "claim_verdict.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace citelint::model {

namespace {

// The part of a sentence a verdict is about: after the last footnote inside it, if any.
void judged_part(const Article& a, std::uint32_t index, Span& span, Span& text) {
    const Sentence& s = a.sentences[index];
    span = s.span;
    text = s.text;
    const ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    for (std::uint32_t k = p.first_point; k < p.first_point + p.point_count; ++k) {
        const CitationPoint& c = a.citation_points[k];
        if (c.sentence != static_cast<std::int32_t>(index) || c.at_sentence_end ||
            c.span.end >= span.end || c.text >= text.end)
            continue;
        span.begin = std::max(span.begin, c.span.end);
        text.begin = std::max(text.begin, c.text);
    }
    // The words, not the space after the footnote.
    const std::string_view source = a.source->text();
    while (span.begin < span.end && (source[span.begin] == ' ' || source[span.begin] == '\n'))
        ++span.begin;
    while (text.begin < text.end &&
           (a.prose_text[text.begin] == ' ' || a.prose_text[text.begin] == '\n'))
        ++text.begin;
}

} // namespace

ClaimVerdict ClaimJudge::judge(std::uint32_t index) {
    const Article& a = article_;
    const Sentence& s = a.sentences[index];
    ClaimVerdict v;
    judged_part(a, index, v.span, v.text);
    const std::string_view words = a.prose(v.text);
    const std::string_view title = s.section < a.sections.size()
                                       ? std::string_view(a.sections[s.section].title)
                                       : std::string_view{};
    const ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    v.features =
        model_.features(words, title, {index - p.first_sentence, p.sentence_count}, scratch_);
    v.lexical = model_.lexical_weight(words);
    v.score = model_.score(v.features, v.lexical);
    v.likely_challenged = v.score >= model_.threshold() && content_evidence(v.features) >= 1.0F;
    return v;
}

std::string describe(const ClaimModel& model, const ClaimVerdict& verdict) {
    return fmt::format("{}; score {:.2f}", fmt::join(model.explain(verdict.features), ", "),
                       verdict.score);
}

} // namespace citelint::model
