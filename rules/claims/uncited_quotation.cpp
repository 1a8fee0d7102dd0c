#include "../../src/model/claims.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const Sentence& s : a.sentences) {
        if (sourced(s)) continue;
        if (!model::find_quotation(sentence_text(a, s))) continue;
        Diagnostic& d = sink.report(s.span, "this sentence quotes someone and has no citation");
        d.help.push_back("cite the source of the quotation right after it (WP:MINREF: every direct "
                         "quotation needs "
                         "an inline citation)");
    }
}

} // namespace

extern const engine::Rule uncited_quotation{
    "C003",
    "uncited-quotation",
    engine::Family::claims,
    engine::Severity::warning,
    "a direct quotation has no citation",
    {},
    {
        "A prose sentence holding a direct quotation (a quoted run of four or more words in \"\", "
        "\u201C\u201D, \u00AB\u00BB, \u201E\u201C or \u300C\u300D; not a title in quotation marks, "
        "most of whose words are capitalised, nor a gloss after \"meaning\", \"literally\" or in "
        "parentheses) that no citation point covers: "
        "none at its end, and none later in the paragraph under the paragraph convention. "
        "Reported in the lead too: WP:LEADCITE exempts the lead, but not its quotations. Not "
        "yet: {{quote}} and <blockquote> blocks, which are not prose paragraphs.",
        "Every direct quotation needs an inline citation (WP:MINREF, Wikipedia:When to cite), "
        "placed in the first footnote after it; an unattributed quotation cannot be checked and "
        "is often misquoted or misattributed.",
        "== Reception ==\nThe critic called it \"the finest novel of the decade\".",
        "== Reception ==\nThe critic called it \"the finest novel of the decade\".<ref>{{cite news "
        "|last=Lee |title=Review |work=The Times |date=4 May 1990}}</ref>",
        "--claims-strict: only a citation point at the end of the quotation's own sentence "
        "covers it (the paragraph convention is dropped).",
    },
    check,
};

} // namespace citelint::rules
