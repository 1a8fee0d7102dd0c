#include <fmt/ranges.h>

#include "../../src/model/claims.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    const auto& model = model::ClaimModel::builtin();
    model::ClaimScratch scratch; // reused for every sentence of the page
    for (std::uint32_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        const std::string_view text = sentence_text(a, s);
        const std::string_view trimmed = model::php_trim(text);
        // A sentence ending in ":" introduces a list or a quotation; the claims are in what
        // follows.
        if (sourced(s) || lead_exempt(a, s) || marked_within(a, s.span) ||
            (!trimmed.empty() && trimmed.back() == ':'))
            continue;
        const auto x = model.features(text, section_title(a, s), place_of(a, i), scratch);
        const double p = model.score(x, model.lexical_weight(text));
        if (p < model.threshold() || !model::has_claim_content(x)) continue;
        // A footnote inside the sentence sources the words before it: the claim left uncited
        // is after the last one.
        Span span = s.span;
        const model::ProseParagraph& paragraph = a.prose_paragraphs[s.paragraph];
        for (std::uint32_t k = paragraph.first_point; k < paragraph.first_point + paragraph.point_count;
             ++k) {
            const model::CitationPoint& c = a.citation_points[k];
            if (c.sentence == static_cast<std::int32_t>(i) && !c.at_sentence_end &&
                c.span.end < span.end)
                span.begin = std::max(span.begin, c.span.end);
        }
        Diagnostic& d = sink.report(
            span, fmt::format("this claim has no citation and is likely to be challenged "
                                "({}; score {:.2f})",
                                fmt::join(model.explain(x), ", "), p));
        d.help.push_back("cite a reliable source for it, or mark it with {{citation needed}}");
    }
}

} // namespace

extern const engine::Rule likely_challenged{
    "C006",
    "likely-challenged",
    engine::Family::claims,
    engine::Severity::warning,
    "an uncited sentence has the marks of a claim readers challenge",
    {},
    {
        "A body sentence no citation point covers, which the claim model scores at or above its "
        "threshold. The model is logistic: a weight per feature of the sentence and its section "
        "title (figures, years, money, percentages, quantities, quotations, reported speech, "
        "superlatives, evaluative, contentious and hedging words, names, length, a History, "
        "Reception or Plot section), learned by bench/train-claims.py from the sentences of the "
        "corpus (cited at their end or not, as in the citation-need research). A sentence is "
        "reported only when a feature about its content fired (a figure, a year, money, a "
        "percentage, a quantity, a quotation, reported speech, a superlative, an evaluative, "
        "contentious or hedging word): its place in the paragraph, its length and its section "
        "change the score but do not by themselves make it a claim. The message names the "
        "features that fired, strongest first, and the score; `citelint explain FILE:LINE:COL` "
        "shows each feature with its weight, the score and the threshold. The lead is left alone, and so "
        "are sentences editors have marked with {{citation needed}} or kin (marked-unsourced "
        "reports them). It overlaps unsourced-paragraph and uncited-tail on purpose: they say "
        "where citations are missing, this says which missing ones matter most; select one "
        "lens or the other with --select/--ignore.",
        "Material likely to be challenged needs an inline citation (WP:V, WP:MINREF). Among a "
        "page's uncited sentences, those with figures, superlatives, opinions or contentious "
        "words are the ones editors challenge first.",
        "== History ==\nIt was the largest factory in Europe, employing 12,000 workers.",
        "== History ==\nIt was the largest factory in Europe, employing 12,000 "
        "workers.<ref>{{cite book |last=Smith |title=Industry |year=1990 |page=7}}</ref>",
        "--claims-strict: a sentence is covered only by a citation point at its own end (the "
        "paragraph convention is dropped), so uncited sentences inside a paragraph are judged "
        "too. --claims-lead checked: the lead's sentences are judged as the body's.",
    },
    check,
};

} // namespace citelint::rules
