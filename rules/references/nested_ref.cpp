#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const Ref& r : a.refs) {
        if (!r.nested) continue;
        // The outer <ref>: skip refs it swallowed by a missing </ref> (ref-runs-into-ref says so).
        std::uint32_t outer = a.node(r.node).parent;
        while (outer != syntax::no_parent &&
               !(a.node(outer).kind == syntax::NodeKind::extension_tag &&
                 a.node(outer).tag == syntax::Tag::ref))
            outer = a.node(outer).parent;
        bool swallowed = false;
        for (const auto& f : a.findings)
            if (f.key == CiteKey::included_ref &&
                a.refs[static_cast<std::size_t>(f.ref)].node == outer)
                swallowed = true;
        if (swallowed) continue;
        Diagnostic& d = sink.report(
            r.opening,
            fmt::format("{} inside a <ref> is not a footnote; MediaWiki shows it as text",
                        ref_form(r)));
        if (outer != syntax::no_parent)
            d.notes.push_back({a.node(outer).whole.begin == a.node(outer).whole.end
                                   ? a.node(outer).whole
                                   : Span{a.node(outer).whole.begin, a.node(outer).inner.begin},
                               "inside this ref"});
        d.help.push_back("move it out of the ref, or write the outer ref as {{#tag:ref|...}}, "
                         "which may contain refs");
    }
}

} // namespace

// clang-format off
extern const engine::Rule nested_ref{
    .code = "R023",
    .name = "nested-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::warning,
    .summary = "a ref is written inside the content of a <ref> tag",
    .docs = {
        .what_it_finds =
            "A ref (a `<ref>` tag that does not swallow the rest, `{{#tag:ref}}`, `{{efn}}`, "
            "`{{r}}`, `{{sfn}}`) inside the content of a `<ref>...</ref>` tag. "
            "Only `{{#tag:ref|...}}` may hold refs, because its content is expanded first.",
        .why_it_matters =
            "MediaWiki does not make a footnote of it: the legacy parser shows its markup as "
            "escaped text inside the outer citation, and no Cite message says so.",
        .example_bad = R"md(<ref>Smith 2010, quoting Brown.{{efn|Brown's words.}}</ref>)md",
        .example_good = R"md({{#tag:ref|Smith 2010, quoting Brown.{{efn|Brown's words.}}}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
