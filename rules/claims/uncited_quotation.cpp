#include <algorithm>
#include <vector>

#include "../../src/model/prose/claims.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

// A block quotation is sourced by a citation point in it (its text or its attribution), right
// after it, or in the sentence that introduces it ("As Smith wrote:<ref/>").
bool block_sourced(const Article& a, const model::BlockQuote& q) {
    if (q.cited_inside || q.cited_after) return true;
    if (q.introduction == model::no_index) return false;
    // Any citation in the introduction counts: "As per<ref/> the effects are:".
    const auto intro = static_cast<std::uint32_t>(q.introduction);
    return sourced(a.sentences[intro]) || has_citation_in(a, intro);
}

// Whether a citation point stands in the quotation's own sentence: right after it ("called it
// "..."<ref/> and left"), at the sentence's end, or at the source the sentence names before it
// ("Lincoln<ref/> describes it as "..."": read against the source, such a footnote cites the
// quotation). WP:MINREF: a quotation is cited at the latest at the end of its sentence.
bool quotation_cited(const Article& a, std::uint32_t index) {
    const Sentence& s = a.sentences[index];
    return s.cited_at_end || s.cited_inside || s.names_source || has_citation_in(a, index);
}

void check(const Article& a, Sink& sink) {
    // The last sentence of a paragraph that introduces a block quotation: a citation in or after
    // the block counts for a quotation in it too ("He called it "...", and went on:").
    std::vector<std::int32_t> sourced_by_block;
    for (const model::BlockQuote& q : a.block_quotes)
        if (q.introduction != model::no_index && (q.cited_inside || q.cited_after))
            sourced_by_block.push_back(q.introduction);
    for (std::uint32_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        if (std::find(sourced_by_block.begin(), sourced_by_block.end(),
                      static_cast<std::int32_t>(i)) != sourced_by_block.end())
            continue;
        // A plot summary quoting the work it summarises is sourced by the work (WP:PLOTCITE;
        // read against the source, 0 of 5 such reports were worth acting on); --claims-strict
        // asks them a citation too.
        if (a.prose_paragraphs[s.paragraph].plot && !a.options.claims.strict) continue;
        if (quotation_cited(a, i)) continue;
        // By default the paragraph convention covers a quotation as it covers any sentence:
        // read against the source, 25 reports of quotations whose citation came in a later
        // sentence were worth acting on 4 times, the later citation being the quotation's in
        // 12 (bench/claims-precision.tsv). --claims-strict asks, as WP:MINREF does, a citation
        // at the latest at the end of the quotation's own sentence.
        // So does the citation in the quotation, list or table a short lead-in introduces.
        const std::optional<std::size_t> next = next_citation(a, i);
        if ((next || a.prose_paragraphs[s.paragraph].introduces_cited) && !a.options.claims.strict)
            continue;
        // Whether it quotes at all is asked last: of these tests, it costs most.
        if (!model::find_quotation(sentence_text(a, s))) continue;
        const bool later = next.has_value();
        Diagnostic& d = sink.report(
            s.span, later ? "this sentence quotes someone and its citation comes only in a later "
                            "sentence"
                          : "this sentence quotes someone and has no citation");
        d.place = s.span;
        if (later)
            d.notes.push_back(
                {a.citation_points[*next].span, "the next citation, after the sentence"});
        d.help.push_back("cite the source of the quotation right after it, or at the latest at "
                         "the end of its sentence (WP:MINREF: every direct quotation needs an "
                         "inline citation)");
    }
    for (const model::BlockQuote& q : a.block_quotes) {
        if (!q.prose || q.words < 4 || block_sourced(a, q) || marked_within(a, q.span)) continue;
        Diagnostic& d = sink.report(q.span, "this block quotation has no citation");
        d.place = q.span;
        if (q.introduction != model::no_index)
            d.notes.push_back({a.sentences[static_cast<std::size_t>(q.introduction)].span,
                               "the sentence introducing it has none either"});
        d.help.push_back(q.template_name.empty()
                             ? "cite the source of the quotation right after it, or at the end of "
                               "the sentence that introduces it (WP:MINREF)"
                             : "cite the source of the quotation in the template (after the text, "
                               "or in its attribution), right after it, or at the end of the "
                               "sentence that introduces it (WP:MINREF)");
    }
}

} // namespace

