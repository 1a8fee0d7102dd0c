#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::details_missing_parent, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d =
            sink.report(r.opening, "ref with details= has neither content nor a name to attach to");
        d.help.push_back("name the main ref it refines: <ref name=\"book\" details=\"p. 1\" />");
    });
}

} // namespace

extern const engine::Rule details_without_parent{
    "R018",
    "details-without-parent",
    engine::Family::references,
    engine::Severity::error,
    "a sub-reference (details=) has no content and no parent name",
    {"cite_error_details_missing_parent"},
    {
        "With sub-referencing on: a ref with a `details=` attribute (even empty), no usable name, "
        "and "
        "no content.",
        "MediaWiki drops it and shows \"Cite error: A <ref> tag with details must contain content "
        "or "
        "point to a parent reference by name\".",
        "<ref details=\"p. 12\" />",
        "<ref name=\"book\" details=\"p. 12\" />",
        "Runs only with `--cite-subreferencing` (MediaWiki's $wgCiteSubReferencing, off by "
        "default).",
        "cite-subreferencing",
    },
    check,
};

} // namespace citelint::rules
