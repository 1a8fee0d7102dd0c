#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const ProseParagraph& p : a.prose_paragraphs) {
        if (!p.prose || needs_no_citation(p) || p.sentence_count == 0 || p.point_count > 0 ||
            states_nothing(a, p))
            continue;
        const Sentence& first = a.sentences[p.first_sentence];
        // A paragraph that opens by naming its source in the text ("Pascoe's 1979 ''A Cornish
        // Armory'' gives ...") has one a reader can check.
        if (lead_exempt(a, first) || first.names_source) continue;
        // A body section with no citation at all is reported once, as a section.
        if (first.section != 0 && !section_has_citation(a, first.section)) continue;
        const Span span = sentences_span(a, p.first_sentence, p.sentence_count);
        if (marked_within(a, span)) continue;
        Diagnostic& d =
            sink.report(span, p.sentence_count == 1
                                  ? std::string("this paragraph has no citation")
                                  : fmt::format("this paragraph of {} sentences has no citation",
                                                p.sentence_count));
        d.place = span;
        d.help.push_back(
            "cite a reliable source for its claims (a <ref> after the sentences it supports), or "
            "mark what needs one with {{citation needed}}");
    }
}

} // namespace

// clang-format off
extern const engine::Rule unsourced_paragraph{
    .code = "C001",
    .name = "unsourced-paragraph",
    .family = engine::Family::claims,
    .severity = engine::Severity::warning,
    .summary = "a paragraph of the article's body has no citation at all",
    .docs = {
        .what_it_finds =
            "A prose paragraph of the body with no citation point at all: "
            "no <ref> in any form (named reuse and {{r}} included), no short citation ({{sfn}}, "
            "{{harvnb}}...), no full citation written inline, no note with a citation inside, "
            "no author-date citation written as text (\"(Knuth 1973:5)\", \"(Sidwell 2006; "
            "Blench 2010)\", or one whose name and year match a citation of the page). "
            "A lead-in of one or two sentences that ends by introducing the quotation, "
            "list or table after it (\"...in the following context:\") is sourced by a citation in "
            "what it introduces. "
            "Prose excludes headings, lists, tables, infoboxes, captions and the sections that "
            "hold sources or links (References, Further reading, External links, "
            "See also and their variants and translations). "
            "The lead is left alone (WP:LEADCITE: it may rest on the body's citations); "
            "so is a paragraph of a section with no citation at all (unreferenced-section reports "
            "the section once) and a paragraph editors have marked with {{citation needed}} or kin "
            "(marked-unsourced reports the mark). "
            "Plot summaries (WP:PLOTCITE: Plot, Synopsis, ...: rules/data/plot_sections.tsv), "
            "paragraphs that only introduce a list or point elsewhere (\"See [[...]]\": "
            "rules/data/non_claim_cues.tsv) and horizontal rules are not reported; "
            "a citation on the line right after the text belongs to its paragraph, "
            "as MediaWiki joins the lines. "
            "The span is the paragraph's sentences. "
            "One claims diagnostic per place: the sentences of it that the claim model scores as "
            "likely to be challenged (likely-challenged) and its uncited quotations "
            "(uncited-quotation) are notes of this diagnostic, naming why, "
            "not diagnostics of their own.",
        .why_it_matters =
            "Wikipedia's verifiability policy asks that material likely to be challenged, "
            "quotations and contentious material about living people carry an inline citation; "
            "a whole paragraph without one cannot be checked by readers, "
            "and it is where unsourced claims gather.",
        .example_bad = R"md(== History ==
The town was founded in 1820 by settlers from the coast. It grew quickly after the railway came.

Its first school opened in 1850.<ref>Smith 1990, p. 41.</ref>)md",
        .example_good = R"md(== History ==
The town was founded in 1820 by settlers from the coast.<ref>{{cite book |last=Smith |title=A History |year=1990 |page=12}}</ref> It grew quickly after the railway came.<ref>Smith 1990, p. 40.</ref>

Its first school opened in 1850.<ref>Smith 1990, p. 41.</ref>)md",
        .options =
            "--claims-lead checked: the lead is judged as the body (by default, WP:LEADCITE, "
            "the lead may rest on the body's citations and its paragraphs are not reported).",
    },
    .relies_on = {
        "src/model/prose/sentences.cpp: collect_sentences",
        "src/model/prose/citation_points.cpp: collect_citation_points",
        "src/model/prose/non_claims.cpp: mark_non_claims",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
