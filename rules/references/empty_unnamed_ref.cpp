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

extern const engine::Rule empty_unnamed_ref{
    "R003",
    "empty-unnamed-ref",
    engine::Family::references,
    engine::Severity::error,
    "a ref with no usable name has no content",
    {"cite_error_ref_no_input"},
    {
        "A `<ref></ref>` or `{{#tag:ref|}}` that is not self-closing, has no usable name (none, "
        "empty, "
        "or only digits) and whose content is empty or only whitespace.",
        "MediaWiki drops the ref and shows \"Cite error: Invalid <ref> tag; refs with no name must "
        "have "
        "content\" in its place: the claim it should support shows an error instead of a source.",
        "The bridge opened in 1932.<ref> </ref>",
        "The bridge opened in 1932.<ref>{{cite news |title=Bridge opens |date=1932}}</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
