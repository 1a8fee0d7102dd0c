#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_no_input, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d =
            sink.report(r.span, fmt::format("{} has neither a name nor any content", ref_form(r)));
        d.help.push_back(
            "put the citation between the tags, name it to reuse another ref, or remove it");
    });
}

} // namespace

// clang-format off
extern const engine::Rule empty_unnamed_ref{
    .code = "R003",
    .name = "empty-unnamed-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref with no usable name has no content",
    .mediawiki_keys = {"cite_error_ref_no_input"},
    .docs = {
        .what_it_finds =
            "A `<ref></ref>` or `{{#tag:ref|}}` that is not self-closing, "
            "has no usable name (none, empty, or only digits) and whose content is empty or "
            "only whitespace.",
        .why_it_matters =
            "MediaWiki drops the ref and shows \"Cite error: Invalid <ref> tag; "
            "refs with no name must have content\" in its place: the claim it should support shows "
            "an error instead of a source.",
        .example_bad = R"md(The bridge opened in 1932.<ref> </ref>)md",
        .example_good = R"md(The bridge opened in 1932.<ref>{{cite news |title=Bridge opens |date=1932}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