// clang-format off
extern const engine::Rule uncited_quotation{
    .code = "C003",
    .name = "uncited-quotation",
    .family = engine::Family::claims,
    .severity = engine::Severity::warning,
    .summary = "a direct quotation has no citation",
    .docs = {
        .what_it_finds =
            "A prose sentence holding a direct quotation (a quoted run of four or more words in "
            "\"\", “”, «», „“ or 「」; not a title in quotation marks, most of whose words are "
            "capitalised, nor a title, a gloss, a name or a mentioned phrase told by the words "
            "around it: \"the song\", \"meaning\", \"known as\", \"the term\", ...: "
            "rules/data/quotation_cues.tsv) that no citation point covers: "
            "none in its sentence (right after it, at the sentence's end, "
            "or at the source it names before it: \"Lincoln<ref/> describes it as ...\"), "
            "and none later in the paragraph under the paragraph convention (read against the "
            "source, such a later citation was the quotation's far more often than not: "
            "bench/claims-precision.tsv); a quotation in the last sentence of a paragraph that "
            "introduces a block quotation may also rest on the block's citation. "
            "And a block quotation of four or more words: a <blockquote> element, "
            "or a quote template ({{quote}}, {{blockquote}}, {{quotation}}, {{cquote}}, "
            "{{quote box}}, {{rquote}}, ...: rules/data/quote_templates.tsv) standing in the text, "
            "with no citation point in it (in the quoted text, or in the attribution such as "
            "|author= or |source=), none right after it, and none at the end of the sentence that "
            "introduces it (the last sentence of the paragraph right before it, "
            "typically ending in \":\"). "
            "The block is reported as a whole and is no part of the paragraphs around it. "
            "Quotations are reported in the lead too: WP:LEADCITE exempts the lead, "
            "but not its quotations.",
        .why_it_matters =
            "Every direct quotation needs an inline citation (WP:MINREF, Wikipedia:When to cite), "
            "placed in the first footnote after it; an unattributed quotation cannot be checked "
            "and is often misquoted or misattributed.",
        .example_bad = R"md(== Reception ==
The novel sold well.<ref>Jones 2001, p. 7.</ref>

The critic called it "the finest novel of the decade".

In 1962 the author wrote:
{{quote|text=I never meant it to be read by anyone but my sister.|author=A. Writer}})md",
        .example_good = R"md(== Reception ==
The novel sold well.<ref>Jones 2001, p. 7.</ref>

The critic called it "the finest novel of the decade".<ref>{{cite news |last=Lee |title=Review |work=The Times |date=4 May 1990}}</ref>

In 1962 the author wrote:
{{quote|text=I never meant it to be read by anyone but my sister.|author=A. Writer|source=Letters (1970), p. 12<ref>{{cite book |last=Writer |title=Letters |year=1970 |page=12}}</ref>}})md",
        .options =
            "--claims-strict: only a citation point in the quotation's own sentence covers it, "
            "as WP:MINREF asks (the paragraph convention is dropped; the message then says the "
            "citation comes only in a later sentence), and quotations in plot summaries (by "
            "default sourced by the work they summarise) are reported too. "
            "The quote templates are data (rules/data/quote_templates.tsv); "
            "another wiki's are added with --templates (rows \"quote-template\", the name, "
            "the arguments holding the quoted text).",
    },
    .relies_on = {
        "src/model/prose/quotations.cpp: find_quotation",
        "src/model/prose/quotes.cpp: attach_block_quotes",
        "src/model/prose/citation_points.cpp: collect_citation_points",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
