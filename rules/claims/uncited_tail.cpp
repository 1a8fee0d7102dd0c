#include "../../src/model/prose/claim_verdict.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const ProseParagraph& p : a.prose_paragraphs) {
        if (!p.prose || needs_no_citation(p) || p.sentence_count == 0 || p.point_count == 0)
            continue;
        // The sentences after the paragraph's last covered one.
        std::uint32_t tail = p.sentence_count;
        while (tail > 0 && !sourced(a.sentences[p.first_sentence + tail - 1]))
            --tail;
        std::uint32_t uncovered = p.sentence_count - tail;
        // Sentences at the end that state nothing (a list's introduction, "See [[...]]") are
        // no part of it.
        while (uncovered > 0 &&
               states_nothing(a, a.sentences[p.first_sentence + tail + uncovered - 1]))
            --uncovered;
        if (uncovered == 0) continue;
        // A tail that opens by naming the source just cited ("...</ref> Lord voices a number of
        // reservations ... First, ..."), or that follows a sentence naming its source in the
        // text, goes on with what that source says, as a paragraph that opens with one does
        // (unsourced-paragraph).
        if (model::names_cited_author(a, p.first_sentence + tail)) continue;
        if (tail > 0) {
            const Sentence& before = a.sentences[p.first_sentence + tail - 1];
            if (before.names_source && !before.covered && !before.cited_inside) continue;
        }
        // Sentences editors have all marked with {{citation needed}} are marked-unsourced's.
        bool all_marked = true;
        for (std::uint32_t k = tail; k < p.sentence_count && all_marked; ++k)
            all_marked = marked_within(a, a.sentences[p.first_sentence + k].span);
        if (all_marked) continue;
        const Sentence& first = a.sentences[p.first_sentence + tail];
        if (lead_exempt(a, first)) continue;
        const auto& point = a.citation_points[p.first_point + p.point_count - 1];
        Span span = sentences_span(a, p.first_sentence + tail, uncovered);
        // With strict coverage a footnote inside the sentence sources only the words before it:
        // the tail begins after it (by default it covers the sentence's end, and the sentence
        // is no part of the tail).
        const bool inside = point.span.begin > span.begin && point.span.end < span.end;
        if (inside) span.begin = model::visible_begin(a, point.paragraph, point.text);
        // A short clause after that footnote that claims nothing checkable ("but the idea is
        // much older", "as follows") frames what the footnote sources: read against the
        // source, such tails were not worth a citation (bench/claims-precision.tsv).
        if (inside && uncovered == 1) {
            model::ClaimJudge judge(a);
            const model::ClaimVerdict v = judge.judge(p.first_sentence + tail);
            if (model::count_words(a.prose(v.text)) <= 8 &&
                model::content_evidence(v.features) == 0.0F)
                continue;
        }
        Diagnostic& d = sink.report(
            span,
            uncovered > 1
                ? fmt::format(
                      "the last {} sentences of this paragraph come after its last citation",
                      uncovered)
            : inside
                ? std::string("the end of this paragraph's last sentence comes after its "
                              "last citation")
                : std::string("the last sentence of this paragraph comes after its last citation"));
        d.place = span;
        d.notes.push_back({point.span, "the paragraph's last citation"});
        d.help.push_back("if the source cited before supports these sentences too, move its "
                         "citation to the end of "
                         "the paragraph; otherwise cite a source for them");
    }
}

} // namespace

// clang-format off
extern const engine::Rule uncited_tail{
    .code = "C002",
    .name = "uncited-tail",
    .family = engine::Family::claims,
    .severity = engine::Severity::warning,
    .summary = "sentences at the end of a paragraph come after its last citation",
    .docs = {
        .what_it_finds =
            "In a body paragraph that has citations, the sentences after its last citation point: "
            "no citation at their end, and none later in the paragraph to cover them by the usual "
            "convention (one citation at the end of a paragraph covers the sentences before it). "
            "One diagnostic per paragraph, spanning those sentences, "
            "with the last citation as a note. "
            "When the paragraph's last citation stands inside its last sentence, "
            "it covers the sentence's end by default (read against the source, "
            "such reports were rarely worth acting on); with --claims-strict a footnote sources "
            "only the words before it, and the words after it are reported unless they are a short "
            "clause claiming nothing checkable. "
            "Last sentences that state nothing a source could support (ending in \":\", "
            "introducing the list after them, or pointing elsewhere: "
            "\"See [[...]]\") are not counted, nor are plot summaries (WP:PLOTCITE). "
            "Nor is a tail after a sentence that names its source in the text: "
            "the source just cited, by its author's name and a verb of telling (\"...</ref> Lord "
            "voices a number of reservations ... "
            "First, ...\"), or a work's title in italics (WP:INTEXT). "
            "The lead is left alone (WP:LEADCITE). "
            "One claims diagnostic per place: the sentences of it that the claim model scores as "
            "likely to be challenged (likely-challenged) and its uncited quotations "
            "(uncited-quotation) are notes of this diagnostic, naming why, "
            "not diagnostics of their own.",
        .why_it_matters =
            "Sentences added after a paragraph's citation are the commonest way unsourced material "
            "enters an article: readers take the citation before them to support them, "
            "and it does not.",
        .example_bad = R"md(== History ==
The bridge opened in 1932.<ref>Smith 1990, p. 4.</ref> It was the longest in the world.)md",
        .example_good = R"md(== History ==
The bridge opened in 1932.<ref>Smith 1990, p. 4.</ref> It was the longest in the world.<ref>Jones 2001, p. 17.</ref>)md",
        .options =
            "--claims-lead checked: the lead is judged as the body (by default, WP:LEADCITE, "
            "the lead may rest on the body's citations and its paragraphs are not reported). "
            "The paragraph convention it rests on is what --claims-strict drops; "
            "strict coverage does not change what an uncited tail is (likely-challenged reports "
            "the uncited sentences inside a paragraph).",
    },
    .relies_on = {
        "src/model/prose/sentences.cpp: collect_sentences",
        "src/model/prose/citation_points.cpp: collect_citation_points",
        "src/model/prose/claim_verdict.cpp: judge",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
