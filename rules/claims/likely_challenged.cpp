#include "../../src/model/prose/claim_verdict.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    model::ClaimJudge judge(a);
    for (std::uint32_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        // A sentence the paragraph convention covers is left alone: read against the source,
        // its later citation supported it in 21 of 25 cases (bench/claims-precision.tsv).
        // --claims-strict drops the convention, and then such a sentence is judged.
        if (sourced(s) || lead_exempt(a, s) || needs_no_citation(a.prose_paragraphs[s.paragraph]) ||
            marked_within(a, s.span) || section_marked(a, s.section) || states_nothing(a, s))
            continue;
        const model::ClaimVerdict v = judge.judge(i);
        if (!v.likely_challenged || model::names_cited_author(a, i)) continue;
        // Strict: a sentence with a citation later in its paragraph has a source nearby; the
        // bar for it is the higher one, set for precision.
        const std::optional<std::size_t> next = next_citation(a, i);
        const bool later = a.options.claims.strict && next.has_value();
        if (later && v.score < judge.model().challenge_threshold()) continue;
        Diagnostic& d = sink.report(
            v.span,
            fmt::format("{} is likely to be challenged and has no citation of its own "
                        "({})",
                        v.span.begin > s.span.begin ? "the end of this sentence" : "this sentence",
                        model::describe(judge.model(), v)));
        d.place = v.span;
        if (later) {
            d.notes.push_back({a.citation_points[*next].span,
                               "the paragraph's next citation, which the paragraph convention "
                               "would let cover it"});
            d.help.push_back("if that source supports it, repeat the citation at its end (a named "
                             "ref: <ref name=\"...\" />); otherwise cite a source for it, or mark "
                             "it with {{citation needed}}");
        } else {
            d.help.push_back("cite a reliable source for it, or mark it with {{citation needed}}");
        }
    }
}

} // namespace

// clang-format off
extern const engine::Rule likely_challenged{
    .code = "C006",
    .name = "likely-challenged",
    .family = engine::Family::claims,
    .severity = engine::Severity::warning,
    .summary = "an uncited sentence has the marks of a claim readers challenge",
    .docs = {
        .what_it_finds =
            "A body sentence no citation point covers that the claim model scores as likely to "
            "be challenged. "
            "The model is logistic: a weight per feature of the sentence and its section title "
            "(figures, years, money, percentages, quantities, quotations, reported speech, "
            "superlatives, evaluative, contentious and hedging words, names, length, a History, "
            "Reception or Plot section), learned by bench/train-claims.py from the corpus's "
            "sentences (cited at their end or not, as in the citation-need research). "
            "A sentence is reported only when its content gives enough evidence: "
            "one strong sign (a figure, money, a percentage, a quantity, a quotation, "
            "\"according to\", a superlative such as \"the largest\") or three weak ones (a year, "
            "\"may\", \"first\", \"charged\", \"called\": words most sentences using them need no "
            "citation for; rules/data/claim_words.tsv marks them); its place, "
            "length and section alone never make it a claim. "
            "The message names the signs in plain words with the words that fired them, "
            "and the score; `citelint explain FILE:LINE:COL` shows each feature with its weight, "
            "the score and the thresholds. "
            "With --claims-strict a footnote inside the sentence sources only the words before it, "
            "and the words after the last one are judged on their own (by default it covers the "
            "sentence's end).\n\n"
            "One claims diagnostic per place: where unsourced-paragraph, "
            "uncited-tail or unreferenced-section report the paragraph, the tail or the section, "
            "the verdict is one of their notes (which sentences score high, and why), "
            "not a diagnostic of its own; on a quotation uncited-quotation speaks. "
            "So in a default run it stands alone only where no rule reports the place (a paragraph "
            "editors marked in part). "
            "By default a citation later in the paragraph covers the sentences before it (read "
            "against the source, such a citation supported the sentence in 21 of 25 reports: "
            "bench/claims-precision.tsv); with --claims-strict those sentences are judged too, "
            "at the model's challenge threshold, set for precision on the training half (60 % of "
            "the sentences it flags there are cited at their own end). "
            "The lead is left alone, and so are plot summaries, sentences that introduce a list or "
            "only point elsewhere, sentences editors have marked with {{citation needed}} or kin, "
            "and sections under a banner (marked-unsourced reports them). "
            "Selected alone (--select C006), it shows the model's verdict on every "
            "uncited sentence.",
        .why_it_matters =
            "Material likely to be challenged needs an inline citation (WP:V, WP:MINREF). "
            "Among the uncited sentences of a paragraph or a section, those with figures, "
            "superlatives, opinions or contentious words are the ones readers challenge first; "
            "with strict coverage, a figure or a superlative in the middle of a paragraph is where "
            "the convention that its last citation supports it fails most often.",
        .example_bad = R"md(== History ==
The factory was the largest in Europe, with 12,000 workers in 1913, the most of any factory in the country. It opened in 1910.<ref>{{cite book |last=Smith |title=Industry |year=1990 |page=6}}</ref>)md",
        .example_good = R"md(== History ==
The factory was the largest in Europe, with 12,000 workers in 1913, the most of any factory in the country.<ref>{{cite book |last=Smith |title=Industry |year=1990 |page=7}}</ref> It opened in 1910.<ref>{{cite book |last=Smith |title=Industry |year=1990 |page=6}}</ref>)md",
        .options =
            "--claims-strict: a sentence is covered only by a citation point at its own end, "
            "so the sentences before a paragraph's citation are judged too (at the "
            "challenge threshold). "
            "--claims-lead checked: the lead's sentences are judged as the body's. "
            "The examples are read with --claims-strict: in a default run the paragraph's citation "
            "covers the first sentence.",
        .example_options = {"--claims-strict"},
    },
    .relies_on = {
        "src/model/prose/claim_verdict.cpp: judge",
        "src/model/prose/claims.cpp: find_figures",
        "src/model/prose/citation_points.cpp: collect_citation_points",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
