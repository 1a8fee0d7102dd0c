#include "../../src/model/claims.hpp"
#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

// A quoted run of four or more words in the sentence: its bytes in the sentence's text.
std::optional<std::pair<std::size_t, std::size_t>> quotation_in(std::string_view text) {
    static constexpr std::pair<std::string_view, std::string_view> marks[] = {{"\"", "\""},
                                                                              {"\u201C", "\u201D"},
                                                                              {"\u00AB", "\u00BB"},
                                                                              {"\u201E", "\u201C"},
                                                                              {"\u300C", "\u300D"}};
    for (const auto& [open, close] : marks) {
        for (std::size_t a = text.find(open); a != std::string_view::npos;
             a = text.find(open, a + open.size())) {
            const std::size_t b = text.find(close, a + open.size());
            if (b == std::string_view::npos) break;
            const std::string_view inside = text.substr(a + open.size(), b - a - open.size());
            if (model::claim_words(inside).size() >= 4) return std::pair{a, b + close.size()};
            a = b;
        }
    }
    return std::nullopt;
}

void check(const Article& a, Sink& sink) {
    for (const Sentence& s : a.sentences) {
        if (sourced(s)) continue;
        if (!quotation_in(sentence_text(a, s))) continue;
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
        "\u201C\u201D, \u00AB\u00BB, \u201E\u201C or \u300C\u300D) that no citation point covers: "
        "none at its end, and none later in the paragraph under the paragraph convention. "
        "Reported in the lead too: WP:LEADCITE exempts the lead, but not its quotations. Not "
        "yet: {{quote}} and <blockquote> blocks, which are not prose paragraphs.",
        "Every direct quotation needs an inline citation (WP:MINREF, Wikipedia:When to cite), "
        "placed in the first footnote after it; an unattributed quotation cannot be checked and "
        "is often misquoted or misattributed.",
        "== Reception ==\nThe critic called it \"the finest novel of the decade\".",
        "== Reception ==\nThe critic called it \"the finest novel of the decade\".<ref>{{cite news "
        "|last=Lee |title=Review |work=The Times |date=4 May 1990}}</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
