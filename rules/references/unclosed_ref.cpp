#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (std::uint32_t node : a.unclosed_refs) {
        const auto& n = a.node(node);
        Diagnostic& d =
            sink.report(n.whole, "<ref> is never closed; MediaWiki shows the tag as text");
        // What it was meant to hold: the text up to the end of its line.
        const std::string_view rest = a.source->text().substr(n.whole.end);
        const std::size_t eol = std::min(rest.find('\n'), rest.size());
        if (eol > 0)
            d.notes.push_back({{n.whole.end, static_cast<std::uint32_t>(n.whole.end + eol)},
                               "this text shows in the article instead of as a footnote"});
        d.help.push_back("add </ref> where the citation ends");
    }
}

} // namespace

// clang-format off
extern const engine::Rule unclosed_ref{
    .code = "R021",
    .name = "unclosed-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a <ref> has no </ref> anywhere after it",
    .docs = {
        .what_it_finds =
            "An opening `<ref>` (not self-closing) with no `</ref>` anywhere after it in the page.",
        .why_it_matters =
            "MediaWiki's preprocessor cannot pair it, so the tag is shown literally as \"<ref>\" "
            "and the citation after it becomes part of the article's text; no Cite message says so.",
        .example_bad = R"md(The dam was finished in 1936.<ref>{{cite book |title=Hoover Dam |year=1988}})md",
        .example_good = R"md(The dam was finished in 1936.<ref>{{cite book |title=Hoover Dam |year=1988}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/references.cpp: ref_tag"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
