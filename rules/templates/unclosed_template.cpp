#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const model::UnclosedTemplate& t : a.unclosed_templates) {
        const std::uint32_t at = t.at;
        const std::string_view name = t.name;
        Diagnostic& d = sink.report(
            {at, at + 2}, fmt::format("{{{{{} is never closed; MediaWiki shows it as text", name));
        // A template opened inside a ref cannot close after it: the ref's content ends first.
        for (const Ref& r : a.refs) {
            if (r.origin == model::RefOrigin::tag && r.content && r.content_span.begin <= at &&
                at < r.content_span.end) {
                d.notes.push_back({{r.content_span.end, r.span.end},
                                   "the ref ends here, before the template closes"});
                break;
            }
        }
        d.help.push_back("add the missing }} where the template's arguments end");
    }
}

} // namespace

// clang-format off
extern const engine::Rule unclosed_template{
    .code = "T005",
    .name = "unclosed-template",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a {{ is never closed",
    .docs = {
        .what_it_finds =
            "A `{{` that no `}}` closes, as MediaWiki's preprocessor pairs them: "
            "in particular one inside a ref, whose content ends at its `</ref>` before the "
            "template can close.",
        .why_it_matters =
            "MediaWiki shows the braces and everything up to the end of the ref or page as text: "
            "the citation appears as raw markup, and its parameters are lost.",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org |title=Example</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org |title=Example}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/syntax/parse.cpp: parse", "src/model/article.cpp: collect_template_titles"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
