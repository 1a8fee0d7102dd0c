#include "claim_verdict.hpp"

#include <span>

#include <fmt/format.h>

#include "projection.hpp"
#include <fmt/ranges.h>

namespace citelint::model {

namespace {

// The part of a sentence a verdict is about: after the last footnote inside it, if any. A
// citation written into the text ({{harvnb}}, an inline citation template, "(Knuth 1973:5)")
// sources the whole sentence, and cuts nothing.
void judged_part(const Article& a, std::uint32_t index, Span& span, Span& text) {
    const Sentence& s = a.sentences[index];
    span = s.span;
    text = s.text;
    const ProseParagraph& p = a.prose_paragraphs[s.paragraph];
    bool cut = false;
    for (std::uint32_t k = p.first_point; k < p.first_point + p.point_count; ++k) {
        const CitationPoint& c = a.citation_points[k];
        const bool written_in = c.kind == CitationPointKind::short_citation ||
                                c.kind == CitationPointKind::citation ||
                                c.kind == CitationPointKind::written;
        if (c.sentence != static_cast<std::int32_t>(index) || c.at_sentence_end || written_in ||
            c.span.end >= span.end || c.text >= text.end)
            continue;
        text.begin = std::max(text.begin, c.text);
        cut = true;
    }
    if (!cut) return;
    span.begin = visible_begin(a, s.paragraph, text.begin);
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
    v.signs = scratch_.signs;
    v.lexical = model_.lexical_weight(words);
    v.score = model_.score(v.features, v.lexical);
    v.likely_challenged = v.score >= model_.threshold() && content_evidence(v.features) >= 1.0F;
    return v;
}

std::uint32_t visible_begin(const Article& a, std::uint32_t paragraph, std::uint32_t text) {
    const ProseParagraph& p = a.prose_paragraphs[paragraph];
    while (text < p.text.end && (a.prose_text[text] == ' ' || a.prose_text[text] == '\n' ||
                                 a.prose_text.compare(text, 2, "\xC2\xA0") == 0))
        text += a.prose_text[text] == ' ' || a.prose_text[text] == '\n' ? 1 : 2;
    const std::span<const ProsePiece> pieces(a.prose_pieces.data() + p.first_piece, p.piece_count);
    return prose_source_begin(pieces, text);
}

namespace {

// A feature about a sentence's content, as a reader names it.
std::string_view plain_name(ClaimFeature f) {
    switch (f) {
    case ClaimFeature::number:
        return "a figure";
    case ClaimFeature::year:
        return "a year";
    case ClaimFeature::percent:
        return "a percentage";
    case ClaimFeature::money:
        return "a sum of money";
    case ClaimFeature::quantity:
        return "a quantity";
    case ClaimFeature::quotation:
        return "a quotation";
    case ClaimFeature::reported_speech:
        return "reported speech";
    case ClaimFeature::superlative:
        return "a superlative";
    case ClaimFeature::evaluative:
        return "an evaluation";
    case ClaimFeature::contentious:
        return "a contentious word";
    case ClaimFeature::hedge:
        return "a hedge";
    default:
        return claim_feature_name(f);
    }
}

} // namespace

std::string describe(const ClaimModel& model, const ClaimVerdict& verdict) {
    // The signs about its content, strongest first, with the words that fired them.
    const auto signs = model.signs(verdict.signs);
    std::string out;
    for (const ClaimFeature f : model.fired(verdict.features)) {
        if (f > ClaimFeature::hedge) continue; // place, length, section: in explain's account
        std::string quoted;
        for (const auto& [feature, text] : signs)
            if (feature == f) quoted.append(quoted.empty() ? "\"" : ", \"").append(text) += '"';
        out.append(out.empty() ? "" : ", ").append(plain_name(f));
        if (!quoted.empty()) out.append(" (").append(quoted) += ')';
    }
    fmt::format_to(std::back_inserter(out), "; score {:.2f}", verdict.score);
    return out;
}

} // namespace citelint::model
