#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (std::uint32_t node : a.unclosed_refs) {
        const auto& n = a.node(node);
        Diagnostic& d =
            sink.report(n.whole, "<ref> is never closed; MediaWiki shows the tag as text");
        // What it was meant to hold: the text up to the end of its line (found in the line
        // index, not by a search: a line of a thousand unclosed refs is searched once).
        const Source& source = *a.source;
        const std::uint32_t line = source.locate(n.whole.end).line;
        const std::uint32_t eol = line < source.line_count()
                                      ? source.line_start(line + 1) - 1
                                      : static_cast<std::uint32_t>(source.text().size());
        if (eol > n.whole.end)
            d.notes.push_back(
                {{n.whole.end, eol}, "this text shows in the article instead of as a footnote"});
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
